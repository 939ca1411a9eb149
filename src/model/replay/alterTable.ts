/** ALTER TABLE subcommands that change columns, constraints or indexes, and ALTER INDEX ... ATTACH PARTITION. */
import type { AlterTableStmt, ColumnDef, Constraint } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { tableKey, type Table } from '../types.js';
import { collationName, indexUsesColumn, lastName } from './ast.js';
import { type ReplayContext, type PendingIndex, type PendingForeignKey, type Relation, MAX_COLUMNS, rejected, takenConstraintName, tooManyColumns, tableFor, typeOf } from './context.js';
import { addColumn, declaredDomain, otherConstraint, pendingFromConstraint, tableConstraint, createPendingForeignKeys } from './tables.js';
import {
  addColumnRefusal,
  addColumnToChildren,
  addedForeignKeys,
  checkSystemColumnRefusal,
  columnNames,
  dropColumnRefusal,
  dropColumnWithChildren,
  foreignKeyColumnsRefusal,
  indexColumnsRefusal,
  mayHaveColumnDependents,
  ownColumnsAfterUnlink,
} from './columns.js';
import { createPendingIndexes, dropIndex } from './indexes.js';
import { columnDefinitionRefusal, constraintsRefusal, foreignKeyTypesRefusal, noInheritRefusal, typeChangeRefusal } from './rejections.js';
import { alterColumnTraits, checkConstraintChanged, columnDropped } from './columnMerge.js';
import { partitionedExclusionRefusal } from './partitionKey.js';
import { constraintDependencyRefusal } from './dependencies.js';
import { attachPartition, declaredUniqueKeys, detachPartition, revalidate, uniqueKeyRefusal, withDescendants } from './partitions.js';

/** How many columns ALTER TABLE subcommands add that `table` does not have yet. */
function addedColumnCount(cmds: AstNode[], table: Table): number {
  const names: string[] = cmds.flatMap((item) => (item.AlterTableCmd?.subtype === 'AT_AddColumn' ? [item.AlterTableCmd.def?.ColumnDef?.colname] : []));
  if (!names.length) return 0;
  const existing = new Set(table.columns.map((c) => c.name));
  return new Set(names.filter((n) => !existing.has(n))).size;
}

/** The types ALTER COLUMN ... TYPE gives, by column. */
function newColumnTypes(ctx: ReplayContext, cmds: AstNode[] | undefined): Map<string, string> {
  const types = new Map<string, string>();
  for (const item of cmds ?? []) {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype === 'AT_AlterColumnType' && cmd.def?.ColumnDef?.typeName) types.set(cmd.name, typeOf(ctx, cmd.def.ColumnDef.typeName));
  }
  return types;
}

/** The column and constraint definitions that ALTER TABLE adds, as CREATE TABLE would list them. */
function addedDefinitions(cmds: AstNode[] | undefined): AstNode[] {
  return (cmds ?? []).flatMap((item) => {
    const cmd = item.AlterTableCmd;
    return cmd?.subtype === 'AT_AddColumn' || cmd?.subtype === 'AT_AddConstraint' ? [cmd.def] : [];
  });
}

/** The constraints ALTER TABLE subcommands add, on their own or with a column. */
function addedConstraints(cmds: AstNode[]): Constraint[] {
  return cmds.flatMap((item) => {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype === 'AT_AddConstraint' && cmd.def?.Constraint) return [cmd.def.Constraint];
    if (cmd?.subtype === 'AT_AddColumn') return (cmd.def?.ColumnDef?.constraints ?? []).map((c: AstNode) => c.Constraint).filter(Boolean);
    return [];
  });
}

/**
 * Why PostgreSQL refuses ALTER TABLE ... INHERIT: a table cannot inherit from
 * itself or from one of its own descendants, and partitions and partitioned
 * tables take no part in inheritance.
 */
function inheritRefusal(ctx: ReplayContext, target: Table, cmds: AstNode[] | undefined): string | null {
  for (const item of cmds ?? []) {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype === 'AT_DropInherit' && target.ofType) return `cannot change inheritance of typed table ${target.name}`;
    if (cmd?.subtype !== 'AT_AddInherit') continue;
    if (target.ofType) return `cannot change inheritance of typed table ${target.name}`;
    const parentRv = cmd.def?.RangeVar as Relation | undefined;
    const parent = parentRv && ctx.model.findTable(parentRv.schemaname, parentRv.relname);
    if (!parent) continue;
    if (target.partitioned || target.partitionOf || parent.partitioned || parent.partitionOf) return 'a partition or partitioned table takes no part in inheritance';
    if (withDescendants(ctx, target, false).includes(parent)) return `circular inheritance: ${parent.name} would inherit from itself`;
  }
  return null;
}

