/**
 * Replays migration statements onto the schema model, doing to indexes,
 * constraints and foreign keys what PostgreSQL does (spec §7). Statements
 * that cannot change indexes are skipped; statements whose effect cannot be
 * known statically produce a note, never a guess.
 */
import type { AstNode, Statement } from '../sql/parseFile.js';
import { expressionText, figureColumnName, normalizeExpression, referencedColumns, renameColumnInTree } from './expressions.js';
import { chooseName, indexColumnNames, nameAddition } from './naming.js';
import { canonicalTypeName, defaultOpclass } from './pgTypes.js';
import { mayChangeSchema, planDoBlock, proceduralSchemaEffect } from './procedural.js';
import { SchemaModel, TEMP_SCHEMA } from './schema.js';
import { newTable, tableKey, type ConstraintKind, type ForeignKey, type Index, type IndexKey, type Origin, type Table } from './types.js';

/** Where the replay says what it could not follow; a `conflict` is a problem in the migration itself. */
export type NoteSink = (message: string, kind?: 'note' | 'conflict') => void;

/** An index or constraint to create, before PostgreSQL's merge of identical ones. */
interface PendingIndex {
  name: string | null;
  method: string;
  elems: AstNode[];
  include: string[];
  where: AstNode | null;
  unique: boolean;
  nullsNotDistinct: boolean;
  constraint: ConstraintKind | null;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** ALTER TABLE ... ADD CONSTRAINT ... USING INDEX */
  usingIndex: string | null;
}

interface PendingForeignKey {
  name: string | null;
  columns: string[];
  refTable: AstNode;
  refColumns: string[];
}

/** PostgreSQL's MaxHeapAttributeNumber: no table has more columns, dropped ones included. */
const MAX_COLUMNS = 1600;

/** How many columns ALTER TABLE subcommands add that `table` does not have yet. */
function addedColumnCount(cmds: AstNode[], table: Table): number {
  const names: string[] = cmds.flatMap((item) => (item.AlterTableCmd?.subtype === 'AT_AddColumn' ? [item.AlterTableCmd.def?.ColumnDef?.colname] : []));
  if (!names.length) return 0;
  const existing = new Set(table.columns.map((c) => c.name));
  return new Set(names.filter((n) => !existing.has(n))).size;
}

export class Replayer {
  private origin!: Origin;
  private note!: NoteSink;
  private touched = new Set<string>();
  private statementText = '';

  constructor(readonly model: SchemaModel) {}

  /** Applies one statement; returns the keys of the tables whose indexes or foreign keys it may have changed. */
  apply(statement: Statement, origin: Origin, note: NoteSink): Set<string> {
    this.origin = origin;
    this.note = note;
    this.touched = new Set();
    this.statementText = statement.text;
    this.dispatch(statement.kind, statement.node);
    return this.touched;
  }

  /** What each kind of statement does to the model; every other kind (DML, grants, comments, triggers...) cannot change indexes. */
  private readonly handlers = new Map<string, (node: AstNode) => void>([
    ['CreateStmt', (node) => this.createTable(node)],
    ['IndexStmt', (node) => this.createIndex(node)],
    ['DropStmt', (node) => this.drop(node)],
    ['AlterTableStmt', (node) => this.alterTable(node)],
    ['RenameStmt', (node) => this.rename(node)],
    ['AlterObjectSchemaStmt', (node) => this.setSchema(node)],
    ['CreateSchemaStmt', (node) => this.createSchema(node)],
    ['VariableSetStmt', (node) => this.setVariable(node)],
    ['SelectStmt', (node) => this.selectSetConfig(node)],
    ['CreateEnumStmt', (node) => void this.model.enums.add(lastName(node.typeName))],
    ['CreateDomainStmt', (node) => void this.model.domains.set(lastName(node.domainname), this.typeOf(node.typeName))],
    ['CreateSeqStmt', (node) => this.otherRelation(node.sequence)],
    ['ViewStmt', (node) => this.otherRelation(node.view)],
    ['CreateTableAsStmt', (node) => this.createTableAs(node)],
    ['ClusterStmt', (node) => this.cluster(node)],
    ['DoStmt', (node) => this.doBlock(node)],
    ['CreateFunctionStmt', (node) => this.createFunction(node)],
  ]);

  /** The statement kinds the replay reads: the parser need not build trees for the others. */
  readonly kinds: ReadonlySet<string> = new Set(this.handlers.keys());

  private dispatch(kind: string, node: AstNode | null): void {
    if (node) this.handlers.get(kind)?.(node);
  }

  // ---- tables ------------------------------------------------------------

  private createTable(node: AstNode): void {
    const rv = node.relation;
    const temporary = rv.relpersistence === 't';
    const schema = temporary ? TEMP_SCHEMA : this.model.creationSchema(rv.schemaname);
    const key = tableKey(schema, rv.relname);
    const existing = this.model.tables.get(key);
    if (existing) {
      if (!node.if_not_exists) this.note(`table ${rv.relname} already exists: PostgreSQL rejects this statement, so it is not applied`);
      return;
    }
    const columnDefs = (node.tableElts ?? []).filter((elt: AstNode) => elt.ColumnDef).length;
    if (columnDefs > MAX_COLUMNS) return this.tooManyColumns(rv.relname, columnDefs);
    const table = newTable(schema, rv.relname, { partitioned: Boolean(node.partspec) });
    const pending: PendingIndex[] = [];
    const likePending: PendingIndex[] = [];
    const fks: PendingForeignKey[] = [];
    const parentRv: AstNode | undefined = node.partbound ? node.inhRelations?.[0]?.RangeVar : undefined;
    const parent = parentRv ? this.model.findTable(parentRv.schemaname, parentRv.relname) : undefined;
    if (parent) {
      table.columns = parent.columns.map((c) => ({ ...c }));
      table.partitionOf = tableKey(parent.schema, parent.name);
      this.model.hasDescendantTables = true;
    } else if (parentRv) {
      table.unknownColumns = true;
    }
    for (const inh of node.partbound ? [] : node.inhRelations ?? []) {
      const p = this.model.findTable(inh.RangeVar?.schemaname, inh.RangeVar?.relname);
      if (p) {
        table.columns.push(...p.columns.map((c) => ({ ...c })));
        table.inheritsFrom.push(tableKey(p.schema, p.name));
        this.model.hasDescendantTables = true;
      } else table.unknownColumns = true;
    }
    if (node.ofTypename) table.unknownColumns = true;
    this.model.addTable(table);
    this.touched.add(key);
    for (const elt of node.tableElts ?? []) {
      if (elt.ColumnDef) this.addColumn(table, elt.ColumnDef, pending, fks);
      else if (elt.Constraint) this.tableConstraint(table, elt.Constraint, pending, fks);
      else if (elt.TableLikeClause) this.likeClause(table, elt.TableLikeClause, likePending);
    }
    // A partition gets its copies of the parent's indexes and foreign keys first (DefineRelation),
    // then the indexes of its own constraints.
    if (parent) this.inheritFromParent(table, parent, false);
    this.createPendingIndexes(table, pending, false);
    // LIKE's indexes are created after the table's own, each on its own, never merged with them.
    for (const p of likePending) this.buildIndex(table, p, false);
    this.createPendingForeignKeys(table, fks);
  }

