/**
 * The schema model: tables, their indexes and foreign keys, and the session
 * state (search_path) that decides where unqualified names go.
 */
import { tableKey, type ForeignKey, type Index, type Table } from './types.js';

/** A relation found by name: a table (or materialized view), an index, or a sequence or view. */
export type Relation = { kind: 'table'; table: Table } | { kind: 'index'; index: Index } | { kind: 'other'; schema: string; name: string };

/** Where temporary tables live; never a real schema name. */
export const TEMP_SCHEMA = 'pg_temp';

export class SchemaModel {
  readonly tables = new Map<string, Table>();
  /** Indexes by their key (see tableKey; indexes live in their table's schema). */
  readonly indexes = new Map<string, Index>();
  private readonly indexesByTable = new Map<string, Set<Index>>();
  /** Other relations (sequences, views) whose names generated names must avoid. */
  readonly otherRelations = new Set<string>();
  /** Constraint names per schema, counted, for PostgreSQL's name choice. */
  private readonly constraintNames = new Map<string, number>();
  readonly schemas = new Set<string>(['public']);
  /** Enum types by name, and domains by name with their base type. */
  readonly enums = new Set<string>();
  readonly domains = new Map<string, string>();
  searchPath: string[] = ['public'];
  /** Set once a table has partitions or inheriting children, so column changes must be passed down. */
  hasDescendantTables = false;

  /** The table a possibly unqualified name means, following search_path. */
  findTable(schema: string | undefined, name: string): Table | undefined {
    if (schema) return this.tables.get(tableKey(schema, name));
    for (const s of this.lookupPath()) {
      const t = this.tables.get(tableKey(s, name));
      if (t) return t;
    }
    return undefined;
  }

  /** The index a possibly unqualified name means, following search_path. */
  findIndex(schema: string | undefined, name: string): Index | undefined {
    if (schema) return this.indexes.get(tableKey(schema, name));
    for (const s of this.lookupPath()) {
      const i = this.indexes.get(tableKey(s, name));
      if (i) return i;
    }
    return undefined;
  }

  /**
   * The relation of any kind a possibly unqualified name means: the first
   * schema of the path holding a table, index, sequence or view of that name.
   */
  findRelation(schema: string | undefined, name: string): Relation | undefined {
    for (const s of schema ? [schema] : this.lookupPath()) {
      const key = tableKey(s, name);
      const table = this.tables.get(key);
      if (table) return { kind: 'table', table };
      const index = this.indexes.get(key);
      if (index) return { kind: 'index', index };
      if (this.otherRelations.has(key)) return { kind: 'other', schema: s, name };
    }
    return undefined;
  }

  /** The session's temporary schema is searched first, as PostgreSQL does. */
  private lookupPath(): string[] {
    return this.schemas.has(TEMP_SCHEMA) ? [TEMP_SCHEMA, ...this.searchPath] : this.searchPath;
  }

  /** Where an unqualified CREATE puts its object: the first existing schema of search_path. */
  creationSchema(schema: string | undefined): string {
    if (schema) return schema;
    return this.searchPath.find((s) => this.schemas.has(s)) ?? 'public';
  }

  relationExists(schema: string, name: string): boolean {
    const key = tableKey(schema, name);
    return this.tables.has(key) || this.indexes.has(key) || this.otherRelations.has(key);
  }

  constraintNameTaken(schema: string, name: string): boolean {
    return (this.constraintNames.get(tableKey(schema, name)) ?? 0) > 0;
  }

  countConstraintName(schema: string, name: string, delta: 1 | -1): void {
    const key = tableKey(schema, name);
    const n = (this.constraintNames.get(key) ?? 0) + delta;
    if (n > 0) this.constraintNames.set(key, n);
    else this.constraintNames.delete(key);
  }

  indexesOn(table: string): Index[] {
    const set = this.indexesByTable.get(table);
    return set ? [...set] : [];
  }

  addTable(table: Table): void {
    this.tables.set(tableKey(table.schema, table.name), table);
    this.schemas.add(table.schema);
  }

  addIndex(index: Index): void {
    this.indexes.set(tableKey(index.schema, index.name), index);
    let set = this.indexesByTable.get(index.table);
    if (!set) this.indexesByTable.set(index.table, (set = new Set()));
    set.add(index);
    if (index.constraint) this.countConstraintName(index.schema, index.constraint.name, 1);
  }

