/**
 * The rows of the catalog queries turned into a snapshot's tables, indexes
 * and foreign keys. An index row carries the catalog's own arrays (indkey,
 * indclass, indcollation, indoption) as numbers; the names they stand for
 * are looked up here, in the tables read and in the short lists of operator
 * classes, collations, column types and default operator classes read
 * beside them, rather than joined on the server to every key of every index.
 */
import { QuoteUtils } from 'pgsql-deparser';
import type { SnapshotForeignKey, SnapshotIndex, SnapshotIndexKey, SnapshotTable } from './snapshot.js';

/** A table's columns by attnum (in attnum order), kept while the indexes are read. */
interface TableColumns {
  schema: string;
  name: string;
  /** quote_ident(schema) || '.' || quote_ident(name), as the snapshot names tables. */
  qualified: string;
  numbers: number[];
  names: string[];
  typeOids: number[];
  collationOids: number[];
}

/** What the index rows are read with: everything looked up by oid. */
export class CatalogLookups {
  readonly opclasses = new Map<number, { name: string; schema: string | null; family: string | null }>();
  readonly collations = new Map<number, { name: string; schema: string | null }>();
  /** Column types: a domain or not, and the collation a column of the type has by default. */
  readonly types = new Map<number, { domain: boolean; collation: number }>();
  /** The default operator class of an access method for a type, by `am type`; null when there is none (or no single one). */
  readonly defaults = new Map<string, number | null>();
  readonly tables = new Map<number, TableColumns>();
  /** Access methods' names by oid. */
  readonly methods = new Map<number, string>();
  private anyDomain: boolean | undefined;

  constructor(header: HeaderLookups) {
    // An oid comes as a string in JSON.
    for (const [oid, name, schema, family] of header.opclasses ?? []) this.opclasses.set(Number(oid), { name, schema, family });
    for (const [oid, name, schema] of header.collations ?? []) this.collations.set(Number(oid), { name, schema });
    for (const [oid, name] of header.methods ?? []) this.methods.set(Number(oid), name);
  }

  /** Column types of `rows` not looked up yet. */
  newTypes(rows: TableRow[]): number[] {
    const fresh = new Set<number>();
    for (const row of rows) for (const column of row.columns) if (!this.types.has(column[3])) fresh.add(column[3]);
    return [...fresh];
  }

  /** Whether a column of the tables read is of a domain type (asked once every table is read). */
  domains(): boolean {
    this.anyDomain ??= [...this.types.values()].some((t) => t.domain);
    return this.anyDomain;
  }

  /** The column types that are not domains: their default operator classes are what pg_get_indexdef leaves out. */
  plainTypes(): number[] {
    return [...this.types].filter(([, t]) => !t.domain).map(([oid]) => oid);
  }
}

/** The header's lists: [oid, name, schema unless pg_catalog, family] and [oid, name, schema unless pg_catalog]. */
export interface HeaderLookups {
  opclasses: Array<[string, string, string | null, string | null]> | null;
  collations: Array<[string, string, string | null]> | null;
  methods: Array<[string, string]> | null;
}

export interface TableRow {
  oid: number;
  schema: string;
  name: string;
  kind: string;
  qualified: string;
  partition_of: string | null;
  inherits: string[];
  /** [name, type as format_type prints it, attnum, type oid, collation oid, NOT NULL] of each column. */
  columns: Array<[string, string, number, number, number, boolean]>;
}

/** A table of the snapshot; its columns are kept by attnum for the indexes that follow. */
export function tableFromRow(row: TableRow, lookups: CatalogLookups): SnapshotTable {
  const columns = row.columns;
  // Aggregated in the order the query makes attnum order; put right if it is not.
  for (let i = 1; i < columns.length; i++) {
    if (columns[i - 1][2] > columns[i][2]) {
      columns.sort((a, b) => a[2] - b[2]);
      break;
    }
  }
  const names = columns.map((c) => c[0]);
  const typeOids = columns.map((c) => c[3]);
  const collationOids = columns.map((c) => c[4]);
  lookups.tables.set(row.oid, { schema: row.schema, name: row.name, qualified: row.qualified, numbers: columns.map((c) => c[2]), names, typeOids, collationOids });
  return {
    oid: row.oid,
    schema: row.schema,
    name: row.name,
    kind: row.kind === 'p' ? 'partitioned' : row.kind === 'm' ? 'materialized view' : 'table',
    partitionOf: row.partition_of,
    inherits: row.inherits,
    columns: columns.map(([name, type, , typeOid, collation, notNull]) => {
      // The collation only when it is not the type's: the one a column has unless it names another.
      const shown = collation !== 0 && collation !== lookups.types.get(typeOid)?.collation ? (lookups.collations.get(collation)?.name ?? null) : null;
      return { name, type, collation: shown, notNull };
    }),
  };
}

