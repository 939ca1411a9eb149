/**
 * The catalog queries run in order, their rows handed to a sink a batch at a
 * time. Two sessions share the work where a second one can be had: the main
 * session exports its transaction's snapshot, and a side session, in a
 * transaction that sees exactly that snapshot, reads tables and foreign keys
 * while the server answers the index query on the main one (the longest of
 * them), and while the indexes are loaded here. Where no second session can
 * be had (a server of one connection, a role's connection limit), the main
 * session asks everything, in the same order.
 */
import type pg from 'pg';
import type { Snapshot, SnapshotForeignKey, SnapshotIndex, SnapshotTable } from './snapshot.js';
import { catalogQueries } from './catalogQuery.js';
import { CatalogLookups, definitionsWanted, foreignKeyFromRow, indexFromRow, tableFromRow, type ForeignKeyRow, type HeaderLookups, type IndexRow, type TableRow } from './catalogRows.js';
import { beginReadOnly, describeTarget, openReadOnly, type ConnectionOptions } from './connection.js';
import { checkCatalogsReadable, visibilityNotes } from './visibility.js';

export interface CatalogReadOptions extends ConnectionOptions {
  /** Only these schemas; null for every schema the role can see. */
  schemas: string[] | null;
}

/** Rows per FETCH: few round trips, and no batch large enough to matter to memory. */
const FETCH_ROWS = 1000;

/**
 * Index rows made into snapshot entries and loaded a hundred at a time (the
 * loader's parse batch): made a thousand at once, the entries outlived the
 * young generation's collections while the batch loaded, and were copied into
 * the old one (47 MB over 100,700 indexes), where they stayed until a full
 * collection, raising the peak.
 */
const LOAD_ROWS = 100;

export type CatalogHeader = Pick<Snapshot, 'serverVersion' | 'serverVersionNum' | 'database' | 'schemas' | 'enums' | 'domains'>;

/** Where the rows of a catalog read go, a batch at a time, in this order. */
export interface CatalogSink {
  /** Awaited once the connection is open, before the first rows are handed over (the parser's WebAssembly, compiled meanwhile). */
  ready?(): Promise<void>;
  header(header: CatalogHeader): void;
  tables(tables: SnapshotTable[]): void;
  indexes(indexes: SnapshotIndex[]): void;
  otherRelations(relations: NonNullable<Snapshot['otherRelations']>): void;
  foreignKeys(foreignKeys: SnapshotForeignKey[]): void;
}

/**
 * Reads the catalog into `sink` in the main session's transaction (`client`,
 * just begun); returns the notes on what the role could not see. `full` reads
 * what a snapshot document holds besides the model: every index's size and
 * definition, every foreign key's definition.
 */
export async function readInto(client: pg.Client, options: CatalogReadOptions, full: boolean, sink: CatalogSink): Promise<string[]> {
  const side = await sideSession(client, options);
  // Queries asked for ahead and awaited in turn: a failure meanwhile is the one of whatever awaits them next.
  const early = <T>(work: Promise<T>): Promise<T> => {
    work.catch(() => undefined);
    return work;
  };
  // With an empty search_path every name PostgreSQL prints comes schema-qualified.
  // JIT compiling the query of a large catalog costs more than it saves: the time goes in catalog functions.
  const settings = "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), pg_catalog.current_setting('server_version_num') AS v";
  const main = new Session(client);
  let sideUsed: Session | null = null;
  /** The side session if it is ready by now, else the main one: the read never waits for the side. */
  const reader = (): Session => {
    if (sideUsed) return sideUsed;
    const ready = side.now();
    if (!ready) return main;
    sideUsed = new Session(ready);
    early(sideUsed.query(settings));
    return sideUsed;
  };
  try {
    const version = await main.query<{ v: string }>(settings);
    const queries = catalogQueries(Number(version.rows[0].v), { full });
    await checkCatalogsReadable(client, Object.values(queries).join('\n'), describeTarget(options.url));
    const { opclasses, collations, methods, ...header } = (await main.query<CatalogHeader & HeaderLookups>(queries.header, [options.schemas])).rows[0];
    const lookups = new CatalogLookups({ opclasses, collations, methods });
    // The index query is the server's longest: started now, on the main session, while the tables are read.
    const indexes = new Cursor<IndexRow>(main, 'pgil_indexes', queries.indexes, [options.schemas, full], early);
    const tableReader = reader();
    const tables = new Cursor<TableRow>(tableReader, 'pgil_tables', queries.tables, [options.schemas], early);
    await sink.ready?.();
    sink.header(header);
    for await (const rows of tables.batches()) {
      const types = lookups.newTypes(rows);
      if (types.length) {
        const found = await tableReader.query<{ oid: number; domain: boolean; collation: number }>(queries.types, [types]);
        for (const t of found.rows) lookups.types.set(t.oid, { domain: t.domain, collation: t.collation });
      }
      sink.tables(rows.map((row) => tableFromRow(row, lookups)));
    }
    const plainTypes = lookups.plainTypes();
    if (plainTypes.length) {
      const found = await tableReader.query<{ am: number; type: number; opclass: number | null }>(queries.defaultOpclasses, [plainTypes]);
      for (const d of found.rows) lookups.defaults.set(`${d.am} ${d.type}`, d.opclass);
    }
    // Few next to the indexes: read whole while the indexes are loaded.
    const rest = reader();
    const otherRelations = early(new Cursor<{ schema: string; name: string }>(rest, 'pgil_other', queries.otherRelations, [options.schemas], early).all());
    const foreignKeys = early(new Cursor<ForeignKeyRow>(rest, 'pgil_foreign_keys', queries.foreignKeys, [options.schemas], early).all());
    const sideDone = rest === main ? null : early(otherRelations.then(() => foreignKeys).then(() => rest.query('COMMIT')));
    for await (const rows of indexes.batches()) {
      const wanted = definitionsWanted(rows, lookups);
      if (wanted.length) {
        const found = await main.query<{ oid: number; definition: string }>(queries.definitions, [wanted]);
        const byOid = new Map(found.rows.map((r) => [r.oid, r.definition]));
        for (const row of rows) row.definition ??= byOid.get(row.oid) ?? null;
      }
      for (let first = 0; first < rows.length; first += LOAD_ROWS) {
        sink.indexes(rows.slice(first, first + LOAD_ROWS).map((row) => indexFromRow(row, lookups, full)));
        // The rows loaded are let go now, not with the batch.
        (rows as Array<IndexRow | undefined>).fill(undefined, first, first + LOAD_ROWS);
      }
    }
    lookups.tables.clear();
    for (const rows of await otherRelations) sink.otherRelations(rows);
    for (const rows of await foreignKeys) sink.foreignKeys(rows.map(foreignKeyFromRow));
    await sideDone;
    return await visibilityNotes(client, header.schemas, options.schemas);
  } finally {
    // Its transaction ends with it; whatever it was still asked is dropped.
    side.close();
  }
}

