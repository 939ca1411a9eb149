/**
 * A snapshot of a database's catalog: what pg-index-lint needs to know of its
 * indexes, constraints and foreign keys, as a versioned JSON document. It holds
 * no credentials. `pg_indexes` exports (CSV or JSON) are read too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from '../findings.js';
import { splitQualifiedName, tableKey } from '../model/types.js';

export const SNAPSHOT_FORMAT = 'pg-index-lint-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface SnapshotColumn {
  name: string;
  type: string;
  collation: string | null;
  notNull: boolean;
}

export interface SnapshotTable {
  oid: number;
  schema: string;
  name: string;
  kind: 'table' | 'partitioned' | 'materialized view';
  partitionOf: string | null;
  inherits: string[];
  columns: SnapshotColumn[];
}

/** A key of an index whose keys are all columns, decorated as `pg_get_indexdef` prints it. */
export interface SnapshotIndexKey {
  column: string;
  /** The operator class when it is not the default for the column's type, else null. */
  opclass: string | null;
  /** Its schema when that is not pg_catalog. */
  opclassSchema: string | null;
  /** The collation when it is not the column's, else null. */
  collation: string | null;
  collationSchema: string | null;
  descending: boolean;
  nullsFirst: boolean;
}

export interface SnapshotIndex {
  oid: number;
  schema: string;
  name: string;
  table: string;
  /** pg_get_indexdef, with every name schema-qualified (for an index read with `keys`, written from them). */
  definition: string;
  /**
   * Set when the index was read from the catalog's arrays (every key a
   * column): the model is built from these, and the definition is not parsed.
   */
  keys?: SnapshotIndexKey[];
  include?: string[];
  method: string;
  unique: boolean;
  primary: boolean;
  nullsNotDistinct: boolean;
  valid: boolean;
  clustered: boolean;
  replicaIdentity: boolean;
  keyColumns: number;
  opclasses: string[];
  opfamilies: string[];
  collations: Array<string | null>;
  predicate: string | null;
  expressions: string | null;
  parentIndex: string | null;
  constraint: { name: string; type: 'primary' | 'unique' | 'exclusion'; deferrable: boolean } | null;
  sizeBytes: number | null;
  scans: number | null;
}

export interface SnapshotForeignKey {
  oid: number;
  name: string;
  table: string;
  definition: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  validated: boolean;
  /**
   * On a partition's copy of its parent's foreign key, the parent's name
   * (absent in snapshots of older versions, which hold no copies).
   */
  parent?: string | null;
  /**
   * Actions, match type and deferrability in the model's form, when read
   * from the catalog's columns rather than from `definition` (the live
   * audit, which never writes a snapshot).
   */
  behaviour?: string;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  takenAt: string;
  serverVersion: string;
  serverVersionNum: number;
  database: string;
  schemas: string[];
  enums: Array<{ schema: string; name: string }>;
  domains: Array<{ schema: string; name: string; baseType: string }>;
  tables: SnapshotTable[];
  indexes: SnapshotIndex[];
  /** Names of the schemas' other relations (sequences, views...), which new index names must avoid; absent in older snapshots. */
  otherRelations?: Array<{ schema: string; name: string }>;
  /** null when the source could not say (a plain pg_indexes export): foreign-key checks are then not made. */
  foreignKeys: SnapshotForeignKey[] | null;
  /** What the reading role could not see or was told about (absent in snapshots of older versions). */
  notes?: string[];
  /** Where it came from, for messages. */
  source: string;
}

export function writeSnapshot(snapshot: Snapshot, file: string): void {
  const { source: _source, ...document } = snapshot;
  writeFileSync(file, JSON.stringify(document, null, 2) + '\n');
}

/** Reads a snapshot file, or a `pg_indexes` export as CSV or JSON. */
export function readSnapshotFile(file: string): Snapshot {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`snapshot ${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}); check --snapshot`);
  }
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new UsageError(`snapshot ${file}: not valid JSON (${(e as Error).message})`);
    }
    if (Array.isArray(data)) return fromPgIndexesRows(data, file);
    const record = data as Record<string, unknown>;
    if (record.format === SNAPSHOT_FORMAT) {
      if (record.version !== SNAPSHOT_VERSION) {
        throw new UsageError(`snapshot ${file}: format version ${String(record.version)} is not supported (this pg-index-lint reads version ${SNAPSHOT_VERSION}); take the snapshot again`);
      }
      return { ...(record as unknown as Snapshot), source: file };
    }
    throw new UsageError(`snapshot ${file}: neither a pg-index-lint snapshot nor a pg_indexes export (an array of {schemaname, tablename, indexname, indexdef})`);
  }
  return fromPgIndexesRows(parseCsv(trimmed), file);
}

/** A `pg_indexes` export: index definitions only, no columns and no foreign keys. */
function fromPgIndexesRows(rows: unknown[], file: string): Snapshot {
  const indexes: SnapshotIndex[] = rows.map((row, i) => {
    const r = row as Record<string, unknown>;
    for (const key of ['schemaname', 'tablename', 'indexname', 'indexdef']) {
      if (typeof r[key] !== 'string') throw new UsageError(`snapshot ${file}: row ${i + 1} has no "${key}" (a pg_indexes export needs schemaname, tablename, indexname, indexdef)`);
    }
    return {
      oid: i + 1,
      schema: r.schemaname as string,
      name: r.indexname as string,
      table: tableKey(r.schemaname as string, r.tablename as string),
      definition: r.indexdef as string,
      method: '',
      unique: /^\s*create\s+unique\b/i.test(r.indexdef as string),
      primary: false,
      nullsNotDistinct: false,
      valid: true,
      clustered: false,
      replicaIdentity: false,
      keyColumns: 0,
      opclasses: [],
      opfamilies: [],
      collations: [],
      predicate: null,
      expressions: null,
      parentIndex: null,
      constraint: null,
      sizeBytes: null,
      scans: null,
    };
  });
  const tables = [...new Set(indexes.map((i) => i.table))];
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: '',
    serverVersion: '',
    serverVersionNum: 0,
    database: '',
    schemas: [...new Set(indexes.map((i) => i.schema))],
    enums: [],
    domains: [],
    tables: tables.map((t, i) => {
      const [schema, name] = splitQualifiedName(t)!;
      return { oid: i + 1, schema, name, kind: 'table', partitionOf: null, inherits: [], columns: [] };
    }),
    indexes,
    foreignKeys: null,
    source: file,
  };
}

/** RFC 4180 CSV with a header row. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.filter((r) => r.some((f) => f !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}
