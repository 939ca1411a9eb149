/**
 * Takes a snapshot of a live database's catalog: a few catalog queries inside
 * one read-only transaction, with checks of what the role may not see around
 * them. Tables, indexes, the schemas' other relations and foreign keys are
 * read through cursors, a batch of rows at a time.
 */
import type pg from 'pg';
import { type Snapshot, type SnapshotForeignKey, type SnapshotIndex, type SnapshotTable, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot.js';
import { catalogQueries } from './catalogQuery.js';
import { CatalogLookups, definitionsWanted, foreignKeyFromRow, indexFromRow, tableFromRow, type ForeignKeyRow, type HeaderLookups, type IndexRow, type TableRow } from './catalogRows.js';
import { connectionError, describeTarget, inReadOnlyTransaction, type ConnectionOptions } from './connection.js';
import { checkCatalogsReadable, visibilityNotes } from './visibility.js';
import { SnapshotLoader, type StartingCatalog } from './loadSnapshot.js';

export interface ReadCatalogOptions extends ConnectionOptions {
  /** Only these schemas; null for every schema the role can see. */
  schemas: string[] | null;
}

/** Rows per FETCH: few round trips, and no batch large enough to matter to memory. */
const FETCH_ROWS = 1000;

/** The size of each index asked for, by `schema.name` (one dropped since the read has none). */
export type IndexSizes = (indexes: Array<{ schema: string; name: string }>) => Promise<Map<string, number>>;

type CatalogHeader = Pick<Snapshot, 'serverVersion' | 'serverVersionNum' | 'database' | 'schemas' | 'enums' | 'domains'>;

/** Where the rows of a catalog read go, a batch at a time, in this order. */
interface CatalogSink {
  /** Awaited once the connection is open, before the first rows are handed over (the parser's WebAssembly, compiled meanwhile). */
  ready?(): Promise<void>;
  header(header: CatalogHeader): void;
  tables(tables: SnapshotTable[]): void;
  indexes(indexes: SnapshotIndex[]): void;
  otherRelations(relations: NonNullable<Snapshot['otherRelations']>): void;
  foreignKeys(foreignKeys: SnapshotForeignKey[]): void;
}

/** A snapshot with every index's size, as `snapshot` writes it. */
export function readCatalog(options: ReadCatalogOptions): Promise<Snapshot> {
  return inReadOnlyTransaction(options, async (client) => {
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      takenAt: new Date().toISOString(),
      serverVersion: '',
      serverVersionNum: 0,
      database: '',
      schemas: [],
      enums: [],
      domains: [],
      tables: [],
      indexes: [],
      otherRelations: [],
      foreignKeys: [],
      notes: [],
      source: `database ${describeTarget(options.url)}`,
    };
    const notes = await readInto(client, options, true, {
      header: (header) => Object.assign(snapshot, header),
      tables: (tables) => snapshot.tables.push(...tables),
      indexes: (indexes) => snapshot.indexes.push(...indexes),
      otherRelations: (relations) => snapshot.otherRelations!.push(...relations),
      foreignKeys: (foreignKeys) => snapshot.foreignKeys!.push(...foreignKeys),
    });
    // The document's keys in their usual order.
    const { notes: _notes, source, ...rest } = snapshot;
    return { ...rest, notes, source };
  });
}

/**
 * Runs `work` with the database as the starting catalog, on one read-only
 * connection: the catalog is loaded as its rows come (no snapshot of the
 * whole is held), and no index is sized in the read: `work` asks for the sizes
 * it reports, in a second transaction. pg_relation_size opens every index it
 * sizes, and sizing 20,000 of them took longer than the rest of the read.
 */
export async function withCatalog<T>(options: ReadCatalogOptions, work: (catalog: StartingCatalog, indexSizes: IndexSizes) => Promise<T>): Promise<T> {
  // An error of `work` is its own, not the database's: it is thrown as it is, after the transaction.
  let failure: { error: unknown } | undefined;
  const result = await inReadOnlyTransaction(options, async (client) => {
    const source = `database ${describeTarget(options.url)}`;
    const catalog: StartingCatalog = {
      source,
      load: async (model, note) => {
        const loader = new SnapshotLoader(model, note, source, false);
        try {
          const notes = await readInto(client, options, false, loader);
          // The read's locks (printing a predicate locks its table) are not held while the files and rules run:
          // the sizes are read in a transaction of their own.
          await client.query('COMMIT');
          await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          await client.query(`SET LOCAL statement_timeout = ${Math.round(options.statementTimeoutSeconds * 1000)}`);
          await client.query('SET LOCAL lock_timeout = 5000');
          return { sequence: loader.finish(), notes, foreignKeysKnown: true };
        } catch (e) {
          throw new CatalogReadError(e);
        }
      },
    };
    const indexSizes: IndexSizes = async (indexes) => {
      if (!indexes.length) return new Map();
      try {
        const { rows } = await client.query<{ s: string; n: string; size: string }>(
          `SELECT ns.nspname AS s, c.relname AS n, pg_catalog.pg_relation_size(c.oid) AS size
             FROM unnest($1::text[], $2::text[]) AS x(s, n)
             JOIN pg_catalog.pg_namespace ns ON ns.nspname = x.s
             JOIN pg_catalog.pg_class c ON c.relnamespace = ns.oid AND c.relname = x.n`,
          [indexes.map((i) => i.schema), indexes.map((i) => i.name)],
        );
        return new Map(rows.map((r) => [`${r.s}.${r.n}`, Number(r.size)]));
      } catch (e) {
        throw connectionError(e, options);
      }
    };
    try {
      return await work(catalog, indexSizes);
    } catch (error) {
      // A failure of the read itself is the database's: inReadOnlyTransaction words it.
      if (!(error instanceof CatalogReadError)) failure = { error };
      else throw error.failure;
      return undefined;
    }
  });
  if (failure) throw failure.error;
  return result as T;
}

