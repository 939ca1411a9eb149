/**
 * The schema model: tables, their indexes and foreign keys, and the session
 * state (search_path) that decides where unqualified names go.
 */
import { tableKey, type ForeignKey, type Index, type IndexKey, type Table } from './types.js';

/** A relation found by name: a table (or materialized view), an index, or a sequence or view. */
export type Relation = { kind: 'table'; table: Table } | { kind: 'index'; index: Index } | { kind: 'other'; schema: string; name: string };
/**
 * The model's state at one moment, for a transaction that may roll back:
 * every object's fields, kept apart from the objects themselves, so that
 * restoring it puts back the same objects (the engine and the links between
 * partitions' indexes and foreign keys hold them by identity).
 */
export interface ModelSnapshot {
  readonly tables: ReadonlyArray<readonly [string, Table, Table]>;
  readonly foreignKeys: ReadonlyArray<readonly [ForeignKey, ForeignKey]>;
  readonly indexes: ReadonlyArray<readonly [string, Index, Index]>;
  readonly otherRelations: string[];
  readonly constraintNames: Array<[string, number]>;
  readonly schemas: string[];
  readonly enums: string[];
  readonly domains: Array<[string, string]>;
  readonly dependents: Array<[string, string[]]>;
  readonly relationOwners: Array<[string, Owner]>;
  readonly schemaOwners: Array<[string, Owner]>;
  readonly roles: string[];
  readonly searchPath: string[];
  readonly hasDescendantTables: boolean;
}

/** The INCLUDE list of the indexes that have none: one list, never changed (a change to an index's list replaces it). */
const NO_COLUMNS = Object.freeze([]) as unknown as string[];

/**
 * The role that owns an object: its name, or null for the role the
 * migrations connect as (which the files do not name).
 */
export type Owner = string | null;

/**
 * Whom the session acts as: the session user (SET SESSION AUTHORIZATION) and
 * the role set over it (SET ROLE); null for the role the migrations connect as, or no role set.
 */