  /** The limit also keeps replay linear: a table's columns are looked up by name in a list. */
  private tooManyColumns(table: string, count: number): void {
    this.note(`table ${table} would have ${count} columns, more than PostgreSQL's ${MAX_COLUMNS}: PostgreSQL rejects this statement, so it is not applied`);
  }

  private addColumn(table: Table, def: AstNode, pending: PendingIndex[], fks: PendingForeignKey[]): void {
    const typeName = def.typeName ? this.typeOf(def.typeName) : null;
    const collation = def.collClause ? collationName(def.collClause.collname) : null;
    const existing = table.columns.find((c) => c.name === def.colname);
    if (existing) {
      // PARTITION OF / inheritance: a column definition adds options to an inherited column.
      if (collation) existing.collation = collation;
    } else {
      table.columns.push({ name: def.colname, type: typeName ?? 'unknown', collation });
      const identity = (def.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === 'CONSTR_IDENTITY');
      if ((def.typeName && isSerial(def.typeName)) || identity) {
        // The sequence takes a relation name that generated index names must avoid.
        const sequence = chooseName(table.name, def.colname, 'seq', (n) => this.model.relationExists(table.schema, n));
        this.model.otherRelations.add(tableKey(table.schema, sequence));
      }
    }
    for (const c of def.constraints ?? []) {
      const con = c.Constraint;
      if (!con) continue;
      if (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE') {
        pending.push(this.pendingFromConstraint({ ...con, keys: [{ String: { sval: def.colname } }] }));
      } else if (con.contype === 'CONSTR_FOREIGN') {
        fks.push({ name: con.conname ?? null, columns: [def.colname], refTable: con.pktable, refColumns: strings(con.pk_attrs) });
      } else if (con.conname) {
        this.addOtherConstraint(table, con.conname);
      }
    }
  }

  private addOtherConstraint(table: Table, name: string): void {
    table.otherConstraints.push(name);
    this.model.countConstraintName(table.schema, name, 1);
  }

  private tableConstraint(table: Table, con: AstNode, pending: PendingIndex[], fks: PendingForeignKey[]): void {
    switch (con.contype) {
      case 'CONSTR_PRIMARY':
      case 'CONSTR_UNIQUE':
      case 'CONSTR_EXCLUSION':
        pending.push(this.pendingFromConstraint(con));
        return;
      case 'CONSTR_FOREIGN':
        fks.push({ name: con.conname ?? null, columns: strings(con.fk_attrs), refTable: con.pktable, refColumns: strings(con.pk_attrs) });
        return;
      default:
        if (con.conname) this.addOtherConstraint(table, con.conname);
    }
  }

  private pendingFromConstraint(con: AstNode): PendingIndex {
    const kind: ConstraintKind = con.contype === 'CONSTR_PRIMARY' ? 'primary' : con.contype === 'CONSTR_UNIQUE' ? 'unique' : 'exclusion';
    const elems: AstNode[] =
      kind === 'exclusion'
        ? (con.exclusions ?? []).map((pair: AstNode) => pair.List.items[0].IndexElem)
        : strings(con.keys).map((name) => ({ name, ordering: 'SORTBY_DEFAULT', nulls_ordering: 'SORTBY_NULLS_DEFAULT' }));
    return {
      name: con.conname ?? null,
      method: kind === 'exclusion' ? (con.access_method ?? 'gist') : 'btree',
      elems,
      include: strings(con.including),
      where: con.where_clause ?? null,
      unique: kind !== 'exclusion',
      nullsNotDistinct: Boolean(con.nulls_not_distinct),
      constraint: kind,
      deferrable: Boolean(con.deferrable),
      initiallyDeferred: Boolean(con.initdeferred),
      usingIndex: con.indexname ?? null,
    };
  }

  /** LIKE ... INCLUDING INDEXES copies the source's indexes (never its foreign keys). */
  private likeClause(table: Table, like: AstNode, pending: PendingIndex[]): void {
    const source = this.model.findTable(like.relation.schemaname, like.relation.relname);
    if (!source) {
      table.unknownColumns = true;
      this.note(`LIKE ${like.relation.relname}: the table is not in the model, its columns and indexes are unknown`);
      return;
    }
    for (const c of source.columns) if (!table.columns.some((x) => x.name === c.name)) table.columns.push({ ...c });
    const options: number = like.options ?? 0;
    const INCLUDING_INDEXES = 1 << 6; // CREATE_TABLE_LIKE_INDEXES
    if ((options & INCLUDING_INDEXES) === 0) return;
    for (const index of this.model.indexesOn(tableKey(source.schema, source.name))) {
      pending.push({
        name: null,
        method: index.method,
        elems: index.keys.map((k, i) => keyToElem(k, index.expressionNodes?.[i] ?? null)),
        include: [...index.include],
        where: index.predicateNode ?? null,
        unique: index.unique,
        nullsNotDistinct: index.nullsNotDistinct,
        constraint: index.constraint?.kind ?? null,
        deferrable: index.constraint?.deferrable ?? false,
        initiallyDeferred: false,
        usingIndex: null,
      });
    }
  }