/**
 * Why PostgreSQL refuses the columns ALTER TABLE adds or drops, or a key or
 * foreign key it adds for a column that is not there, or null. PostgreSQL
 * drops columns first, then adds columns, then constraints: a constraint
 * names the columns left after both.
 */
function columnsRefusal(ctx: ReplayContext, target: Table, cmds: AstNode[], only: boolean): string | null {
  const columns = columnNames(ctx, target);
  for (const item of cmds) {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype === 'AT_DropColumn') {
      const refusal = dropColumnRefusal(ctx, target, cmd.name, Boolean(cmd.missing_ok), only, cmd.behavior === 'DROP_CASCADE');
      if (refusal) return refusal;
      columns?.delete(cmd.name);
    }
  }
  for (const item of cmds) {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype !== 'AT_AddColumn') continue;
    const name = cmd.def?.ColumnDef?.colname;
    if (cmd.missing_ok && target.columns.some((c) => c.name === name)) continue;
    const refusal = addColumnRefusal(ctx, target, only);
    if (refusal) return refusal;
    columns?.add(name);
  }
  if (!columns) return null;
  // INHERIT comes after the columns are added and dropped: the table must then have every column of the parent.
  for (const item of cmds) {
    const cmd = item.AlterTableCmd;
    const parentRv = cmd?.subtype === 'AT_AddInherit' ? (cmd.def?.RangeVar as Relation | undefined) : undefined;
    const parent = parentRv && ctx.model.findTable(parentRv.schemaname, parentRv.relname);
    const missing = parent && columnNames(ctx, parent) ? parent.columns.find((c) => !columns.has(c.name)) : undefined;
    if (missing) return `child table is missing column "${missing.name}"`;
  }
  for (const con of addedConstraints(cmds)) {
    if (con.contype !== 'CONSTR_PRIMARY' && con.contype !== 'CONSTR_UNIQUE' && con.contype !== 'CONSTR_EXCLUSION') continue;
    const refusal = con.indexname ? null : indexColumnsRefusal(columns, pendingFromConstraint(con), 'key');
    if (refusal) return refusal;
  }
  for (const fk of addedForeignKeys(addedDefinitions(cmds))) {
    const referenced = ctx.model.findTable(fk.con.pktable?.schemaname, fk.con.pktable?.relname);
    const refusal = foreignKeyColumnsRefusal(columns, fk, referenced === target ? columns : columnNames(ctx, referenced));
    if (refusal) return refusal;
  }
  return null;
}