export interface SessionUser {
  readonly session: Owner;
  readonly role: string | null;
}

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
  /** Views and materialized views (by key) that read each relation (by key). */
  readonly dependents = new Map<string, Set<string>>();
  /** Owners of the views and sequences the files create (a table's is on the table); absent: not known. */
  readonly relationOwners = new Map<string, Owner>();
  /** Owners of the schemas the files create; absent: not known (public, or a schema made before the files). */
  readonly schemaOwners = new Map<string, Owner>();
  /** Roles the files create: none of them is the role the migrations connect as. */
  readonly roles = new Set<string>();
  searchPath: string[] = ['public'];
  user: SessionUser = { session: null, role: null };
  /** Set once a table has partitions or inheriting children, so column changes must be passed down. */
  hasDescendantTables = false;
  /** One copy of each table key and access method that indexes name (see addIndex). */
  private readonly strings = new Map<string, string>();

  /** One object for each column key that indexes have alike (column, operator class, collation, order). */
  private readonly columnKeys = new Map<string, IndexKey>();

  /**
   * Puts the model's one object for each column key in its place. A key is
   * never changed in place (a change replaces it), so one object can stand
   * for equal keys of many indexes, and an index sharing the list sees equal keys.
   */
  private shareColumnKeys(keys: IndexKey[]): void {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k.kind !== 'column') continue;
      // Names hold no NUL character; null is told from a name by the name's leading '='.
      const id = `${k.column}\0${k.opclass === null ? '' : `=${k.opclass}`}\0${k.collation === null ? '' : `=${k.collation}`}\0${k.descending}\0${k.nullsFirst}`;
      const known = this.columnKeys.get(id);
      if (known === undefined) this.columnKeys.set(id, k);
      else if (known !== k) keys[i] = known;
    }
  }

  private shared(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

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

  /** The role new objects belong to: the one SET ROLE set, else the session user. */
  get currentUser(): Owner {
    return this.user.role ?? this.user.session;
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
    // Tens of thousands of indexes name a few tables and methods, and most have no INCLUDE: one copy of each is kept.
    index.table = this.shared(index.table);
    index.method = this.shared(index.method);
    if (index.include.length === 0) index.include = NO_COLUMNS;
    this.shareColumnKeys(index.keys);
    this.indexes.set(tableKey(index.schema, index.name), index);
    let set = this.indexesByTable.get(index.table);
    if (!set) this.indexesByTable.set(index.table, (set = new Set()));
    set.add(index);
    if (index.constraint) this.countConstraintName(index.schema, index.constraint.name, 1);
  }

  removeIndex(index: Index): void {
    this.unregisterIndex(index);
    // What relied on the index's constraint (a view) relies on nothing there any more.
    this.dependents.delete(tableKey(index.schema, index.name));
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
    const oldKey = tableKey(index.schema, index.name);
    this.indexes.delete(oldKey);
    index.name = newName;
    this.indexes.set(tableKey(index.schema, index.name), index);
    this.moveDependents(oldKey, tableKey(index.schema, index.name));
  }

  /** What depends on a relation (or on the constraint an index backs) follows it to its new key. */
  private moveDependents(oldKey: string, newKey: string): void {
    const dependents = this.dependents.get(oldKey);
    if (!dependents) return;
    this.dependents.delete(oldKey);
    this.dependents.set(newKey, dependents);
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
    // What depends on the table, and what a materialized view depends on, follow it.
    const dependents = this.dependents.get(oldKey);
    this.dependents.delete(oldKey);
    if (dependents) this.dependents.set(newKey, dependents);
    for (const set of this.dependents.values()) if (set.delete(oldKey)) set.add(newKey);
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
      const oldIndexKey = tableKey(index.schema, index.name);
      index.table = newKey;
      index.schema = schema;
      this.addIndex(index);
      this.moveDependents(oldIndexKey, tableKey(schema, index.name));
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

  /** Costs one copy of every table, index and foreign key: taken only where a transaction may need it. */
  snapshot(): ModelSnapshot {
    const foreignKeys: Array<readonly [ForeignKey, ForeignKey]> = [];
    for (const fk of this.allForeignKeys()) foreignKeys.push([fk, { ...fk, columns: [...fk.columns], referencedColumns: [...fk.referencedColumns] }]);
    return {
      tables: [...this.tables].map(
        ([key, t]) =>
          [
            key,
            t,
            {
              ...t,
              columns: t.columns.map((c) => ({ ...c })),
              partitionKey: t.partitionKey && [...t.partitionKey],
              inheritsFrom: [...t.inheritsFrom],
              foreignKeys: [...t.foreignKeys],
              otherConstraints: [...t.otherConstraints],
              ownedSequences: t.ownedSequences.map((q) => ({ ...q })),
            },
          ] as const,
      ),
      foreignKeys,
      indexes: [...this.indexes].map(
        ([key, i]) =>
          [
            key,
            i,
            {
              ...i,
              keys: i.keys.map((k) => ({ ...k })),
              include: [...i.include],
              constraint: i.constraint && { ...i.constraint },
            },
          ] as const,
      ),
      otherRelations: [...this.otherRelations],
      constraintNames: [...this.constraintNames],
      schemas: [...this.schemas],
      enums: [...this.enums],
      domains: [...this.domains],
      dependents: [...this.dependents].map(([key, set]) => [key, [...set]]),
      relationOwners: [...this.relationOwners],
      schemaOwners: [...this.schemaOwners],
      roles: [...this.roles],
      searchPath: [...this.searchPath],
      hasDescendantTables: this.hasDescendantTables,
    };
  }

  /** Puts the model back as it was at `snapshot`; objects created since are gone, the others have their old fields. */
  restore(snapshot: ModelSnapshot): void {
    this.tables.clear();
    for (const [key, table, fields] of snapshot.tables)
      this.tables.set(
        key,
        Object.assign(table, fields, {
          columns: fields.columns.map((c) => ({ ...c })),
          foreignKeys: [...fields.foreignKeys],
          otherConstraints: [...fields.otherConstraints],
          inheritsFrom: [...fields.inheritsFrom],
          ownedSequences: fields.ownedSequences.map((q) => ({ ...q })),
        }),
      );
    for (const [fk, fields] of snapshot.foreignKeys) Object.assign(fk, fields, { columns: [...fields.columns], referencedColumns: [...fields.referencedColumns] });
    this.indexes.clear();
    this.indexesByTable.clear();
    this.constraintNames.clear();
    for (const [, index, fields] of snapshot.indexes) {
      Object.assign(index, fields, {
        keys: fields.keys.map((k) => ({ ...k })),
        include: [...fields.include],
        constraint: fields.constraint && { ...fields.constraint },
      });
      this.addIndex(index);
    }
    // addIndex counted the constraints of indexes; the snapshot's counts hold every constraint.
    this.constraintNames.clear();
    for (const [name, count] of snapshot.constraintNames) this.constraintNames.set(name, count);
    replace(this.otherRelations, snapshot.otherRelations);
    replace(this.schemas, snapshot.schemas);
    replace(this.enums, snapshot.enums);
    this.domains.clear();
    for (const [name, base] of snapshot.domains) this.domains.set(name, base);
    this.dependents.clear();
    for (const [key, dependents] of snapshot.dependents) this.dependents.set(key, new Set(dependents));
    replaceMap(this.relationOwners, snapshot.relationOwners);
    replaceMap(this.schemaOwners, snapshot.schemaOwners);
    replace(this.roles, snapshot.roles);
    this.searchPath = [...snapshot.searchPath];
    this.hasDescendantTables = snapshot.hasDescendantTables;
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

function replaceMap<K, V>(map: Map<K, V>, entries: ReadonlyArray<readonly [K, V]>): void {
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}

function replace<T>(set: Set<T>, values: readonly T[]): void {
  set.clear();
  for (const v of values) set.add(v);
}