  /**
   * Creates the indexes of one CREATE TABLE or ALTER TABLE, merging identical
   * PRIMARY KEY / UNIQUE specifications into one index as PostgreSQL does
   * (transformIndexConstraints): `id int PRIMARY KEY UNIQUE` is one index.
   */
  private createPendingIndexes(table: Table, pending: PendingIndex[], only: boolean): void {
    const ordered = [...pending.filter((p) => p.constraint === 'primary'), ...pending.filter((p) => p.constraint !== 'primary')];
    const kept: PendingIndex[] = [];
    for (const p of ordered) {
      if (p.usingIndex) {
        kept.push(p);
        continue;
      }
      const prior = kept.find((k) => !k.usingIndex && samePendingDefinition(k, p));
      if (prior) {
        prior.unique ||= p.unique;
        prior.name ??= p.name;
        continue;
      }
      kept.push(p);
    }
    for (const p of kept) {
      if (p.usingIndex) this.constraintUsingIndex(table, p);
      else this.buildIndex(table, p, only);
    }
    // A constraint added to a partitioned table reaches its partitions, unless ONLY.
    if (kept.length && table.partitioned && !only) {
      for (const child of this.partitionsOf(table)) this.inheritFromParent(child, table, true);
    }
  }

  private constraintUsingIndex(table: Table, p: PendingIndex): void {
    const index = this.model.findIndex(table.schema, p.usingIndex!);
    if (!index) {
      this.note(`constraint uses index ${p.usingIndex}, which is not in the model`);
      return;
    }
    const name = p.name ?? index.name;
    if (name !== index.name) this.model.renameIndex(index, name);
    // Not removeIndex: that would take the partitions' copies with it.
    this.model.setIndexConstraint(index, { name, kind: p.constraint!, deferrable: p.deferrable });
    this.touched.add(index.table);
  }

  private createPendingForeignKeys(table: Table, fks: PendingForeignKey[]): void {
    const chosen: string[] = [];
    for (const fk of fks) {
      const refTable = this.model.findTable(fk.refTable.schemaname, fk.refTable.relname);
      let refColumns = fk.refColumns;
      if (refColumns.length === 0 && refTable) {
        const pk = this.model.indexesOn(tableKey(refTable.schema, refTable.name)).find((i) => i.constraint?.kind === 'primary');
        refColumns = pk ? pk.keys.map((k) => (k.kind === 'column' ? k.column : k.expression)) : [];
      }
      const name =
        fk.name ??
        chooseName(table.name, nameAddition(fk.columns), 'fkey', (n) => chosen.includes(n) || this.model.constraintNameTaken(table.schema, n));
      chosen.push(name);
      const created: ForeignKey = {
        name,
        table: tableKey(table.schema, table.name),
        columns: fk.columns,
        referencedTable: refTable ? tableKey(refTable.schema, refTable.name) : tableKey(this.model.creationSchema(fk.refTable.schemaname), fk.refTable.relname),
        referencedColumns: refColumns,
        origin: this.origin,
        parentForeignKey: null,
      };
      this.model.addForeignKey(table, created);
      if (table.partitioned) {
        for (const child of this.partitionsOf(table)) this.copyForeignKey(child, created);
      }
      this.touched.add(created.table);
    }
  }

  /** The table, and unless ONLY, its partitions and inheriting tables, all the way down. */
  private withDescendants(table: Table, only: boolean): Table[] {
    const out = [table];
    if (only || !this.model.hasDescendantTables) return out;
    for (let i = 0; i < out.length; i++) {
      const key = tableKey(out[i].schema, out[i].name);
      for (const t of this.model.tables.values()) {
        if ((t.partitionOf === key || t.inheritsFrom.includes(key)) && !out.includes(t)) out.push(t);
      }
    }
    return out;
  }

  private partitionsOf(table: Table): Table[] {
    const key = tableKey(table.schema, table.name);
    return [...this.model.tables.values()].filter((t) => t.partitionOf === key);
  }

  private copyForeignKey(child: Table, parentFk: ForeignKey): void {
    if (child.foreignKeys.some((f) => f.parentForeignKey === parentFk)) return;
    this.model.addForeignKey(child, { ...parentFk, table: tableKey(child.schema, child.name), parentForeignKey: parentFk });
  }

  /** A partition gets a copy of each of its parent's indexes and foreign keys. */
  private inheritFromParent(child: Table, parent: Table, attachExisting: boolean): void {
    const childKey = tableKey(child.schema, child.name);
    for (const parentIndex of this.model.indexesOn(tableKey(parent.schema, parent.name))) {
      if (this.model.indexesOn(childKey).some((i) => i.parentIndex === parentIndex)) continue;
      // An existing index of the partition is attached (ATTACH PARTITION, or a later index on the parent);
      // the partition's own constraints of CREATE TABLE ... PARTITION OF are not.
      const existing = attachExisting ? this.model.indexesOn(childKey).find((i) => !i.parentIndex && sameDefinition(i, parentIndex)) : undefined;
      if (existing) {
        existing.parentIndex = parentIndex;
        continue;
      }
      const names = indexColumnNames(parentIndex.keys.map((k) => (k.kind === 'column' ? { column: k.column } : { functionName: null })));
      const label = parentIndex.constraint?.kind === 'primary' ? 'pkey' : parentIndex.constraint ? (parentIndex.constraint.kind === 'exclusion' ? 'excl' : 'key') : 'idx';
      const name = chooseName(child.name, label === 'pkey' ? null : nameAddition(names), label, (n) => this.model.relationExists(child.schema, n));
      this.model.addIndex({
        ...parentIndex,
        schema: child.schema,
        name,
        table: childKey,
        constraint: parentIndex.constraint ? { ...parentIndex.constraint, name } : null,
        parentIndex,
        origin: this.origin,
      });
    }
    for (const fk of parent.foreignKeys) this.copyForeignKey(child, fk);
    this.touched.add(childKey);
  }