export interface IndexRow {
  oid: number;
  table_oid: number;
  name: string;
  am: number;
  /** Bits: INDEX_FLAGS. */
  flags: number;
  /** indnkeyatts, indkey, indclass, indcollation and indoption, as `2:1 2:3126 3126:0 0:0 0`. */
  vectors: string;
  /** pg_get_indexdef, read only for an index that the arrays cannot describe. */
  definition: string | null;
  predicate: string | null;
  expressions: string | null;
  parent_index: string | null;
  storage_parameters: string | null;
  constraint_name: string | null;
  constraint_type: 'p' | 'u' | 'x' | null;
  size_bytes: string | null;
  scans: string | null;
}

/** The bits of an index row's flags, as the index query sets them. */
const INDEX_FLAGS = { unique: 1, primary: 2, nullsNotDistinct: 4, valid: 8, clustered: 16, replicaIdentity: 32, partitionedIndex: 64, deferrable: 128 };

/** An index row's vectors: the number of key columns, then indkey, indclass, indcollation and indoption. */
interface IndexVectors {
  keyColumns: number;
  attnums: number[];
  opclasses: number[];
  collations: number[];
  options: number[];
}

/** Reads `2:1 2:3126 3126:0 0:0 0` in one pass. */
function vectorsOf(text: string): IndexVectors {
  const lists: number[][] = [[], [], [], [], []];
  let list = 0;
  let value = 0;
  let digits = false;
  let negative = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 58;
    if (c === 45) negative = true;
    else if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits = true;
    } else {
      if (digits) lists[list].push(negative ? -value : value);
      value = 0;
      digits = false;
      negative = false;
      if (c === 58) list = Math.min(list + 1, 4);
    }
  }
  return { keyColumns: lists[0][0] ?? 0, attnums: lists[1], opclasses: lists[2], collations: lists[3], options: lists[4] };
}

/**
 * Indexes of `rows` that the arrays cannot describe and whose definition the
 * index query did not print: a key or INCLUDE column of a domain type.
 */
export function definitionsWanted(rows: IndexRow[], lookups: CatalogLookups): number[] {
  const wanted: number[] = [];
  if (!lookups.domains()) return wanted;
  for (const row of rows) {
    if (row.definition !== null) continue;
    const table = lookups.tables.get(row.table_oid);
    if (!table) continue;
    for (const attnum of vectorsOf(row.vectors).attnums) {
      const at = table.numbers.indexOf(attnum);
      if (at >= 0 && lookups.types.get(table.typeOids[at])?.domain) {
        wanted.push(row.oid);
        break;
      }
    }
  }
  return wanted;
}

/** indoption's bits: PostgreSQL's INDOPTION_DESC and INDOPTION_NULLS_FIRST. */
const INDOPTION_DESC = 1;
const INDOPTION_NULLS_FIRST = 2;

/**
 * An index of the snapshot. With `definitions`, each index has the
 * definition pg_get_indexdef prints (a snapshot's); without, only those the
 * model is built from by parsing: an expression key, a domain, or a
 * predicate.
 */
