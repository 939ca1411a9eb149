/**
 * The normalised schema model that both sources (migration SQL and, later, a
 * live catalog) are turned into. Rules compare these fields position by
 * position, never SQL text (docs/semantics.md, "One model for both sources").
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
  /**
   * The compression method written on the column (`COMPRESSION lz4`), or
   * absent for the server's default: an inheriting table may not name another.
   * Known only from migration SQL.
   */
  compression?: string;
  /**
   * Set on a generated column: its kind (`s` stored, `v` virtual), its
   * expression in the form two parents' expressions are compared in (null
   * when that is not known: a column it reads was renamed since), and the
   * columns it reads. An inheriting table must agree. Known only from
   * migration SQL; replaced, never changed in place.
   */
  generated?: { kind: string; expression: string | null; columns: string[] };
  /**
   * False when the table has the column only from its parents
   * (pg_attribute.attislocal): a parent's DROP COLUMN takes it then. Absent
   * when the table defines it itself, or when that is not known (a catalog).
   */
  local?: boolean;
  /** The domain the column is declared with (`type` is the domain's base type): DROP DOMAIN ... CASCADE drops the column. */
  domain?: string;
}

/**
 * One key of an index. `opclass` and `collation` are null when they are the
 * column's (or expression's) defaults, whether or not the SQL wrote them.
 */
export type IndexKey =
  | { kind: 'column'; column: string; opclass: string | null; collation: string | null; descending: boolean; nullsFirst: boolean }
  | {
      kind: 'expression';
      expression: string;
      columns: string[];
      opclass: string | null;
      collation: string | null;
      descending: boolean;
      nullsFirst: boolean;
      /**
       * Set when the expression is a cast of one column to a type with no
       * modifier (`(n::numeric)`), with that type's canonical name: the
       * normal form drops casts to text types, which a foreign key's check
       * may compare all the same (unindexed-foreign-key reads this).
       */
      cast?: { column: string; type: string };
    };

export type ConstraintKind = 'primary' | 'unique' | 'exclusion';

export interface Index {
  schema: string;
  name: string;
  /** Key of the table (see tableKey). */
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
  /**
   * Each key's normalised expression tree (null for a column), kept so renames
   * of columns can be replayed; absent when no key is an expression. Kept as
   * text (model/trees.ts): read them with expressionTreeOf, never change them.
   */
  expressionTrees?: ReadonlyArray<string | null>;
  /** The normalised predicate's tree, as text (model/trees.ts: predicateTreeOf), or null. */
  predicateTree?: string | null;
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
  /**
   * ON UPDATE / ON DELETE actions, MATCH type and deferrability, as one
   * string: a partition's own foreign key stands for its parent's only when
   * these match too. Absent when not known.
   */
  behaviour?: string;
}

export interface Table {
  schema: string;
  name: string;
  columns: Column[];
  /** True when the table is known only because a statement used it. */
  unknownColumns: boolean;
  partitioned: boolean;
  partitionOf: string | null;
  /**
   * The columns of PARTITION BY, for a partitioned table; null where they are
   * not known or the key has an expression (a unique index must hold them).
   */
  partitionKey: string[] | null;
  /** Every column the partition key reads, its expressions' included, when the replay made the table: none can be dropped. */
  partitionKeyReads?: string[];
  /** The composite type of a typed table (CREATE TABLE ... OF type), by name: DROP TYPE ... CASCADE drops the table, and it takes no part in inheritance. */
  ofType?: string;
  /**
   * Set when something the model does not keep may depend on a column (a
   * trigger's UPDATE OF or WHEN, a policy, a rule, a publication's column
   * list or row filter, a generated column): PostgreSQL may then refuse a
   * DROP COLUMN that the model applies.
   */
  columnDependents?: boolean;
  /** Columns the model dropped that PostgreSQL may have kept (see columnDependents): never refused as missing. */
  uncertainColumns?: string[];
  /** True for the DEFAULT partition of its parent: a parent has at most one. */
  defaultPartition: boolean;
  /** Tables it inherits from (INHERITS), which pass column changes down to it. */
  inheritsFrom: string[];
  foreignKeys: ForeignKey[];
  /** Names of CHECK / NOT NULL constraints, kept only so names can be chosen like PostgreSQL does. */
  otherConstraints: string[];
  /**
   * The CHECK constraints declared NO INHERIT, with the columns they read:
   * LIKE ... INCLUDING CONSTRAINTS copies them, and a partitioned table takes
   * none. Known only from migration SQL; replaced, never changed in place.
   */
  noInheritChecks: ReadonlyArray<{ name: string; columns: string[] }>;
  /** Sequences of its serial and identity columns: dropped with the table or the column, moved with the table. */
  ownedSequences: Array<{ column: string; name: string }>;
  /**
   * The role that owns it (DROP OWNED and REASSIGN OWNED act on that): a
   * name, or null for the role the migrations connect as. Absent when not
   * known: a table the files never create, or one read from a catalog.
   */
  owner?: string | null;
}

/** A table with nothing in it yet. */
export function newTable(schema: string, name: string, fields: Partial<Table> = {}): Table {
  return {
    schema,
    name,
    columns: [],
    unknownColumns: false,
    partitioned: false,
    partitionKey: null,
    defaultPartition: false,
    partitionOf: null,
    inheritsFrom: [],
    foreignKeys: [],
    otherConstraints: [],
    noInheritChecks: [],
    ownedSequences: [],
    // Present, so that a rollback puts back "not known" over an owner given since.
    owner: undefined,
    ...fields,
  };
}

/**
 * The key of a table or index in the model, also how it is shown (the JSON
 * `table` field): `schema.name`, a part double-quoted (with `""` for a quote)
 * only when it holds a dot or a quote (`public.Orders`, `"a.b".c`,
 * `a."b.c"`). So no two relations share a key (a plain join made those two
 * alike), and making one costs no more than the join. For SQL, quote it with
 * qualifiedName; read its parts back with splitQualifiedName.
 */
export function tableKey(schema: string, name: string): string {
  return `${keyPart(schema)}.${keyPart(name)}`;
}

function keyPart(name: string): string {
  return /[."]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

/**
 * The schema and name of `schema.name` as SQL writes it: each part bare
 * (taken as it is, no case folding) or double-quoted with `""` for a quote.
 * Null when the text is not two such parts.
 */
export function splitQualifiedName(text: string): [string, string] | null {
  if (!text.includes('"')) {
    // Bare parts hold no dot: exactly one dot, between two parts.
    const dot = text.indexOf('.');
    return dot > 0 && dot < text.length - 1 && !text.includes('.', dot + 1) ? [text.slice(0, dot), text.slice(dot + 1)] : null;
  }
  const parts: string[] = [];
  let at = 0;
  while (at <= text.length) {
    let part = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) return null;
        if (text[at] === '"') {
          if (text[at + 1] !== '"') break;
          at++;
        }
        part += text[at++];
      }
      at++;
    } else {
      while (at < text.length && text[at] !== '.' && text[at] !== '"') part += text[at++];
    }
    if (!part) return null;
    parts.push(part);
    if (at === text.length) break;
    if (text[at] !== '.') return null;
    at++;
  }
  return parts.length === 2 ? [parts[0], parts[1]] : null;
}