  private createTableAs(node: AstNode): void {
    const into = node.into?.rel;
    if (!into) return;
    const schema = this.model.creationSchema(into.schemaname);
    if (this.model.tables.has(tableKey(schema, into.relname))) return;
    this.model.addTable(newTable(schema, into.relname, { unknownColumns: true }));
  }

  private otherRelation(rv: AstNode | undefined): void {
    if (rv) this.model.otherRelations.add(tableKey(this.model.creationSchema(rv.schemaname), rv.relname));
  }

  // ---- indexes -----------------------------------------------------------

  private createIndex(node: AstNode): void {
    const rv = node.relation;
    const table = this.tableFor(rv);
    const pending: PendingIndex = {
      name: node.idxname ?? null,
      method: (node.accessMethod ?? 'btree').toLowerCase(),
      elems: (node.indexParams ?? []).map((p: AstNode) => p.IndexElem),
      include: (node.indexIncludingParams ?? []).map((p: AstNode) => p.IndexElem.name).filter(Boolean),
      where: node.whereClause ?? null,
      unique: Boolean(node.unique),
      nullsNotDistinct: Boolean(node.nulls_not_distinct),
      constraint: null,
      deferrable: false,
      initiallyDeferred: false,
      usingIndex: null,
    };
    const only = rv.inh !== true;
    if (node.idxname && this.model.relationExists(table.schema, node.idxname)) {
      this.existingName(table, node, pending, only);
      return;
    }
    const index = this.buildIndex(table, pending, only);
    if (index && table.partitioned && rv.inh === true) {
      for (const child of this.partitionsOf(table)) this.inheritFromParent(child, table, true);
    }
  }

  /**
   * CREATE INDEX of a name that is taken. Over a live database, an index
   * already there with the same definition means the migration was applied;
   * another definition is a conflict. Otherwise PostgreSQL rejects the statement
   * (or, with IF NOT EXISTS, skips it).
   */
  private existingName(table: Table, node: AstNode, pending: PendingIndex, only: boolean): void {
    const name: string = node.idxname;
    const existing = this.model.indexes.get(tableKey(table.schema, name));
    if (existing && existing.origin.file === null) {
      const candidate = this.makeIndex(table, pending, only);
      if (existing.table === candidate.table && sameDefinition(existing, candidate)) {
        this.note(`index ${name} is already in the database with this definition: treated as applied`);
      } else {
        this.note(
          `index ${name} already exists in the database with another definition: this statement ${node.if_not_exists ? 'does nothing (IF NOT EXISTS), so the index it describes is never built' : 'fails'}`,
          'conflict',
        );
      }
      return;
    }
    if (!node.if_not_exists) this.note(`relation ${name} already exists: PostgreSQL rejects this statement, so it is not applied`);
  }

  /** The table a statement names; a table the model has never seen is added with unknown columns. */
  private tableFor(rv: AstNode): Table {
    const found = this.model.findTable(rv.schemaname, rv.relname);
    if (found) return found;
    const schema = this.model.creationSchema(rv.schemaname);
    const table = newTable(schema, rv.relname, { unknownColumns: true });
    this.model.addTable(table);
    this.note(`table ${rv.relname} is not created by the migrations read: only the indexes and foreign keys they add to it are known`);
    return table;
  }

  private buildIndex(table: Table, p: PendingIndex, only: boolean): Index {
    const index = this.makeIndex(table, p, only);
    this.model.addIndex(index);
    this.touched.add(index.table);
    return index;
  }

  /** The index a specification makes on a table, named as PostgreSQL would, not yet in the model. */
  private makeIndex(table: Table, p: PendingIndex, only: boolean): Index {
    const key = tableKey(table.schema, table.name);
    const keys: IndexKey[] = [];
    const expressionNodes: Array<AstNode | null> = [];
    const nameParts: Array<{ column?: string; functionName?: string | null }> = [];
    for (const written of p.elems) {
      const elem = simpleColumnElem(written, table);
      const descending = elem.ordering === 'SORTBY_DESC';
      const nullsFirst = elem.nulls_ordering === 'SORTBY_NULLS_FIRST' ? true : elem.nulls_ordering === 'SORTBY_NULLS_LAST' ? false : descending;
      if (elem.name) {
        const column = table.columns.find((c) => c.name === elem.name);
        const type = column ? column.type : null;
        keys.push({
          kind: 'column',
          column: elem.name,
          opclass: this.normalOpclass(elem.opclass, p.method, type),
          collation: normalCollation(elem.collation, column?.collation ?? null),
          descending,
          nullsFirst,
        });
        expressionNodes.push(null);
        nameParts.push({ column: elem.name });
      } else {
        const expr = normalizeExpression(stripLocations(elem.expr)) as AstNode;
        keys.push({
          kind: 'expression',
          expression: expressionText(expr),
          columns: [...referencedColumns(expr)],
          opclass: this.normalOpclass(elem.opclass, p.method, null),
          collation: normalCollation(elem.collation, null),
          descending,
          nullsFirst,
        });
        expressionNodes.push(expr);
        nameParts.push({ functionName: figureColumnName(expr) });
      }
    }
    const isConstraint = p.constraint !== null;
    const label = p.constraint === 'primary' ? 'pkey' : p.constraint === 'exclusion' ? 'excl' : isConstraint ? 'key' : 'idx';
    const name =
      p.name ??
      chooseName(table.name, p.constraint === 'primary' ? null : nameAddition(indexColumnNames(nameParts)), label, (n) =>
        this.model.relationExists(table.schema, n) || (isConstraint && this.model.constraintNameTaken(table.schema, n)),
      );
    const predicateNode = p.where ? (normalizeExpression(stripLocations(p.where)) as AstNode) : null;
    return {
      schema: table.schema,
      name,
      table: key,
      method: p.method,
      keys,
      include: [...p.include],
      predicate: predicateNode ? expressionText(predicateNode) : null,
      unique: p.unique || p.constraint === 'primary',
      nullsNotDistinct: p.nullsNotDistinct,
      constraint: p.constraint ? { name, kind: p.constraint, deferrable: p.deferrable } : null,
      // CREATE INDEX ON ONLY a partitioned table with partitions is invalid until every partition's index is attached.
      valid: !(only && table.partitioned && this.partitionsOf(table).length > 0),
      replicaIdentity: false,
      clustered: false,
      parentIndex: null,
      origin: this.origin,
      expressionNodes: expressionNodes.some(Boolean) ? expressionNodes : undefined,
      predicateNode,
    };
  }

