/**
 * The normalised schema model that both sources (migration SQL and, later, a
 * live catalog) are turned into. Rules compare these fields position by
 * position, never SQL text (spec §0).
 */

/** Where an object was created: a statement of a migration file, or the live database. */
export interface Origin {
  /** null for an object read from a live database or snapshot (line and column are then 0). */
  file: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Order of the statement in the whole replay; lower is older. */
  sequence: number;
  /** True when the statement belongs to the files under review (`--changed`). */
  changed: boolean;
}

export interface Column {
  name: string;
  /** Canonical type name (`int4`, `varchar`, `text`, `timestamptz`, an enum's name...). */
  type: string;
  /** Collation written on the column, or null for the type's default. */
  collation: string | null;
}

/**
 * One key of an index. `opclass` and `collation` are null when they are the
 * column's (or expression's) defaults, whether or not the SQL wrote them.
 */
export type IndexKey =
  | { kind: 'column'; column: string; opclass: string | null; collation: string | null; descending: boolean; nullsFirst: boolean }
  | { kind: 'expression'; expression: string; columns: string[]; opclass: string | null; collation: string | null; descending: boolean; nullsFirst: boolean };

export type ConstraintKind = 'primary' | 'unique' | 'exclusion';

export interface Index {
  schema: string;
  name: string;
  /** Key of the table: `schema.table`. */
  table: string;
  method: string;
  keys: IndexKey[];
  /** INCLUDE columns, compared as a set. */
  include: string[];
  /**
   * The index's own column names, keys then INCLUDE, as PostgreSQL chose them
   * (`a`, `lower`, `expr1`...): its default name is made of them, and so are
   * the names of its copies on partitions. A later column rename leaves them.
   */
  columnNames: string[];
  /** Normalised WHERE clause, or null. */
  predicate: string | null;
  unique: boolean;
  nullsNotDistinct: boolean;
  /** Set when the index backs a constraint. */
  constraint: { name: string; kind: ConstraintKind; deferrable: boolean } | null;
  valid: boolean;
  replicaIdentity: boolean;
  clustered: boolean;
  /** Set on a partition's index that belongs to an index of the partitioned parent; never reported. */
  parentIndex: Index | null;
  /** Expression and predicate trees, kept so renames of columns can be replayed. */
  expressionNodes?: Array<Record<string, unknown> | null>;
  predicateNode?: Record<string, unknown> | null;
  origin: Origin;
  /** Live catalog figures, when known. */
  sizeBytes?: number;
  scans?: number;
}

export interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  origin: Origin;
  /** Set on a partition's copy of its parent's foreign key. */
  parentForeignKey: ForeignKey | null;
}

export interface Table {
  schema: string;
  name: string;
  columns: Column[];
  /** True when the table is known only because a statement used it. */
  unknownColumns: boolean;
  partitioned: boolean;
  partitionOf: string | null;
  /** Tables it inherits from (INHERITS), which pass column changes down to it. */
  inheritsFrom: string[];
  foreignKeys: ForeignKey[];
  /** Names of CHECK / NOT NULL constraints, kept only so names can be chosen like PostgreSQL does. */
  otherConstraints: string[];
}

/** A table with nothing in it yet. */
export function newTable(schema: string, name: string, fields: Partial<Table> = {}): Table {
  return { schema, name, columns: [], unknownColumns: false, partitioned: false, partitionOf: null, inheritsFrom: [], foreignKeys: [], otherConstraints: [], ...fields };
}

export function tableKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

export function columnNames(index: Index): string[] {
  return index.keys.map((k) => (k.kind === 'column' ? k.column : k.expression));
}