export function alterTable(ctx: ReplayContext, node: AlterTableStmt): void {
  const rv = node.relation as Relation;
  if (node.objtype === 'OBJECT_INDEX') return alterIndex(ctx, node);
  if (node.objtype && node.objtype !== 'OBJECT_TABLE') return;
  // ALTER TABLE IF EXISTS of a table that is not there does nothing.
  if (node.missing_ok && !ctx.model.findTable(rv.schemaname, rv.relname)) return;
  // ALTER TABLE of a view, sequence or index changes no table: PostgreSQL
  // refuses what would (columns, constraints) and the rest leaves the model
  // as it is. Taking it for an unseen table would shadow the view.
  const found = ctx.model.findRelation(rv.schemaname, rv.relname);
  if (found && found.kind !== 'table') return;
  const target = tableFor(ctx, rv);
  // ALTER TABLE ONLY: the change stays on this table, not its partitions or children.
  const only = rv.inh !== true;
  const fks: PendingForeignKey[] = [];
  const checks: Constraint[] = [];
  const columnCount = target.columns.length + addedColumnCount(node.cmds ?? [], target);
  if (columnCount > MAX_COLUMNS) return tooManyColumns(ctx, target.name, columnCount);
  const added = addedDefinitions(node.cmds as AstNode[] | undefined);
  const refusal =
    constraintsRefusal(added) ??
    foreignKeyTypesRefusal(ctx, target, added, newColumnTypes(ctx, node.cmds as AstNode[] | undefined)) ??
    noInheritRefusal(target.partitioned, target.name, added) ??
    added.reduce<string | null>((refusal, element) => refusal ?? (element.ColumnDef ? columnDefinitionRefusal(element.ColumnDef, target.name, null) : null), null) ??
    typeChangeRefusal(ctx, target, newColumnTypes(ctx, node.cmds as AstNode[] | undefined)) ??
    (target.partitioned && target.partitionKey ? uniqueKeyRefusal(target.partitionKey, declaredUniqueKeys(added)) : null) ??
    (target.partitioned ? partitionedExclusionRefusal(target.partitionKey, added) : null) ??
    inheritRefusal(ctx, target, node.cmds as AstNode[] | undefined) ??
    checkSystemColumnRefusal(target.name, added) ??
    constraintDependencyRefusal(ctx, target, node.cmds as AstNode[] | undefined) ??
    columnsRefusal(ctx, target, (node.cmds ?? []) as AstNode[], only);
  if (refusal) return rejected(ctx, `ALTER TABLE ${target.name}: ${refusal}`);
  const dropped = new Set<string>((node.cmds ?? []).flatMap((item: AstNode) => (item.AlterTableCmd?.subtype === 'AT_DropConstraint' ? [item.AlterTableCmd.name] : [])));
  const taken = takenConstraintName(ctx, target, target.schema, target.name, addedConstraints(node.cmds ?? []), 'alter', dropped);
  if (taken) return rejected(ctx, `${taken} on ${target.name}`);
  for (const item of (node.cmds ?? []) as AstNode[]) {
    const cmd = item.AlterTableCmd;
    if (!cmd) continue;
    // Each subcommand is transformed on its own: identical constraints are
    // merged within one ADD COLUMN, never across subcommands (checked on a server).
    const pending: PendingIndex[] = [];
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const name = cmd.def.ColumnDef.colname;
        if (cmd.missing_ok && target.columns.some((c) => c.name === name)) break;
        addColumn(ctx, target, cmd.def.ColumnDef, pending, fks, checks);
        // The column reaches every child table (ONLY is refused when there are any).
        const added = target.columns.find((c) => c.name === name);
        if (added) addColumnToChildren(ctx, target, added);
        break;
      }
      case 'AT_AddConstraint':
        tableConstraint(ctx, target, cmd.def.Constraint, pending, fks, checks);
        break;
      case 'AT_DropConstraint':
        dropConstraint(ctx, target, cmd.name, cmd.behavior === 'DROP_CASCADE');
        break;
      case 'AT_DropColumn':
        dropColumnWithChildren(ctx, target, cmd.name, !only, (t) => dropColumn(ctx, t, cmd.name, cmd.behavior === 'DROP_CASCADE'));
        break;
      case 'AT_AlterColumnType':
        for (const t of withDescendants(ctx, target, only)) alterColumnType(ctx, t, cmd.name, cmd.def.ColumnDef);
        break;
      case 'AT_SetCompression':
      case 'AT_DropExpression':
      case 'AT_SetExpression':
        alterColumnTraits(withDescendants(ctx, target, only), cmd);
        break;
      case 'AT_AttachPartition':
        attachPartition(ctx, target, cmd.def.PartitionCmd.name, Boolean(cmd.def.PartitionCmd.bound?.is_default));
        break;
      case 'AT_DetachPartition':
      case 'AT_DetachPartitionFinalize':
        detachPartition(ctx, target, cmd.def.PartitionCmd.name, cmd.subtype === 'AT_DetachPartitionFinalize');
        break;
      case 'AT_AddInherit':
      case 'AT_DropInherit': {
        // INHERIT / NO INHERIT: which columns the table inherits, and so may rename on its own.
        const parentRv = cmd.def?.RangeVar as Relation | undefined;
        const parent = parentRv && ctx.model.findTable(parentRv.schemaname, parentRv.relname);
        if (!parent) break;
        const parentKey = tableKey(parent.schema, parent.name);
        target.inheritsFrom = target.inheritsFrom.filter((k) => k !== parentKey);
        if (cmd.subtype === 'AT_AddInherit') target.inheritsFrom.push(parentKey);
        else ownColumnsAfterUnlink(ctx, target);
        ctx.model.hasDescendantTables = true;
        break;
      }
      case 'AT_AddOf':
        target.ofType = lastName(cmd.def?.TypeName?.names as AstNode[]);
        break;
      case 'AT_DropOf':
        delete target.ofType;
        break;
      case 'AT_ReplicaIdentity': {
        const ri = cmd.def?.ReplicaIdentityStmt;
        for (const index of ctx.model.indexesOn(tableKey(target.schema, target.name))) index.replicaIdentity = ri?.identity_type === 'i' && index.name === ri.name;
        break;
      }
      case 'AT_ClusterOn':
        for (const index of ctx.model.indexesOn(tableKey(target.schema, target.name))) index.clustered = index.name === cmd.name;
        break;
      case 'AT_DropCluster':
        for (const index of ctx.model.indexesOn(tableKey(target.schema, target.name))) index.clustered = false;
        break;
      default:
    }
    createPendingIndexes(ctx, target, pending, only);
  }
  // PostgreSQL adds CHECK constraints after every index of the statement, so their names avoid those.
  for (const con of checks) otherConstraint(ctx, target, con);
  createPendingForeignKeys(ctx, target, fks);
}

