/** CREATE TABLE (columns, constraints, LIKE), CREATE TABLE AS, and the foreign keys a table declares. */
import type { ColumnDef, Constraint, CreateStmt, CreateTableAsStmt, SelectStmt, TableLikeClause } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { chooseName, nameAddition } from '../naming.js';
import { TEMP_SCHEMA } from '../schema.js';
import { expressionTreeOf, predicateTreeOf } from '../trees.js';
import { newTable, tableKey, type ConstraintKind, type ForeignKey, type Table } from '../types.js';
import { strings, collationName, isSerial, keyToElem } from './ast.js';
import { type ReplayContext, type PendingIndex, type PendingForeignKey, type Relation, MAX_COLUMNS, checkConstraintName, rejected, takenConstraintName, tooManyColumns, typeOf } from './context.js';
import { buildIndex, createPendingIndexes } from './indexes.js';
import { columnDefinitionRefusal, constraintsRefusal, foreignKeyColumnTypesRefusal, foreignKeyTypesRefusal, noInheritRefusal, tableMethodRefusal, tableParametersRefusal } from './rejections.js';
import { recordDependencies } from './dependencies.js';
import { attachRefusal, copyForeignKey, declaredUniqueKeys, inheritFromParent, partitionKeyColumns, partitionsOf, uniqueKeyRefusal } from './partitions.js';

