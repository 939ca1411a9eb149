/**
 * Takes a snapshot of a live database's catalog: a few catalog queries inside
 * one read-only transaction, with checks of what the role may not see around
 * them. Tables, indexes, the schemas' other relations and foreign keys are
 * read through cursors, a batch of rows at a time.
 */
import type pg from 'pg';
import { QuoteUtils } from 'pgsql-deparser';
import { type Snapshot, type SnapshotForeignKey, type SnapshotIndex, type SnapshotIndexKey, type SnapshotTable, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot.js';
import { catalogQueries } from './catalogQuery.js';
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

/** Reads the catalog into `sink`; returns the notes on what the role could not see. */
async function readInto(client: pg.Client, options: ReadCatalogOptions, withSizes: boolean, sink: CatalogSink): Promise<string[]> {
  // With an empty search_path every name PostgreSQL prints comes schema-qualified.
  // JIT compiling the query of a large catalog costs more than it saves: the time goes in catalog functions.
  const version = await client.query<{ v: string }>(
    "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), pg_catalog.current_setting('server_version_num') AS v",
  );
  const queries = catalogQueries(Number(version.rows[0].v));
  await checkCatalogsReadable(client, Object.values(queries).join('\n'), describeTarget(options.url));
  const header = (await client.query<CatalogHeader>(queries.header, [options.schemas])).rows[0];
  sink.header(header);
  for await (const rows of cursorRows<TableRow>(client, queries.tables, [options.schemas])) sink.tables(rows.map(tableFromRow));
  for await (const rows of cursorRows<IndexRow>(client, queries.indexes, [options.schemas, withSizes])) sink.indexes(rows.map(indexFromRow));
  for await (const rows of cursorRows<{ schema: string; name: string }>(client, queries.otherRelations, [options.schemas])) sink.otherRelations(rows);
  for await (const rows of cursorRows<ForeignKeyRow>(client, queries.foreignKeys, [options.schemas])) sink.foreignKeys(rows.map(foreignKeyFromRow));
  return await visibilityNotes(client, header.schemas, options.schemas);
}

/** The rows of a query, a batch at a time, through a cursor of the current transaction. */
async function* cursorRows<Row extends pg.QueryResultRow>(client: pg.Client, sql: string, parameters: unknown[]): AsyncGenerator<Row[]> {
  await client.query(`DECLARE pgil_rows NO SCROLL CURSOR FOR ${sql}`, parameters);
  for (;;) {
    const { rows } = await client.query<Row>(`FETCH FORWARD ${FETCH_ROWS} FROM pgil_rows`);
    if (rows.length) yield rows;
    if (rows.length < FETCH_ROWS) break;
  }
  await client.query('CLOSE pgil_rows');
}

interface TableRow {
  oid: string;
  schema: string;
  name: string;
  kind: string;
  partition_of: string | null;
  inherits: string[];
  column_names: string[];
  column_types: string[];
  column_collations: Array<string | null>;
  column_not_null: boolean[];
}

function tableFromRow(row: TableRow): SnapshotTable {
  return {
    oid: Number(row.oid),
    schema: row.schema,
    name: row.name,
    kind: row.kind === 'p' ? 'partitioned' : row.kind === 'm' ? 'materialized view' : 'table',
    partitionOf: row.partition_of,
    inherits: row.inherits,
    columns: row.column_names.map((name, i) => ({ name, type: row.column_types[i], collation: row.column_collations[i], notNull: row.column_not_null[i] })),
  };
}

interface IndexRow {
  oid: string;
  schema: string;
  name: string;
  table: string;
  table_name: string;
  /** pg_get_indexdef, read only for an index that the arrays cannot describe. */
  definition: string | null;
  partitioned_index: boolean;
  method: string;
  unique: boolean;
  primary: boolean;
  nulls_not_distinct: boolean;
  valid: boolean;
  clustered: boolean;
  replica_identity: boolean;
  key_columns: number;
  opclasses: string[];
  opfamilies: string[];
  collations: Array<string | null>;
  attnames: string[];
  shown_opclasses: Array<string | null>;
  opclass_schemas: Array<string | null>;
  shown_collations: Array<string | null>;
  collation_schemas: Array<string | null>;
  options: number[];
  predicate: string | null;
  expressions: string | null;
  parent_index: string | null;
  storage_parameters: string | null;
  constraint_name: string | null;
  constraint_type: 'p' | 'u' | 'x' | null;
  constraint_deferrable: boolean | null;
  size_bytes: string | null;
  scans: string | null;
}

/** indoption's bits: PostgreSQL's INDOPTION_DESC and INDOPTION_NULLS_FIRST. */
const INDOPTION_DESC = 1;
const INDOPTION_NULLS_FIRST = 2;

function indexFromRow(row: IndexRow): SnapshotIndex {
  const index: SnapshotIndex = {
    oid: Number(row.oid),
    schema: row.schema,
    name: row.name,
    table: row.table,
    definition: row.definition ?? '',
    method: row.method,
    unique: row.unique,
    primary: row.primary,
    nullsNotDistinct: row.nulls_not_distinct,
    valid: row.valid,
    clustered: row.clustered,
    replicaIdentity: row.replica_identity,
    keyColumns: row.key_columns,
    opclasses: row.opclasses,
    opfamilies: row.opfamilies,
    collations: row.collations,
    predicate: row.predicate,
    expressions: row.expressions,
    parentIndex: row.parent_index,
    constraint: row.constraint_type
      ? { name: row.constraint_name!, type: row.constraint_type === 'p' ? 'primary' : row.constraint_type === 'u' ? 'unique' : 'exclusion', deferrable: Boolean(row.constraint_deferrable) }
      : null,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    scans: row.scans === null ? null : Number(row.scans),
  };
  if (row.definition !== null) return index;
  const keys: SnapshotIndexKey[] = row.shown_opclasses.map((opclass, i) => ({
    column: row.attnames[i],
    opclass,
    opclassSchema: row.opclass_schemas[i],
    collation: row.shown_collations[i],
    collationSchema: row.collation_schemas[i],
    descending: (row.options[i] & INDOPTION_DESC) !== 0,
    nullsFirst: (row.options[i] & INDOPTION_NULLS_FIRST) !== 0,
  }));
  const include = row.attnames.slice(keys.length);
  index.keys = keys;
  index.include = include;
  index.definition = indexDefinition(index, row.table_name, row.partitioned_index, row.storage_parameters);
  return index;
}

const q = (name: string) => QuoteUtils.quoteIdentifier(name);
const qualifiedName = (schema: string | null, name: string) => (schema ? `${q(schema)}.${q(name)}` : q(name));

/** The definition pg_get_indexdef would print for an index read from the arrays, for snapshot files and messages. */
function indexDefinition(index: SnapshotIndex, tableName: string, partitionedIndex: boolean, storageParameters: string | null): string {
  const keys = index.keys!.map((k) => {
    let text = q(k.column);
    if (k.collation) text += ` COLLATE ${qualifiedName(k.collationSchema, k.collation)}`;
    if (k.opclass) text += ` ${qualifiedName(k.opclassSchema, k.opclass)}`;
    if (k.descending) text += k.nullsFirst ? ' DESC' : ' DESC NULLS LAST';
    else if (k.nullsFirst) text += ' NULLS FIRST';
    return text;
  });
  return (
    `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${q(index.name)} ON ${partitionedIndex ? 'ONLY ' : ''}${q(index.schema)}.${q(tableName)} USING ${q(index.method)} (${keys.join(', ')})` +
    (index.include!.length ? ` INCLUDE (${index.include!.map(q).join(', ')})` : '') +
    (index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '') +
    (storageParameters ? ` WITH (${storageParameters})` : '') +
    (index.predicate !== null ? ` WHERE ${index.predicate}` : '')
  );
}

interface ForeignKeyRow {
  oid: string;
  name: string;
  table: string;
  definition: string;
  columns: string[];
  referenced_table: string;
  referenced_columns: string[];
  validated: boolean;
  parent: string | null;
}

function foreignKeyFromRow(row: ForeignKeyRow): SnapshotForeignKey {
  return {
    oid: Number(row.oid),
    name: row.name,
    table: row.table,
    definition: row.definition,
    columns: row.columns,
    referencedTable: row.referenced_table,
    referencedColumns: row.referenced_columns,
    validated: row.validated,
    parent: row.parent,
  };
}
