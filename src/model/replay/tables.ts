/** CREATE TABLE (columns, constraints, LIKE), CREATE TABLE AS, and the foreign keys a table declares. */
import type { ColumnDef, Constraint, CreateStmt, CreateTableAsStmt, SelectStmt, TableLikeClause } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { referencedColumns } from '../expressions.js';
import { chooseName, nameAddition } from '../naming.js';
import { TEMP_SCHEMA } from '../schema.js';
import { expressionTreeOf, predicateTreeOf } from '../trees.js';
import { newTable, tableKey, type ConstraintKind, type ForeignKey, type Table } from '../types.js';
import { strings, collationName, isSerial, keyToElem, lastName } from './ast.js';
import {
  type ReplayContext,
  type PendingIndex,
  type PendingForeignKey,
  type Relation,
  MAX_COLUMNS,
  checkConstraintName,
  hasConstraint,
  rejected,
  takenConstraintName,
  tooManyColumns,
  typeOf,
} from './context.js';
import { columnTraits, inheritanceRefusal, LIKE_CONSTRAINTS, likeColumn, likeNoInheritRefusal } from './columnMerge.js';
import { buildIndex, createPendingIndexes, dropTable } from './indexes.js';
import { columnDefinitionRefusal, constraintsRefusal, foreignKeyTypesRefusal, noInheritRefusal, tableMethodRefusal } from './rejections.js';
import { tableParametersRefusal } from './storageParameters.js';
import { recordDependencies } from './dependencies.js';
import { partitionKeyReads, partitionKeyRefusal, partitionedExclusionRefusal } from './partitionKey.js';
import { checkSystemColumnRefusal, columnNames, foreignKeyColumnsRefusal, indexColumnsRefusal, noteColumnDependents } from './columns.js';
import { attachRefusal, copyForeignKey, declaredUniqueKeys, inheritFromParent, partitionKeyColumns, partitionsOf, uniqueKeyRefusal } from './partitions.js';

export function createTable(ctx: ReplayContext, node: CreateStmt): void {
  const rv = node.relation as Relation;
  const key = tableKey(rv.relpersistence === 't' ? TEMP_SCHEMA : ctx.model.creationSchema(rv.schemaname), rv.relname);
  const before = ctx.model.tables.get(key);
  createTableNow(ctx, node);
  const created = ctx.model.tables.get(key);
  if (created && created !== before && node.oncommit === 'ONCOMMIT_DROP') dropAtCommit(ctx, created);
}

/** ON COMMIT DROP: the table is gone when its transaction commits (at once, outside a transaction block). */
function dropAtCommit(ctx: ReplayContext, table: Table): void {
  ctx.atCommit(() => {
    // A rollback to a savepoint may have taken the table already, and a new one of its name is another table.
    if (ctx.model.tables.get(tableKey(table.schema, table.name)) === table) dropTable(ctx, table);
  });
}

/** Why PostgreSQL refuses ON COMMIT for a table, or null: only a temporary table (TEMP, or made in pg_temp) has one. */
function onCommitRefusal(onCommit: string | undefined, schema: string): string | null {
  return onCommit && onCommit !== 'ONCOMMIT_NOOP' && schema !== TEMP_SCHEMA ? 'ON COMMIT can only be used on temporary tables' : null;
}