export function alterIndex(ctx: ReplayContext, node: AlterTableStmt): void {
  const relation = node.relation as Relation;
  for (const item of (node.cmds ?? []) as AstNode[]) {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype !== 'AT_AttachPartition') continue;
    const parent = ctx.model.findIndex(relation.schemaname, relation.relname);
    const childRv = cmd.def.PartitionCmd.name;
    const child = ctx.model.findIndex(childRv.schemaname, childRv.relname);
    if (!parent || !child) continue;
    child.parentIndex = parent;
    revalidate(ctx, parent);
    ctx.touched.add(parent.table);
  }
}

export function dropConstraint(ctx: ReplayContext, table: Table, name: string, cascade: boolean): void {
  const key = tableKey(table.schema, table.name);
  const index = ctx.model.indexesOn(key).find((i) => i.constraint?.name === name);
  if (index) {
    dropIndex(ctx, index, cascade);
    return;
  }
  const fk = table.foreignKeys.find((f) => f.name === name);
  if (fk) {
    ctx.model.removeForeignKey(table, fk);
    ctx.touched.add(key);
    return;
  }
  const other = table.otherConstraints.indexOf(name);
  if (other >= 0) {
    table.otherConstraints.splice(other, 1);
    ctx.model.countConstraintName(table.schema, name, -1);
    checkConstraintChanged(table, name, null);
  }
}

/** DROP COLUMN silently drops every index and constraint that uses the column. */
export function dropColumn(ctx: ReplayContext, table: Table, column: string, cascade: boolean): void {
  const key = tableKey(table.schema, table.name);
  const generatedReaders = columnDropped(table, column, cascade);
  // What the model does not keep may depend on the column, and make PostgreSQL refuse the drop.
  if (!cascade && table.columns.some((c) => c.name === column) && mayHaveColumnDependents(ctx, table)) table.uncertainColumns = [...(table.uncertainColumns ?? []), column];
  table.columns = table.columns.filter((c) => c.name !== column);
  for (const reader of generatedReaders) dropColumn(ctx, table, reader, cascade);
  for (const s of table.ownedSequences.filter((s) => s.column === column)) ctx.model.otherRelations.delete(tableKey(table.schema, s.name));
  table.ownedSequences = table.ownedSequences.filter((s) => s.column !== column);
  for (const index of ctx.model.indexesOn(key)) {
    if (indexUsesColumn(index, column)) dropIndex(ctx, index, cascade);
  }
  for (const fk of [...table.foreignKeys]) if (fk.columns.includes(column)) ctx.model.removeForeignKey(table, fk);
  if (cascade) {
    for (const t of ctx.model.tables.values()) {
      for (const fk of [...t.foreignKeys]) {
        if (fk.referencedTable === key && fk.referencedColumns.includes(column)) {
          ctx.model.removeForeignKey(t, fk);
          ctx.touched.add(fk.table);
        }
      }
    }
  }
  ctx.touched.add(key);
}

export function alterColumnType(ctx: ReplayContext, table: Table, column: string, def: ColumnDef): void {
  const col = table.columns.find((c) => c.name === column);
  if (!col) return;
  col.type = typeOf(ctx, def.typeName!);
  const { domain } = declaredDomain(ctx, def);
  if (domain) col.domain = domain;
  else delete col.domain;
  if (def.collClause) col.collation = collationName(def.collClause.collname);
  ctx.touched.add(tableKey(table.schema, table.name));
  // Foreign keys that reference this column are checked against its new type too.
  const key = tableKey(table.schema, table.name);
  for (const t of ctx.model.tables.values()) for (const fk of t.foreignKeys) if (fk.referencedTable === key) ctx.touched.add(fk.table);
}