  removeIndex(index: Index): void {
    this.unregisterIndex(index);
    // A partition's copies go with the parent's index.
    if (this.tables.get(index.table)?.partitioned) {
      for (const child of [...this.allIndexes()]) if (child.parentIndex === index) this.removeIndex(child);
    }
  }

  /** Takes an index out of the lookups, and nothing else (its partitions' copies stay). */
  private unregisterIndex(index: Index): void {
    this.indexes.delete(tableKey(index.schema, index.name));
    this.indexesByTable.get(index.table)?.delete(index);
    if (index.constraint) this.countConstraintName(index.schema, index.constraint.name, -1);
  }

  renameIndex(index: Index, newName: string): void {
    this.indexes.delete(tableKey(index.schema, index.name));
    index.name = newName;
    this.indexes.set(tableKey(index.schema, index.name), index);
  }

  /** Makes an index the one behind a constraint (a PRIMARY KEY's index is unique). */
  setIndexConstraint(index: Index, constraint: NonNullable<Index['constraint']>): void {
    this.unregisterIndex(index);
    index.constraint = constraint;
    if (constraint.kind !== 'exclusion') index.unique = true;
    this.addIndex(index);
  }

  addForeignKey(table: Table, fk: ForeignKey): void {
    table.foreignKeys.push(fk);
    this.countConstraintName(table.schema, fk.name, 1);
  }

  renameForeignKey(table: Table, fk: ForeignKey, name: string): void {
    this.countConstraintName(table.schema, fk.name, -1);
    fk.name = name;
    this.countConstraintName(table.schema, name, 1);
  }

  removeForeignKey(table: Table, fk: ForeignKey): void {
    table.foreignKeys = table.foreignKeys.filter((f) => f !== fk);
    this.countConstraintName(table.schema, fk.name, -1);
    if (!table.partitioned) return;
    for (const t of this.tables.values()) {
      for (const child of t.foreignKeys.filter((f) => f.parentForeignKey === fk)) this.removeForeignKey(t, child);
    }
  }

  /** Moves a table (and its indexes) to a new key: rename or SET SCHEMA. */
  moveTable(table: Table, schema: string, name: string): void {
    const oldKey = tableKey(table.schema, table.name);
    const newKey = tableKey(schema, name);
    const indexes = this.indexesOn(oldKey);
    for (const index of indexes) this.unregisterIndex(index);
    for (const fk of table.foreignKeys) this.countConstraintName(table.schema, fk.name, -1);
    for (const c of table.otherConstraints) this.countConstraintName(table.schema, c, -1);
    for (const s of table.ownedSequences) this.otherRelations.delete(tableKey(table.schema, s.name));
    this.tables.delete(oldKey);
    table.schema = schema;
    table.name = name;
    this.addTable(table);
    for (const fk of table.foreignKeys) {
      fk.table = newKey;
      this.countConstraintName(schema, fk.name, 1);
    }
    for (const c of table.otherConstraints) this.countConstraintName(schema, c, 1);
    for (const s of table.ownedSequences) this.otherRelations.add(tableKey(schema, s.name));
    for (const index of indexes) {
      index.table = newKey;
      index.schema = schema;
      this.addIndex(index);
    }
    for (const t of this.tables.values()) {
      for (const fk of t.foreignKeys) if (fk.referencedTable === oldKey) fk.referencedTable = newKey;
      if (t.partitionOf === oldKey) t.partitionOf = newKey;
      t.inheritsFrom = t.inheritsFrom.map((k) => (k === oldKey ? newKey : k));
    }
  }

  removeTable(table: Table): void {
    const key = tableKey(table.schema, table.name);
    for (const index of this.indexesOn(key)) this.removeIndex(index);
    for (const fk of [...table.foreignKeys]) this.removeForeignKey(table, fk);
    for (const name of table.otherConstraints) this.countConstraintName(table.schema, name, -1);
    for (const s of table.ownedSequences) this.otherRelations.delete(tableKey(table.schema, s.name));
    this.tables.delete(key);
  }

  *allIndexes(): IterableIterator<Index> {
    yield* this.indexes.values();
  }

  *allForeignKeys(): IterableIterator<ForeignKey> {
    for (const t of this.tables.values()) yield* t.foreignKeys;
  }

  column(table: string, column: string): { type: string; collation: string | null } | undefined {
    return this.tables.get(table)?.columns.find((c) => c.name === column);
  }
}