/** A second session for the read, taken only if it is ready when asked for. */
interface SideSession {
  /** The session, in its transaction, if it is ready now. */
  now(): pg.Client | null;
  /** Closes it, ready or not (a session still connecting must not keep the process waiting). */
  close(): void;
}

const NO_SIDE: SideSession = { now: () => null, close: () => undefined };

/**
 * The side session, in a transaction that sees the main transaction's
 * snapshot. It is connected only once the main session is (a server of one
 * connection must not give its connection to the side), and its failures are
 * never the read's: the main session then reads alone.
 */
async function sideSession(main: pg.Client, options: ConnectionOptions): Promise<SideSession> {
  const opening = openReadOnly(options);
  opening.connected.catch(() => undefined);
  let snapshot: string;
  try {
    snapshot = (await main.query<{ s: string }>('SELECT pg_catalog.pg_export_snapshot() AS s')).rows[0].s;
  } catch {
    // A server that cannot export one: the transaction it aborted is begun again.
    opening.abandon();
    await main.query('ROLLBACK');
    await beginReadOnly(main, options);
    return NO_SIDE;
  }
  let ready: pg.Client | null = null;
  opening.connected.then(
    async (side) => {
      try {
        await beginReadOnly(side, options, snapshot);
        ready = side;
      } catch {
        await side.end().catch(() => undefined);
      }
    },
    () => undefined,
  );
  return {
    now: () => ready,
    close: () => opening.abandon(),
  };
}

/**
 * A session's queries, each sent once the one before has its answer: so
 * queries can be asked for ahead (the driver's own queue for that is going
 * away). After a failure, none is sent: each answers with that failure, the
 * one to report (the transaction is aborted, or the connection gone).
 */
class Session {
  private last: Promise<unknown> = Promise.resolve();
  /** The first failure: it ended the transaction (or the connection), and it is what every later query answers. */
  private failure: { error: unknown } | null = null;

  constructor(private readonly client: pg.Client) {}

  query<Row extends pg.QueryResultRow>(sql: string, parameters?: unknown[]): Promise<pg.QueryResult<Row>> {
    const result = this.last.then(() => {
      if (this.failure) throw this.failure.error;
      return this.client.query<Row>(sql, parameters);
    });
    this.last = result.catch((error: unknown) => {
      this.failure ??= { error };
    });
    return result;
  }
}

/**
 * A query's rows through a cursor of the current transaction, asked for as
 * soon as it is made. The next batch is asked for before one is handed over,
 * so the server reads it while the rows are loaded here.
 */
class Cursor<Row extends pg.QueryResultRow> {
  private next: Promise<pg.QueryResult<Row>>;

  constructor(
    private readonly client: Session,
    private readonly name: string,
    sql: string,
    parameters: unknown[],
    private readonly early: <T>(work: Promise<T>) => Promise<T>,
  ) {
    early(client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, parameters));
    this.next = this.fetch();
  }

  private fetch(): Promise<pg.QueryResult<Row>> {
    return this.early(this.client.query<Row>(`FETCH FORWARD ${FETCH_ROWS} FROM ${this.name}`));
  }

  async *batches(): AsyncGenerator<Row[]> {
    for (;;) {
      const { rows } = await this.next;
      const more = rows.length === FETCH_ROWS;
      if (more) this.next = this.fetch();
      if (rows.length) yield rows;
      if (!more) break;
    }
    await this.client.query(`CLOSE ${this.name}`);
  }

  async all(): Promise<Row[][]> {
    const all: Row[][] = [];
    for await (const rows of this.batches()) all.push(rows);
    return all;
  }
}