  private normalOpclass(opclass: AstNode[] | undefined, method: string, type: string | null): string | null {
    if (!opclass || opclass.length === 0) return null;
    const name = lastName(opclass).toLowerCase();
    return name === defaultOpclass(method, type, this.model.enums) ? null : name;
  }

  private drop(node: AstNode): void {
    const cascade = node.behavior === 'DROP_CASCADE';
    switch (node.removeType) {
      case 'OBJECT_INDEX':
        for (const obj of node.objects ?? []) {
          const [schema, name] = qualified(obj);
          const index = this.model.findIndex(schema, name);
          if (!index) {
            if (!node.missing_ok) this.note(`DROP INDEX ${name}: the index is not in the model`);
            continue;
          }
          this.dropIndex(index, cascade);
        }
        return;
      case 'OBJECT_TABLE':
      case 'OBJECT_MATVIEW':
      case 'OBJECT_FOREIGN_TABLE':
        for (const obj of node.objects ?? []) {
          const [schema, name] = qualified(obj);
          const table = this.model.findTable(schema, name);
          if (table) this.dropTable(table);
        }
        return;
      case 'OBJECT_SEQUENCE':
      case 'OBJECT_VIEW':
        for (const obj of node.objects ?? []) {
          const [schema, name] = qualified(obj);
          for (const s of schema ? [schema] : this.model.searchPath) this.model.otherRelations.delete(tableKey(s, name));
        }
        return;
      case 'OBJECT_SCHEMA':
        for (const obj of node.objects ?? []) {
          const schema = obj.String?.sval;
          if (!schema) continue;
          for (const t of [...this.model.tables.values()]) if (t.schema === schema) this.dropTable(t);
          for (const k of [...this.model.otherRelations]) if (k.startsWith(`${schema}.`)) this.model.otherRelations.delete(k);
          this.model.schemas.delete(schema);
        }
        return;
      default:
    }
  }

  private dropIndex(index: Index, cascade: boolean): void {
    this.model.removeIndex(index);
    this.touched.add(index.table);
    if (cascade && index.unique) this.dropForeignKeysReferencing(index);
  }

  /** With CASCADE, dropping a unique index drops the foreign keys that depend on it. */
  private dropForeignKeysReferencing(index: Index): void {
    const cols = index.keys.map((k) => (k.kind === 'column' ? k.column : '')).sort().join(',');
    for (const t of this.model.tables.values()) {
      for (const fk of [...t.foreignKeys]) {
        if (fk.referencedTable === index.table && [...fk.referencedColumns].sort().join(',') === cols) {
          this.model.removeForeignKey(t, fk);
          this.touched.add(fk.table);
        }
      }
    }
  }

  private dropTable(table: Table): void {
    const key = tableKey(table.schema, table.name);
    for (const t of this.model.tables.values()) {
      for (const fk of [...t.foreignKeys]) {
        if (fk.referencedTable === key && t !== table) {
          this.model.removeForeignKey(t, fk);
          this.touched.add(fk.table);
        }
      }
    }
    for (const child of this.partitionsOf(table)) this.dropTable(child);
    this.model.removeTable(table);
    this.touched.add(key);
  }

  // ---- ALTER TABLE ---------------------------------------------------------