export function createTable(ctx: ReplayContext, node: CreateStmt): void {
  const rv = node.relation as Relation;
  const temporary = rv.relpersistence === 't';
  const schema = temporary ? TEMP_SCHEMA : ctx.model.creationSchema(rv.schemaname);
  const key = tableKey(schema, rv.relname);
  // A table's name is a relation name: no table, index, sequence or view of the schema may have it.
  if (ctx.model.relationExists(schema, rv.relname)) {
    if (!node.if_not_exists) ctx.note(`${ctx.model.tables.has(key) ? 'table' : 'relation'} ${rv.relname} already exists: PostgreSQL rejects this statement, so it is not applied`);
    return;
  }
  const constraints = (node.tableElts ?? []).flatMap((elt: AstNode) => (elt.Constraint ? [elt.Constraint] : (elt.ColumnDef?.constraints ?? []).map((c: AstNode) => c.Constraint)));
  const taken = takenConstraintName(ctx, null, schema, rv.relname, constraints.filter(Boolean), 'create');
  if (taken) return rejected(ctx, taken);
  const columnDefs = (node.tableElts ?? []).filter((elt: AstNode) => elt.ColumnDef).length;
  if (columnDefs > MAX_COLUMNS) return tooManyColumns(ctx, rv.relname, columnDefs);
  const partitionKey = node.partspec ? partitionKeyColumns(node.partspec.partParams as AstNode[] | undefined) : null;
  const refusal =
    tableParametersRefusal(node.options) ??
    tableMethodRefusal(node.accessMethod) ??
    noInheritRefusal(Boolean(node.partspec), rv.relname, node.tableElts as AstNode[] | undefined) ??
    columnsRefusal(node) ??
    constraintsRefusal(node.tableElts as AstNode[] | undefined) ??
    foreignKeyTypesRefusal(ctx, null, node.tableElts as AstNode[] | undefined) ??
    ((partitionKey && uniqueKeyRefusal(partitionKey, declaredUniqueKeys(node.tableElts as AstNode[] | undefined))) || null);
  if (refusal) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${refusal}`);
  // Only a plain table can be inherited from: a partitioned table or a partition cannot.
  const inherited = node.partbound ? [] : ((node.inhRelations ?? []) as AstNode[]).map((inh) => ctx.model.findTable(inh.RangeVar?.schemaname, inh.RangeVar?.relname));
  const notInheritable = inherited.find((p) => p?.partitioned || p?.partitionOf);
  if (notInheritable) return rejected(ctx, `CREATE TABLE ${rv.relname}: cannot inherit from ${notInheritable.partitioned ? 'partitioned table' : 'partition'} ${notInheritable.name}`);
  const isDefault = Boolean(node.partbound?.is_default);
  const table = newTable(schema, rv.relname, { partitioned: Boolean(node.partspec), partitionKey, defaultPartition: isDefault });
  const pending: PendingIndex[] = [];
  const likePending: PendingIndex[] = [];
  const fks: PendingForeignKey[] = [];
  const parentRv = node.partbound ? ((node.inhRelations?.[0] as AstNode | undefined)?.RangeVar as Relation | undefined) : undefined;
  const parent = parentRv ? ctx.model.findTable(parentRv.schemaname, parentRv.relname) : undefined;
  const attachRefused = parent && attachRefusal(ctx, parent, undefined, isDefault, schema);
  if (attachRefused) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${attachRefused}`);
  if (parent) {
    table.columns = parent.columns.map((c) => ({ ...c }));
    table.partitionOf = tableKey(parent.schema, parent.name);
    ctx.model.hasDescendantTables = true;
  } else if (parentRv) {
    table.unknownColumns = true;
  }
  for (const inh of (node.partbound ? [] : (node.inhRelations ?? [])) as AstNode[]) {
    const p = ctx.model.findTable(inh.RangeVar?.schemaname, inh.RangeVar?.relname);
    // Partitions and partitioned tables take no part in inheritance.
    const inheritRefused = p?.partitionOf ? `${p.name} is a partition` : p?.partitioned ? `${p.name} is partitioned` : node.partspec && p ? 'a partitioned table inherits from no table' : null;
    if (inheritRefused) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${inheritRefused}`);
    if (p) {
      table.columns.push(...p.columns.map((c) => ({ ...c })));
      table.inheritsFrom.push(tableKey(p.schema, p.name));
      ctx.model.hasDescendantTables = true;
    } else table.unknownColumns = true;
  }
  if (node.ofTypename) table.unknownColumns = true;
  ctx.model.addTable(table);
  ctx.touched.add(key);
  for (const elt of (node.tableElts ?? []) as AstNode[]) {
    if (elt.ColumnDef) addColumn(ctx, table, elt.ColumnDef, pending, fks);
    else if (elt.Constraint) tableConstraint(ctx, table, elt.Constraint, pending, fks);
    else if (elt.TableLikeClause) likeClause(ctx, table, elt.TableLikeClause, likePending);
  }
  // A partition gets its copies of the parent's indexes and foreign keys first (DefineRelation),
  // then the indexes of its own constraints.
  if (parent) inheritFromParent(ctx, table, parent, false);
  createPendingIndexes(ctx, table, pending, false);
  // LIKE's indexes are created after the table's own, each on its own, never merged with them.
  for (const p of likePending) buildIndex(ctx, table, p, false);
  // The column types are known only now, with the inherited and LIKE columns: the table is taken back.
  const typeRefusal = foreignKeyColumnTypesRefusal(ctx, table, fks);
  if (typeRefusal) {
    ctx.model.removeTable(table);
    return rejected(ctx, `CREATE TABLE ${rv.relname}: ${typeRefusal}`);
  }
  createPendingForeignKeys(ctx, table, fks);
}

/** Why PostgreSQL rejects one of CREATE TABLE's column definitions, or null. */
function columnsRefusal(node: CreateStmt): string | null {
  const elements = (node.tableElts ?? []) as AstNode[];
  const defs = elements.filter((elt) => elt.ColumnDef).map((elt) => elt.ColumnDef);
  // References are checked only when the statement lists every column (no inherited, LIKE or OF type columns).
  const allListed = !node.inhRelations?.length && !node.partbound && !node.ofTypename && !elements.some((elt) => elt.TableLikeClause);
  const columns = allListed ? new Map<string, boolean>(defs.map((d) => [String(d.colname), (d.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === 'CONSTR_GENERATED')])) : null;
  for (const def of defs) {
    const refusal = columnDefinitionRefusal(def, String((node.relation as Relation).relname), columns);
    if (refusal) return refusal;
  }
  return null;
}

export function addColumn(ctx: ReplayContext, table: Table, def: ColumnDef, pending: PendingIndex[], fks: PendingForeignKey[], checks?: Constraint[]): void {
  const typeName = def.typeName ? typeOf(ctx, def.typeName) : null;
  const collation = def.collClause ? collationName(def.collClause.collname) : null;
  const existing = table.columns.find((c) => c.name === def.colname);
  if (existing) {
    // PARTITION OF / inheritance: a column definition adds options to an inherited column.
    if (collation) existing.collation = collation;
  } else {
    table.columns.push({ name: def.colname!, type: typeName ?? 'unknown', collation });
    const identity = (def.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === 'CONSTR_IDENTITY');
    if ((def.typeName && isSerial(def.typeName)) || identity) {
      // The sequence takes a relation name that generated index names must avoid.
      const sequence = chooseName(table.name, def.colname!, 'seq', (n) => ctx.model.relationExists(table.schema, n));
      ctx.model.otherRelations.add(tableKey(table.schema, sequence));
      table.ownedSequences.push({ column: def.colname!, name: sequence });
    }
  }
  for (const c of (def.constraints ?? []) as AstNode[]) {
    const con = c.Constraint;
    if (!con) continue;
    if (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE') {
      pending.push(pendingFromConstraint({ ...con, keys: [{ String: { sval: def.colname } }] }));
    } else if (con.contype === 'CONSTR_FOREIGN') {
      fks.push({ name: con.conname ?? null, columns: [def.colname!], refTable: con.pktable as Relation, refColumns: strings(con.pk_attrs), behaviour: foreignKeyBehaviour(con) });
    } else {
      otherConstraint(ctx, table, con, checks);
    }
  }
}

/**
 * A CHECK constraint keeps the name it is given, or the one PostgreSQL
 * chooses; other kinds (NOT NULL, DEFAULT...) keep no name. With `later`,
 * it is only queued there (ALTER TABLE adds CHECKs after the indexes).
 */
export function otherConstraint(ctx: ReplayContext, table: Table, con: Constraint, later?: Constraint[]): void {
  if (later) later.push(con);
  else if (con.conname) addOtherConstraint(ctx, table, con.conname);
  else if (con.contype === 'CONSTR_CHECK') addOtherConstraint(ctx, table, checkConstraintName(ctx, table.schema, table.name, con));
}

export function addOtherConstraint(ctx: ReplayContext, table: Table, name: string): void {
  table.otherConstraints.push(name);
  ctx.model.countConstraintName(table.schema, name, 1);
}

export function tableConstraint(ctx: ReplayContext, table: Table, con: Constraint, pending: PendingIndex[], fks: PendingForeignKey[], checks?: Constraint[]): void {
  switch (con.contype) {
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE':
    case 'CONSTR_EXCLUSION':
      pending.push(pendingFromConstraint(con));
      return;
    case 'CONSTR_FOREIGN':
      fks.push({ name: con.conname ?? null, columns: strings(con.fk_attrs), refTable: con.pktable as Relation, refColumns: strings(con.pk_attrs), behaviour: foreignKeyBehaviour(con) });
      return;
    default:
      otherConstraint(ctx, table, con, checks);
  }
}

export function pendingFromConstraint(con: Constraint): PendingIndex {
  const kind: ConstraintKind = con.contype === 'CONSTR_PRIMARY' ? 'primary' : con.contype === 'CONSTR_UNIQUE' ? 'unique' : 'exclusion';
  const elems: AstNode[] =
    kind === 'exclusion'
      ? (con.exclusions ?? []).map((pair: AstNode) => pair.List.items[0].IndexElem)
      : strings(con.keys).map((name) => ({ name, ordering: 'SORTBY_DEFAULT', nulls_ordering: 'SORTBY_NULLS_DEFAULT' }));
  return {
    name: con.conname ?? null,
    // The index behind a WITHOUT OVERLAPS key is GiST: a range is compared by overlap.
    method: kind === 'exclusion' ? (con.access_method ?? 'gist') : con.without_overlaps ? 'gist' : 'btree',
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
export function likeClause(ctx: ReplayContext, table: Table, like: TableLikeClause, pending: PendingIndex[]): void {
  const relation = like.relation as Relation;
  const source = ctx.model.findTable(relation.schemaname, relation.relname);
  if (!source) {
    table.unknownColumns = true;
    ctx.note(`LIKE ${relation.relname}: the table is not in the model, its columns and indexes are unknown`);
    return;
  }
  for (const c of source.columns) if (!table.columns.some((x) => x.name === c.name)) table.columns.push({ ...c });
  const options: number = like.options ?? 0;
  const INCLUDING_INDEXES = 1 << 6; // CREATE_TABLE_LIKE_INDEXES
  if ((options & INCLUDING_INDEXES) === 0) return;
  for (const index of ctx.model.indexesOn(tableKey(source.schema, source.name))) {
    pending.push({
      name: null,
      method: index.method,
      elems: index.keys.map((k, i) => keyToElem(k, expressionTreeOf(index, i))),
      include: [...index.include],
      where: predicateTreeOf(index),
      unique: index.unique,
      nullsNotDistinct: index.nullsNotDistinct,
      constraint: index.constraint?.kind ?? null,
      deferrable: index.constraint?.deferrable ?? false,
      initiallyDeferred: false,
      usingIndex: null,
      columnNames: index.columnNames,
    });
  }
}

export function createPendingForeignKeys(ctx: ReplayContext, table: Table, fks: PendingForeignKey[]): void {
  const chosen: string[] = [];
  for (const fk of fks) {
    const refTable = ctx.model.findTable(fk.refTable.schemaname, fk.refTable.relname);
    let refColumns = fk.refColumns;
    if (refColumns.length === 0 && refTable) {
      const pk = ctx.model.indexesOn(tableKey(refTable.schema, refTable.name)).find((i) => i.constraint?.kind === 'primary');
      refColumns = pk ? pk.keys.map((k) => (k.kind === 'column' ? k.column : k.expression)) : [];
    }
    const name = fk.name ?? chooseName(table.name, nameAddition(fk.columns), 'fkey', (n) => chosen.includes(n) || ctx.model.constraintNameTaken(table.schema, n));
    chosen.push(name);
    const created: ForeignKey = {
      name,
      table: tableKey(table.schema, table.name),
      columns: fk.columns,
      referencedTable: refTable ? tableKey(refTable.schema, refTable.name) : tableKey(ctx.model.creationSchema(fk.refTable.schemaname), fk.refTable.relname),
      referencedColumns: refColumns,
      origin: ctx.origin,
      parentForeignKey: null,
      behaviour: fk.behaviour,
    };
    ctx.model.addForeignKey(table, created);
    if (table.partitioned) {
      for (const child of partitionsOf(ctx, table)) copyForeignKey(ctx, child, created);
    }
    ctx.touched.add(created.table);
  }
}

/** What decides, besides columns, whether two foreign keys are the same constraint; the parser's defaults written out. */
function foreignKeyBehaviour(con: Constraint): string {
  return [con.fk_upd_action || 'a', con.fk_del_action || 'a', con.fk_matchtype || 's', con.deferrable ? 'd' : '', con.initdeferred ? 'i' : ''].join('');
}

export function createTableAs(ctx: ReplayContext, node: CreateTableAsStmt): void {
  const into = node.into?.rel as Relation | undefined;
  if (into) tableFromQuery(ctx, into, Boolean(node.if_not_exists), node.objtype === 'OBJECT_MATVIEW' ? node.query : null);
}

/** SELECT ... INTO creates a table, as CREATE TABLE AS does. */
export function selectInto(ctx: ReplayContext, node: SelectStmt): void {
  const into = node.intoClause?.rel as Relation | undefined;
  if (into) tableFromQuery(ctx, into, false, null);
}

/** A table (or materialized view, which keeps reading `viewQuery`) of columns the model does not know. */
function tableFromQuery(ctx: ReplayContext, into: Relation, ifNotExists: boolean, viewQuery: unknown): void {
  const schema = into.relpersistence === 't' ? TEMP_SCHEMA : ctx.model.creationSchema(into.schemaname);
  if (ctx.model.relationExists(schema, into.relname)) {
    if (!ifNotExists) rejected(ctx, `relation ${into.relname} already exists`);
    return;
  }
  ctx.model.addTable(newTable(schema, into.relname, { unknownColumns: true }));
  if (viewQuery) recordDependencies(ctx, tableKey(schema, into.relname), viewQuery);
}

/**
 * CREATE SEQUENCE or VIEW: a relation name that is taken from then on. A
 * name already taken is rejected, unless IF NOT EXISTS, or OR REPLACE of a view.
 */
export function otherRelation(ctx: ReplayContext, rv: Relation | undefined, options: { ifNotExists?: boolean; replace?: boolean } = {}): void {
  if (!rv) return;
  const schema = ctx.model.creationSchema(rv.schemaname);
  const key = tableKey(schema, rv.relname);
  if (ctx.model.relationExists(schema, rv.relname)) {
    const replaced = options.replace && ctx.model.otherRelations.has(key);
    if (!options.ifNotExists && !replaced) rejected(ctx, `relation ${rv.relname} already exists`);
    return;
  }
  ctx.model.otherRelations.add(key);
}