function createTableNow(ctx: ReplayContext, node: CreateStmt): void {
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
    onCommitRefusal(node.oncommit, schema) ??
    (node.partspec && !node.partbound && node.inhRelations?.length ? 'cannot create partitioned table as inheritance child' : null) ??
    tableParametersRefusal(node.options as AstNode[] | undefined, Boolean(node.partspec)) ??
    tableMethodRefusal(node.accessMethod) ??
    noInheritRefusal(Boolean(node.partspec), rv.relname, node.tableElts as AstNode[] | undefined) ??
    columnsRefusal(node) ??
    checkSystemColumnRefusal(rv.relname, node.tableElts as AstNode[] | undefined) ??
    constraintsRefusal(node.tableElts as AstNode[] | undefined) ??
    ((partitionKey && uniqueKeyRefusal(partitionKey, declaredUniqueKeys(node.tableElts as AstNode[] | undefined))) || null) ??
    (node.partspec ? partitionedExclusionRefusal(partitionKey, node.tableElts as AstNode[] | undefined) : null);
  if (refusal) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${refusal}`);
  // Only a plain table can be inherited from: a partitioned table or a partition cannot.
  const inherited = node.partbound ? [] : ((node.inhRelations ?? []) as AstNode[]).map((inh) => ctx.model.findTable(inh.RangeVar?.schemaname, inh.RangeVar?.relname));
  const notInheritable = inherited.find((p) => p?.partitioned || p?.partitionOf);
  if (notInheritable) return rejected(ctx, `CREATE TABLE ${rv.relname}: cannot inherit from ${notInheritable.partitioned ? 'partitioned table' : 'partition'} ${notInheritable.name}`);
  const mergeRefusal =
    inheritanceRefusal(
      ctx,
      node,
      inherited.filter((p): p is Table => Boolean(p)),
    ) ?? likeNoInheritRefusal(ctx, node);
  if (mergeRefusal) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${mergeRefusal}`);
  const isDefault = Boolean(node.partbound?.is_default);
  const table = newTable(schema, rv.relname, { partitioned: Boolean(node.partspec), partitionKey, defaultPartition: isDefault, owner: ctx.model.currentUser });
  if (node.partspec) table.partitionKeyReads = partitionKeyReads(node.partspec);
  const pending: PendingIndex[] = [];
  const likePending: PendingIndex[] = [];
  const fks: PendingForeignKey[] = [];
  const parentRv = node.partbound ? ((node.inhRelations?.[0] as AstNode | undefined)?.RangeVar as Relation | undefined) : undefined;
  const parent = parentRv ? ctx.model.findTable(parentRv.schemaname, parentRv.relname) : undefined;
  const attachRefused = parent && attachRefusal(ctx, parent, undefined, isDefault, schema);
  if (attachRefused) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${attachRefused}`);
  if (parent) {
    // A partition's columns are its parent's, never its own (attislocal is false).
    table.columns = parent.columns.map((c) => ({ ...c, local: false }));
    table.unknownColumns = parent.unknownColumns;
    mayHaveColumnsOf(table, parent);
    table.partitionOf = tableKey(parent.schema, parent.name);
    ctx.model.hasDescendantTables = true;
  } else if (parentRv) {
    table.unknownColumns = true;
  }
  for (const inh of (node.partbound ? [] : (node.inhRelations ?? [])) as AstNode[]) {
    const p = ctx.model.findTable(inh.RangeVar?.schemaname, inh.RangeVar?.relname);
    // Partitions and partitioned tables take no part in inheritance.
    const inheritRefused = p?.partitionOf ? `${p.name} is a partition` : p?.partitioned ? `${p.name} is partitioned` : null;
    if (inheritRefused) return rejected(ctx, `CREATE TABLE ${rv.relname}: ${inheritRefused}`);
    if (p) {
      // A column two parents have is one column; it is the table's own only if the statement defines it too (addColumn).
      for (const c of p.columns) if (!table.columns.some((x) => x.name === c.name)) table.columns.push({ ...c, local: false });
      if (p.unknownColumns) table.unknownColumns = true;
      mayHaveColumnsOf(table, p);
      table.inheritsFrom.push(tableKey(p.schema, p.name));
      ctx.model.hasDescendantTables = true;
    } else table.unknownColumns = true;
  }
  if (node.ofTypename) {
    table.unknownColumns = true;
    table.ofType = lastName(node.ofTypename.names as AstNode[]);
  }
  ctx.model.addTable(table);
  // Its columns are the ones listed, and those of the tables it takes columns from: known if theirs are.
  const likeSources = ((node.tableElts ?? []) as AstNode[]).flatMap((elt) =>
    elt.TableLikeClause ? [ctx.model.findTable(elt.TableLikeClause.relation?.schemaname, elt.TableLikeClause.relation?.relname)] : [],
  );
  if ([parent, ...inherited, ...likeSources].every((source) => !source || ctx.certainty.certain(source))) ctx.certainty.made(table);
  ctx.touched.add(key);
  for (const elt of (node.tableElts ?? []) as AstNode[]) {
    if (elt.ColumnDef) addColumn(ctx, table, elt.ColumnDef, pending, fks);
    else if (elt.Constraint) tableConstraint(ctx, table, elt.Constraint, pending, fks);
    else if (elt.TableLikeClause) likeClause(ctx, table, elt.TableLikeClause, likePending);
  }
  // Every column is known now, inherited and LIKE ones included: a key or foreign key may name only those.
  const missing = (node.partspec && partitionKeyRefusal(ctx, table, node.partspec)) || createdColumnsRefusal(ctx, table, pending, fks);
  if (missing) {
    ctx.model.removeTable(table);
    return rejected(ctx, `CREATE TABLE ${rv.relname}: ${missing}`);
  }
  // A partition gets its copies of the parent's indexes and foreign keys first (DefineRelation),
  // then the indexes of its own constraints.
  if (parent) inheritFromParent(ctx, table, parent, false);
  createPendingIndexes(ctx, table, pending, false);
  // LIKE's indexes are created after the table's own, each on its own, never merged with them.
  for (const p of likePending) buildIndex(ctx, table, p, false);
  // The column types are known only now, with the inherited and LIKE columns: the table is taken back.
  const typeRefusal = foreignKeyTypesRefusal(ctx, table, node.tableElts as AstNode[] | undefined);
  if (typeRefusal) {
    ctx.model.removeTable(table);
    return rejected(ctx, `CREATE TABLE ${rv.relname}: ${typeRefusal}`);
  }
  createPendingForeignKeys(ctx, table, fks);
}

/** Why PostgreSQL rejects the keys or foreign keys of a new table for a column that is not there, or null. */
function createdColumnsRefusal(ctx: ReplayContext, table: Table, pending: PendingIndex[], fks: PendingForeignKey[]): string | null {
  const columns = columnNames(ctx, table);
  if (!columns) return null;
  for (const p of pending) {
    const refusal = p.usingIndex ? null : indexColumnsRefusal(columns, p, 'key');
    if (refusal) return refusal;
  }
  for (const fk of fks) {
    // The new table is in the model already: a foreign key to itself finds it.
    const referenced = ctx.model.findTable(fk.refTable.schemaname, fk.refTable.relname);
    const refusal = foreignKeyColumnsRefusal(columns, fk, columnNames(ctx, referenced));
    if (refusal) return refusal;
  }
  return null;
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

/** The domain a column definition names, as the `domain` of a column (`{}` when it names none). */
export function declaredDomain(ctx: ReplayContext, def: ColumnDef): { domain?: string } {
  const name = def.typeName ? lastName(def.typeName.names as AstNode[]) : '';
  return ctx.model.domains.has(name) ? { domain: name } : {};
}

export function addColumn(ctx: ReplayContext, table: Table, def: ColumnDef, pending: PendingIndex[], fks: PendingForeignKey[], checks?: Constraint[]): void {
  const typeName = def.typeName ? typeOf(ctx, def.typeName) : null;
  const collation = def.collClause ? collationName(def.collClause.collname) : null;
  const existing = table.columns.find((c) => c.name === def.colname);
  const traits = columnTraits(def);
  if (existing) {
    // PARTITION OF / inheritance: a column definition adds options to an inherited column,
    // which an inheriting table (not a partition) then defines itself too.
    if (collation) existing.collation = collation;
    if (def.compression) existing.compression = traits.compression;
    if (traits.generated) existing.generated = traits.generated;
    if (!table.partitionOf) existing.local = true;
  } else {
    table.columns.push({ name: def.colname!, type: typeName ?? 'unknown', collation, ...traits, ...declaredDomain(ctx, def) });
    const identity = (def.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === 'CONSTR_IDENTITY');
    if ((def.typeName && isSerial(def.typeName)) || identity) {
      // The sequence takes a relation name that generated index names must avoid.
      const sequence = chooseName(table.name, def.colname!, 'seq', (n) => ctx.model.relationExists(table.schema, n));
      ctx.model.otherRelations.add(tableKey(table.schema, sequence));
      table.ownedSequences.push({ column: def.colname!, name: sequence });
    }
  }
  // A generated column's expression reads other columns, which PostgreSQL then will not drop alone.
  if ((def.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === 'CONSTR_GENERATED')) table.columnDependents = true;
  noteColumnDependents(ctx, 'ColumnDef', def as AstNode);
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
  if (later) return void later.push(con);
  const name = con.conname ?? (con.contype === 'CONSTR_CHECK' ? checkConstraintName(ctx, table.schema, table.name, con) : null);
  if (!name) return;
  addOtherConstraint(ctx, table, name);
  if (con.contype === 'CONSTR_CHECK' && con.is_no_inherit) table.noInheritChecks = [...table.noInheritChecks, { name, columns: [...referencedColumns(con.raw_expr)] }];
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

/** A table that takes its columns from `source` may have the columns `source` may still have. */
function mayHaveColumnsOf(table: Table, source: Table): void {
  if (source.uncertainColumns?.length) table.uncertainColumns = [...new Set([...(table.uncertainColumns ?? []), ...source.uncertainColumns])];
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
  if (source.unknownColumns) table.unknownColumns = true;
  mayHaveColumnsOf(table, source);
  const options: number = like.options ?? 0;
  // LIKE's columns are the new table's own, merged with an inherited one of the same name.
  for (const c of source.columns) {
    const existing = table.columns.find((x) => x.name === c.name);
    if (existing) existing.local = true;
    else {
      const { local: _inheritedThere, ...copy } = likeColumn(c, options);
      table.columns.push(copy);
    }
  }
  // INCLUDING CONSTRAINTS copies the CHECK constraints, NO INHERIT ones as they are (the model knows no others).
  if (options & LIKE_CONSTRAINTS) {
    for (const check of source.noInheritChecks.filter((c) => !hasConstraint(ctx, table, c.name))) {
      addOtherConstraint(ctx, table, check.name);
      table.noInheritChecks = [...table.noInheritChecks, check];
    }
  }
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
  if (!into) return;
  const refusal = onCommitRefusal(node.into?.onCommit, into.relpersistence === 't' ? TEMP_SCHEMA : ctx.model.creationSchema(into.schemaname));
  if (refusal) return rejected(ctx, `CREATE TABLE ${into.relname} AS: ${refusal}`);
  const key = tableKey(into.relpersistence === 't' ? TEMP_SCHEMA : ctx.model.creationSchema(into.schemaname), into.relname);
  const before = ctx.model.tables.get(key);
  tableFromQuery(ctx, into, Boolean(node.if_not_exists), node.objtype === 'OBJECT_MATVIEW' ? node.query : null, node.into?.options as AstNode[] | undefined);
  const created = ctx.model.tables.get(key);
  if (created && created !== before && node.into?.onCommit === 'ONCOMMIT_DROP') dropAtCommit(ctx, created);
}

/** SELECT ... INTO creates a table, as CREATE TABLE AS does. */
export function selectInto(ctx: ReplayContext, node: SelectStmt): void {
  const into = node.intoClause?.rel as Relation | undefined;
  if (into) tableFromQuery(ctx, into, false, null);
}

/** A table (or materialized view, which keeps reading `viewQuery`) of columns the model does not know, with the storage parameters `options`. */
function tableFromQuery(ctx: ReplayContext, into: Relation, ifNotExists: boolean, viewQuery: unknown, options?: AstNode[]): void {
  const schema = into.relpersistence === 't' ? TEMP_SCHEMA : ctx.model.creationSchema(into.schemaname);
  if (ctx.model.relationExists(schema, into.relname)) {
    if (!ifNotExists) rejected(ctx, `relation ${into.relname} already exists`);
    return;
  }
  const refusal = tableParametersRefusal(options, false);
  if (refusal) return rejected(ctx, `${into.relname}: ${refusal}`);
  ctx.model.addTable(newTable(schema, into.relname, { unknownColumns: true, owner: ctx.model.currentUser }));
  if (viewQuery) recordDependencies(ctx, tableKey(schema, into.relname), viewQuery);
}

/**
 * CREATE SEQUENCE or VIEW: a relation name that is taken from then on. A
 * name already taken is rejected, unless IF NOT EXISTS, or OR REPLACE of a view.
 * True when the statement made (or replaced) the relation.
 */
export function otherRelation(ctx: ReplayContext, rv: Relation | undefined, options: { ifNotExists?: boolean; replace?: boolean } = {}): boolean {
  if (!rv) return false;
  const schema = ctx.model.creationSchema(rv.schemaname);
  const key = tableKey(schema, rv.relname);
  if (ctx.model.relationExists(schema, rv.relname)) {
    const replaced = Boolean(options.replace && ctx.model.otherRelations.has(key));
    if (!options.ifNotExists && !replaced) rejected(ctx, `relation ${rv.relname} already exists`);
    return replaced;
  }
  ctx.model.otherRelations.add(key);
  ctx.model.relationOwners.set(key, ctx.model.currentUser);
  return true;
}