  private alterTable(node: AstNode): void {
    const rv = node.relation;
    if (node.objtype === 'OBJECT_INDEX') return this.alterIndex(node);
    if (node.objtype && node.objtype !== 'OBJECT_TABLE') return;
    // ALTER TABLE IF EXISTS of a table that is not there does nothing.
    if (node.missing_ok && !this.model.findTable(rv.schemaname, rv.relname)) return;
    const target = this.tableFor(rv);
    // ALTER TABLE ONLY: the change stays on this table, not its partitions or children.
    const only = rv.inh !== true;
    const fks: PendingForeignKey[] = [];
    const columnCount = target.columns.length + addedColumnCount(node.cmds ?? [], target);
    if (columnCount > MAX_COLUMNS) return this.tooManyColumns(target.name, columnCount);
    for (const item of node.cmds ?? []) {
      const cmd = item.AlterTableCmd;
      if (!cmd) continue;
      // Each subcommand is transformed on its own: identical constraints are
      // merged within one ADD COLUMN, never across subcommands (checked on a server).
      const pending: PendingIndex[] = [];
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          if (cmd.missing_ok && target.columns.some((c) => c.name === cmd.def.ColumnDef.colname)) break;
          this.addColumn(target, cmd.def.ColumnDef, pending, fks);
          break;
        case 'AT_AddConstraint':
          this.tableConstraint(target, cmd.def.Constraint, pending, fks);
          break;
        case 'AT_DropConstraint':
          this.dropConstraint(target, cmd.name, cmd.behavior === 'DROP_CASCADE');
          break;
        case 'AT_DropColumn':
          for (const t of this.withDescendants(target, only)) this.dropColumn(t, cmd.name, cmd.behavior === 'DROP_CASCADE');
          break;
        case 'AT_AlterColumnType':
          for (const t of this.withDescendants(target, only)) this.alterColumnType(t, cmd.name, cmd.def.ColumnDef);
          break;
        case 'AT_AttachPartition':
          this.attachPartition(target, cmd.def.PartitionCmd.name);
          break;
        case 'AT_DetachPartition':
        case 'AT_DetachPartitionFinalize':
          this.detachPartition(target, cmd.def.PartitionCmd.name);
          break;
        case 'AT_ReplicaIdentity': {
          const ri = cmd.def?.ReplicaIdentityStmt;
          for (const index of this.model.indexesOn(tableKey(target.schema, target.name))) index.replicaIdentity = ri?.identity_type === 'i' && index.name === ri.name;
          break;
        }
        case 'AT_ClusterOn':
          for (const index of this.model.indexesOn(tableKey(target.schema, target.name))) index.clustered = index.name === cmd.name;
          break;
        case 'AT_DropCluster':
          for (const index of this.model.indexesOn(tableKey(target.schema, target.name))) index.clustered = false;
          break;
        default:
      }
      this.createPendingIndexes(target, pending, only);
    }
    this.createPendingForeignKeys(target, fks);
  }

  private alterIndex(node: AstNode): void {
    for (const item of node.cmds ?? []) {
      const cmd = item.AlterTableCmd;
      if (cmd?.subtype !== 'AT_AttachPartition') continue;
      const parent = this.model.findIndex(node.relation.schemaname, node.relation.relname);
      const childRv = cmd.def.PartitionCmd.name;
      const child = this.model.findIndex(childRv.schemaname, childRv.relname);
      if (!parent || !child) continue;
      child.parentIndex = parent;
      const parentTable = this.model.tables.get(parent.table);
      if (parentTable) {
        const partitions = this.partitionsOf(parentTable);
        parent.valid = partitions.every((p) => this.model.indexesOn(tableKey(p.schema, p.name)).some((i) => i.parentIndex === parent));
      }
      this.touched.add(parent.table);
    }
  }

  private dropConstraint(table: Table, name: string, cascade: boolean): void {
    const key = tableKey(table.schema, table.name);
    const index = this.model.indexesOn(key).find((i) => i.constraint?.name === name);
    if (index) {
      this.dropIndex(index, cascade);
      return;
    }
    const fk = table.foreignKeys.find((f) => f.name === name);
    if (fk) {
      this.model.removeForeignKey(table, fk);
      this.touched.add(key);
      return;
    }
    const other = table.otherConstraints.indexOf(name);
    if (other >= 0) {
      table.otherConstraints.splice(other, 1);
      this.model.countConstraintName(table.schema, name, -1);
    }
  }

  /** DROP COLUMN silently drops every index and constraint that uses the column. */
  private dropColumn(table: Table, column: string, cascade: boolean): void {
    const key = tableKey(table.schema, table.name);
    table.columns = table.columns.filter((c) => c.name !== column);
    for (const index of this.model.indexesOn(key)) {
      if (indexUsesColumn(index, column)) this.dropIndex(index, cascade);
    }
    for (const fk of [...table.foreignKeys]) if (fk.columns.includes(column)) this.model.removeForeignKey(table, fk);
    if (cascade) {
      for (const t of this.model.tables.values()) {
        for (const fk of [...t.foreignKeys]) {
          if (fk.referencedTable === key && fk.referencedColumns.includes(column)) {
            this.model.removeForeignKey(t, fk);
            this.touched.add(fk.table);
          }
        }
      }
    }
    this.touched.add(key);
  }

  private alterColumnType(table: Table, column: string, def: AstNode): void {
    const col = table.columns.find((c) => c.name === column);
    if (!col) return;
    col.type = this.typeOf(def.typeName);
    if (def.collClause) col.collation = collationName(def.collClause.collname);
    this.touched.add(tableKey(table.schema, table.name));
    // Foreign keys that reference this column are checked against its new type too.
    const key = tableKey(table.schema, table.name);
    for (const t of this.model.tables.values()) for (const fk of t.foreignKeys) if (fk.referencedTable === key) this.touched.add(fk.table);
  }

  private attachPartition(parent: Table, childRv: AstNode): void {
    const child = this.model.findTable(childRv.schemaname, childRv.relname);
    if (!child) return;
    child.partitionOf = tableKey(parent.schema, parent.name);
    this.model.hasDescendantTables = true;
    this.inheritFromParent(child, parent, true);
  }

  /** A detached partition keeps its indexes and foreign keys as its own. */
  private detachPartition(parent: Table, childRv: AstNode): void {
    const child = this.model.findTable(childRv.schemaname, childRv.relname);
    if (!child) return;
    child.partitionOf = null;
    const childKey = tableKey(child.schema, child.name);
    for (const index of this.model.indexesOn(childKey)) index.parentIndex = null;
    for (const fk of child.foreignKeys) fk.parentForeignKey = null;
    this.touched.add(childKey);
    this.touched.add(tableKey(parent.schema, parent.name));
  }

  // ---- renames and schemas ---------------------------------------------------

  private rename(node: AstNode): void {
    const rv = node.relation;
    switch (node.renameType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_MATVIEW': {
        const table = rv && this.model.findTable(rv.schemaname, rv.relname);
        if (table) {
          this.model.moveTable(table, table.schema, node.newname);
          this.touched.add(tableKey(table.schema, table.name));
        } else if (rv) {
          this.renameOtherRelation(rv, node.newname);
        }
        return;
      }
      case 'OBJECT_INDEX': {
        const index = rv && this.model.findIndex(rv.schemaname, rv.relname);
        if (index) {
          if (index.constraint) {
            this.model.countConstraintName(index.schema, index.constraint.name, -1);
            index.constraint.name = node.newname;
            this.model.countConstraintName(index.schema, node.newname, 1);
          }
          this.model.renameIndex(index, node.newname);
        } else if (rv) {
          this.renameOtherRelation(rv, node.newname);
        }
        return;
      }
      case 'OBJECT_SEQUENCE':
      case 'OBJECT_VIEW':
        if (rv) this.renameOtherRelation(rv, node.newname);
        return;
      case 'OBJECT_COLUMN': {
        const table = rv && this.model.findTable(rv.schemaname, rv.relname);
        if (table) for (const t of this.withDescendants(table, rv.inh !== true)) this.renameColumn(t, node.subname, node.newname);
        return;
      }
      case 'OBJECT_TABCONSTRAINT': {
        const table = rv && this.model.findTable(rv.schemaname, rv.relname);
        if (table) this.renameConstraint(table, node.subname, node.newname);
        return;
      }
      case 'OBJECT_SCHEMA': {
        const from: string = node.subname;
        const to: string = node.newname;
        this.model.schemas.delete(from);
        this.model.schemas.add(to);
        for (const t of [...this.model.tables.values()]) if (t.schema === from) this.model.moveTable(t, to, t.name);
        return;
      }
      default:
    }
  }

  private renameOtherRelation(rv: AstNode, newName: string): void {
    for (const s of rv.schemaname ? [rv.schemaname] : this.model.searchPath) {
      if (this.model.otherRelations.delete(tableKey(s, rv.relname))) {
        this.model.otherRelations.add(tableKey(s, newName));
        return;
      }
    }
  }

  private renameColumn(table: Table, from: string, to: string): void {
    const key = tableKey(table.schema, table.name);
    const col = table.columns.find((c) => c.name === from);
    if (col) col.name = to;
    for (const index of this.model.indexesOn(key)) {
      index.keys = index.keys.map((k, i) => {
        if (k.kind === 'column') return k.column === from ? { ...k, column: to } : k;
        const tree = index.expressionNodes?.[i];
        if (!tree || !k.columns.includes(from)) return k;
        renameColumnInTree(tree, from, to);
        return { ...k, expression: expressionText(tree), columns: [...referencedColumns(tree)] };
      });
      index.include = index.include.map((c) => (c === from ? to : c));
      if (index.predicateNode && referencedColumns(index.predicateNode).has(from)) {
        renameColumnInTree(index.predicateNode, from, to);
        index.predicate = expressionText(index.predicateNode);
      }
    }
    for (const fk of table.foreignKeys) fk.columns = fk.columns.map((c) => (c === from ? to : c));
    for (const t of this.model.tables.values()) {
      for (const fk of t.foreignKeys) if (fk.referencedTable === key) fk.referencedColumns = fk.referencedColumns.map((c) => (c === from ? to : c));
    }
    this.touched.add(key);
  }

  private renameConstraint(table: Table, from: string, to: string): void {
    const key = tableKey(table.schema, table.name);
    const index = this.model.indexesOn(key).find((i) => i.constraint?.name === from);
    if (index) {
      this.model.countConstraintName(table.schema, from, -1);
      this.model.countConstraintName(table.schema, to, 1);
      index.constraint!.name = to;
      // The index behind a constraint always carries the constraint's name.
      this.model.renameIndex(index, to);
      return;
    }
    const fk = table.foreignKeys.find((f) => f.name === from);
    if (fk) {
      this.model.countConstraintName(table.schema, from, -1);
      this.model.countConstraintName(table.schema, to, 1);
      fk.name = to;
    }
  }

  private setSchema(node: AstNode): void {
    if (node.objectType !== 'OBJECT_TABLE') return;
    const table = this.model.findTable(node.relation.schemaname, node.relation.relname);
    if (!table) return;
    this.model.moveTable(table, node.newschema, table.name);
    this.touched.add(tableKey(table.schema, table.name));
  }

  private createSchema(node: AstNode): void {
    // CREATE SCHEMA AUTHORIZATION role names the schema after the role.
    const name: string | undefined = node.schemaname ?? node.authrole?.rolename;
    if (!name) return;
    this.model.schemas.add(name);
    // Elements of CREATE SCHEMA are created in that schema, whatever search_path says.
    const saved = this.model.searchPath;
    this.model.searchPath = [name, ...saved];
    for (const elt of node.schemaElts ?? []) {
      const kind = Object.keys(elt)[0];
      this.dispatch(kind, elt[kind]);
    }
    this.model.searchPath = saved;
  }

  private setVariable(node: AstNode): void {
    if (node.name !== 'search_path') return;
    if (node.kind === 'VAR_RESET' || node.kind === 'VAR_SET_DEFAULT') {
      this.model.searchPath = ['public'];
      return;
    }
    // Each argument of SET is one exact schema name (the parser already folded unquoted ones).
    const values = (node.args ?? []).map((a: AstNode) => a.A_Const?.sval?.sval ?? a.String?.sval).filter((s: unknown): s is string => typeof s === 'string');
    this.model.searchPath = values.filter((s: string) => !IMPLICIT_SCHEMAS.has(s));
  }

  /** pg_dump sets the path with `SELECT pg_catalog.set_config('search_path', '', false)`. */
  private selectSetConfig(node: AstNode): void {
    for (const target of node.targetList ?? []) {
      const call = target.ResTarget?.val?.FuncCall;
      if (!call || lastName(call.funcname) !== 'set_config') continue;
      const [name, value] = call.args ?? [];
      if (name?.A_Const?.sval?.sval === 'search_path' && value?.A_Const) {
        this.model.searchPath = parseSearchPath(value.A_Const.sval?.sval ?? '');
      }
    }
  }

  private cluster(node: AstNode): void {
    if (!node.relation || !node.indexname) return;
    const table = this.model.findTable(node.relation.schemaname, node.relation.relname);
    if (!table) return;
    for (const index of this.model.indexesOn(tableKey(table.schema, table.name))) index.clustered = index.name === node.indexname;
  }

  // ---- procedural code -----------------------------------------------------

  /** A DO block runs when the migration runs: follow what can be known of it (see procedural.ts). */
  private doBlock(node: AstNode): void {
    const language = (node.args ?? []).find((a: AstNode) => a.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval ?? 'plpgsql';
    if (language !== 'plpgsql') {
      this.note(`DO block in ${language} not followed: any schema change inside it is not in the model`);
      return;
    }
    const body = (node.args ?? []).find((a: AstNode) => a.DefElem?.defname === 'as')?.DefElem?.arg?.String?.sval;
    if (typeof body === 'string' && !mayChangeSchema(body)) return;
    const plan = planDoBlock(this.statementText, this.model);
    for (const s of plan.statements) this.dispatch(s.kind, s.node);
    if (plan.unfollowed.length) this.note(`DO block not followed in part: it ${plan.unfollowed.join('; ')}; changes it makes to indexes or constraints are not in the model`);
  }

  /** A function runs only when called; say so when it could change indexes. */
  private createFunction(node: AstNode): void {
    const language = (node.options ?? []).find((o: AstNode) => o.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
    if (language !== 'plpgsql') return;
    const body: AstNode[] = (node.options ?? []).find((o: AstNode) => o.DefElem?.defname === 'as')?.DefElem?.arg?.List?.items ?? [];
    if (body.length && !body.some((b) => typeof b.String?.sval === 'string' && mayChangeSchema(b.String.sval))) return;
    const effect = proceduralSchemaEffect(this.statementText);
    if (effect) this.note(`function ${lastName(node.funcname)} ${effect}; calls to it are not followed`);
  }

  // ---- types ---------------------------------------------------------------

  private typeOf(typeName: AstNode): string {
    const base = canonicalTypeName(lastName(typeName.names));
    const resolved = this.model.domains.get(base) ?? base;
    return typeName.arrayBounds ? `${resolved}[]` : resolved;
  }
}

/** Entries of search_path that never hold the migrations' tables. */
const IMPLICIT_SCHEMAS = new Set(['$user', 'pg_catalog', 'pg_temp']);

/** A search_path string as set_config takes it: comma-separated, unquoted names folded to lower case. */
function parseSearchPath(value: string): string[] {
  const names: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < value.length && (m = re.exec(value)) !== null) {
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].toLowerCase();
    if (name && !IMPLICIT_SCHEMAS.has(name)) names.push(name);
    if (m[0].length === 0) break;
  }
  return names;
}