/** A failure of the catalog read inside `work`, told apart from the work's own. */
class CatalogReadError extends Error {
  constructor(readonly failure: unknown) {
    super(String((failure as Error)?.message ?? failure));
  }
}

/**
 * Reads the catalog into `sink`; returns the notes on what the role could not
 * see. `full` reads what a snapshot document holds besides the model: every
 * index's size and definition, every foreign key's definition.
 */
async function readInto(client: pg.Client, options: ReadCatalogOptions, full: boolean, sink: CatalogSink): Promise<string[]> {
  // With an empty search_path every name PostgreSQL prints comes schema-qualified.
  // JIT compiling the query of a large catalog costs more than it saves: the time goes in catalog functions.
  const version = await client.query<{ v: string }>(
    "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), pg_catalog.current_setting('server_version_num') AS v",
  );
  const queries = catalogQueries(Number(version.rows[0].v), { full });
  await checkCatalogsReadable(client, Object.values(queries).join('\n'), describeTarget(options.url));
  const { opclasses, collations, ...header } = (await client.query<CatalogHeader & HeaderLookups>(queries.header, [options.schemas])).rows[0];
  const lookups = new CatalogLookups({ opclasses, collations });
  await sink.ready?.();
  sink.header(header);
  for await (const rows of cursorRows<TableRow>(client, queries.tables, [options.schemas])) {
    const types = lookups.newTypes(rows);
    if (types.length) {
      const found = await client.query<{ oid: string; domain: boolean; collation: string }>(queries.types, [types]);
      for (const t of found.rows) lookups.types.set(Number(t.oid), { domain: t.domain, collation: Number(t.collation) });
    }
    sink.tables(rows.map((row) => tableFromRow(row, lookups)));
  }
  const plainTypes = lookups.plainTypes();
  if (plainTypes.length) {
    const found = await client.query<{ am: string; type: string; opclass: string | null }>(queries.defaultOpclasses, [plainTypes]);
    for (const d of found.rows) lookups.defaults.set(`${d.am} ${d.type}`, d.opclass === null ? null : Number(d.opclass));
  }
  for await (const rows of cursorRows<IndexRow>(client, queries.indexes, [options.schemas, full])) {
    const wanted = definitionsWanted(rows, lookups);
    if (wanted.length) {
      const found = await client.query<{ oid: string; definition: string }>(queries.definitions, [wanted]);
      const byOid = new Map(found.rows.map((r) => [r.oid, r.definition]));
      for (const row of rows) row.definition ??= byOid.get(row.oid) ?? null;
    }
    sink.indexes(rows.map((row) => indexFromRow(row, lookups, full)));
  }
  lookups.tables.clear();
  for await (const rows of cursorRows<{ schema: string; name: string }>(client, queries.otherRelations, [options.schemas])) sink.otherRelations(rows);
  for await (const rows of cursorRows<ForeignKeyRow>(client, queries.foreignKeys, [options.schemas])) sink.foreignKeys(rows.map(foreignKeyFromRow));
  return await visibilityNotes(client, header.schemas, options.schemas);
}

/**
 * The rows of a query, a batch at a time, through a cursor of the current
 * transaction. The next batch is asked for before this one is handed over,
 * so the server reads it while the rows are turned into the model.
 */
async function* cursorRows<Row extends pg.QueryResultRow>(client: pg.Client, sql: string, parameters: unknown[]): AsyncGenerator<Row[]> {
  await client.query(`DECLARE pgil_rows NO SCROLL CURSOR FOR ${sql}`, parameters);
  const fetch = () => {
    const next = client.query<Row>(`FETCH FORWARD ${FETCH_ROWS} FROM pgil_rows`);
    // Awaited below; a failure while the previous batch is loaded must not go unhandled meanwhile.
    next.catch(() => undefined);
    return next;
  };
  let next = fetch();
  for (;;) {
    const { rows } = await next;
    const more = rows.length === FETCH_ROWS;
    if (more) next = fetch();
    if (rows.length) yield rows;
    if (!more) break;
  }
  await client.query('CLOSE pgil_rows');
}