export function indexFromRow(row: IndexRow, lookups: CatalogLookups, definitions: boolean): SnapshotIndex {
  const table = lookups.tables.get(row.table_oid);
  const { keyColumns, attnums, opclasses: opclassOids, collations: collationOids, options } = vectorsOf(row.vectors);
  // Every key's operator class, family and collation, which a snapshot document lists; the model is built without them.
  let opclasses: string[] = NONE;
  let opfamilies: string[] = NONE;
  let collations: Array<string | null> = NONE;
  if (definitions) {
    opclasses = [];
    opfamilies = [];
    collations = [];
    for (let k = 0; k < opclassOids.length; k++) {
      const opclass = lookups.opclasses.get(opclassOids[k]);
      if (opclass) opclasses.push(opclass.name);
      if (opclass?.family != null) opfamilies.push(opclass.family);
      collations.push(lookups.collations.get(collationOids[k])?.name ?? null);
    }
  }
  const index: SnapshotIndex = {
    oid: row.oid,
    schema: table?.schema ?? '',
    name: row.name,
    table: table?.qualified ?? '',
    definition: row.definition ?? '',
    method: lookups.methods.get(row.am) ?? '',
    unique: (row.flags & INDEX_FLAGS.unique) !== 0,
    primary: (row.flags & INDEX_FLAGS.primary) !== 0,
    nullsNotDistinct: (row.flags & INDEX_FLAGS.nullsNotDistinct) !== 0,
    valid: (row.flags & INDEX_FLAGS.valid) !== 0,
    clustered: (row.flags & INDEX_FLAGS.clustered) !== 0,
    replicaIdentity: (row.flags & INDEX_FLAGS.replicaIdentity) !== 0,
    keyColumns,
    opclasses,
    opfamilies,
    collations,
    predicate: row.predicate,
    expressions: row.expressions,
    parentIndex: row.parent_index,
    constraint: row.constraint_type
      ? { name: row.constraint_name!, type: row.constraint_type === 'p' ? 'primary' : row.constraint_type === 'u' ? 'unique' : 'exclusion', deferrable: (row.flags & INDEX_FLAGS.deferrable) !== 0 }
      : null,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    scans: row.scans === null ? null : Number(row.scans),
    keys: undefined,
    include: undefined,
  };
  if (row.definition !== null || !table) return index;
  const am = row.am;
  const keys: SnapshotIndexKey[] = [];
  for (let k = 0; k < opclassOids.length; k++) {
    const at = attnums[k] > 0 ? table.numbers.indexOf(attnums[k]) : -1;
    // As pg_get_indexdef prints them: the operator class unless it is the type's default, the collation unless it is the column's.
    const opc = opclassOids[k];
    const opclass = lookups.opclasses.get(opc);
    const shownOpclass = opc !== lookups.defaults.get(`${am} ${at >= 0 ? table.typeOids[at] : 0}`) && opclass ? opclass : null;
    const coll = collationOids[k];
    const collation = lookups.collations.get(coll);
    const shownCollation = coll !== 0 && at >= 0 && coll !== table.collationOids[at] && collation ? collation : null;
    keys.push({
      column: table.names[at],
      opclass: shownOpclass?.name ?? null,
      opclassSchema: shownOpclass?.schema ?? null,
      collation: shownCollation?.name ?? null,
      collationSchema: shownCollation?.schema ?? null,
      descending: (options[k] & INDOPTION_DESC) !== 0,
      nullsFirst: (options[k] & INDOPTION_NULLS_FIRST) !== 0,
    });
  }
  const include: string[] = [];
  for (let k = keys.length; k < attnums.length; k++) include.push(table.names[attnums[k] > 0 ? table.numbers.indexOf(attnums[k]) : -1]);
  index.keys = keys;
  index.include = include;
  // The model is built from the keys; a definition is written for a snapshot, and for a predicate, which is parsed where it cannot be read alone.
  if (definitions || row.predicate !== null) index.definition = indexDefinition(index, table.name, (row.flags & INDEX_FLAGS.partitionedIndex) !== 0, row.storage_parameters);
  return index;
}

/** No names: what the live audit, which lists no key's operator class, keeps of them (never changed). */
const NONE: never[] = [];

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

export interface ForeignKeyRow {
  oid: number;
  name: string;
  table: string;
  /** pg_get_constraintdef, for a snapshot; null in the live audit, which reads the same from the columns below. */
  definition: string | null;
  update_action: string;
  delete_action: string;
  match_type: string;
  deferrable: boolean;
  deferred: boolean;
  columns: string[];
  referenced_table: string;
  referenced_columns: string[];
  validated: boolean;
  parent: string | null;
}

export function foreignKeyFromRow(row: ForeignKeyRow): SnapshotForeignKey {
  const fk: SnapshotForeignKey = {
    oid: row.oid,
    name: row.name,
    table: row.table,
    definition: row.definition ?? '',
    columns: row.columns,
    referencedTable: row.referenced_table,
    referencedColumns: row.referenced_columns,
    validated: row.validated,
    parent: row.parent,
  };
  // The catalog's codes are the parser's: what pg_get_constraintdef prints them from.
  if (row.definition === null) fk.behaviour = [row.update_action, row.delete_action, row.match_type, row.deferrable ? 'd' : '', row.deferred ? 'i' : ''].join('');
  return fk;
}