function strings(list: AstNode[] | undefined): string[] {
  return (list ?? []).map((n) => n.String?.sval).filter((s): s is string => typeof s === 'string');
}

function lastName(list: AstNode[] | undefined): string {
  const names = strings(list);
  return names[names.length - 1] ?? '';
}

function qualified(obj: AstNode): [string | undefined, string] {
  const names = strings(obj.List?.items ?? (obj.String ? [obj] : []));
  return names.length > 1 ? [names[names.length - 2], names[names.length - 1]] : [undefined, names[0]];
}

function collationName(list: AstNode[] | undefined): string {
  return lastName(list);
}

/**
 * An explicit collation equal to the column's is no collation at all.
 * "default" is the database's collation: the column's own only when the column has none.
 */
function normalCollation(list: AstNode[] | undefined, columnCollation: string | null): string | null {
  if (!list || list.length === 0) return null;
  const name = collationName(list);
  if (name === (columnCollation ?? 'default')) return null;
  return name;
}

/**
 * PostgreSQL treats `((a))`, `(a COLLATE x)` and a cast of a column to its own
 * type as the plain column (DefineIndex: a bare Var is a simple attribute).
 */
function simpleColumnElem(elem: AstNode, table: Table): AstNode {
  let expr = elem.expr;
  if (!expr) return elem;
  let collation = elem.collation;
  if (expr.CollateClause && !collation) {
    collation = expr.CollateClause.collname;
    expr = expr.CollateClause.arg;
  }
  while (expr?.TypeCast) {
    const column = singleColumnName(expr.TypeCast.arg);
    const type = canonicalTypeName(lastName(expr.TypeCast.typeName?.names));
    const found = column ? table.columns.find((c) => c.name === column) : undefined;
    if (!found || found.type !== type || expr.TypeCast.typeName?.arrayBounds) break;
    expr = expr.TypeCast.arg;
  }
  const column = singleColumnName(expr);
  if (!column) return elem;
  const { expr: _written, ...rest } = elem;
  return { ...rest, name: column, collation };
}

function singleColumnName(node: AstNode | undefined): string | null {
  const fields: AstNode[] | undefined = node?.ColumnRef?.fields;
  return fields?.length === 1 && fields[0].String ? fields[0].String.sval : null;
}

function isSerial(typeName: AstNode): boolean {
  return /^(small|big)?serial[248]?$/.test(lastName(typeName.names));
}

/** A copy of a parse tree without its source offsets, which would make equal expressions differ. */
function stripLocations<T>(node: T): T {
  if (Array.isArray(node)) return node.map(stripLocations) as T;
  if (node === null || typeof node !== 'object') return node;
  const copy: AstNode = {};
  for (const key in node) if (key !== 'location') copy[key] = stripLocations((node as AstNode)[key]);
  return copy as T;
}

function keyToElem(key: IndexKey, tree: AstNode | null): AstNode {
  const elem: AstNode = {
    ordering: key.descending ? 'SORTBY_DESC' : 'SORTBY_ASC',
    nulls_ordering: key.nullsFirst ? 'SORTBY_NULLS_FIRST' : 'SORTBY_NULLS_LAST',
  };
  if (key.kind === 'column') elem.name = key.column;
  else elem.expr = tree;
  if (key.opclass) elem.opclass = [{ String: { sval: key.opclass } }];
  if (key.collation) elem.collation = [{ String: { sval: key.collation } }];
  return elem;
}

function samePendingDefinition(a: PendingIndex, b: PendingIndex): boolean {
  return (
    a.constraint !== 'exclusion' &&
    b.constraint !== 'exclusion' &&
    a.constraint !== null &&
    b.constraint !== null &&
    a.method === b.method &&
    JSON.stringify(a.elems) === JSON.stringify(b.elems) &&
    JSON.stringify(a.include) === JSON.stringify(b.include) &&
    JSON.stringify(a.where) === JSON.stringify(b.where) &&
    a.nullsNotDistinct === b.nullsNotDistinct &&
    a.deferrable === b.deferrable &&
    a.initiallyDeferred === b.initiallyDeferred
  );
}

/** Same definition, name aside: used to match a partition's index to its parent's. */
function sameDefinition(a: Index, b: Index): boolean {
  return (
    a.method === b.method &&
    JSON.stringify(a.keys) === JSON.stringify(b.keys) &&
    JSON.stringify([...a.include].sort()) === JSON.stringify([...b.include].sort()) &&
    a.predicate === b.predicate &&
    a.unique === b.unique
  );
}

export function indexUsesColumn(index: Index, column: string): boolean {
  return (
    index.keys.some((k) => (k.kind === 'column' ? k.column === column : k.columns.includes(column))) ||
    index.include.includes(column) ||
    (index.predicateNode ? referencedColumns(index.predicateNode).has(column) : false)
  );
}

