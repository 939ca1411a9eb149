/** Partitions and inheritance: what a child table gets from its parent, attached or detached. */
import type { AstNode } from '../../sql/parseFile.js';
import { tableKey, type ForeignKey, type Index, type Table } from '../types.js';
import { sameDefinition, strings } from './ast.js';
import { rejected, type PendingIndex, type Relation, type ReplayContext } from './context.js';
import { chooseIndexName } from './indexes.js';
import { TEMP_SCHEMA } from '../schema.js';
import { columnMismatchRefusal, ownColumnsAfterUnlink } from './columns.js';

/** The table, and unless ONLY, its partitions and inheriting tables, all the way down. */
export function withDescendants(ctx: ReplayContext, table: Table, only: boolean): Table[] {
  const out = [table];
  if (only || !ctx.model.hasDescendantTables) return out;
  for (let i = 0; i < out.length; i++) {
    const key = tableKey(out[i].schema, out[i].name);
    for (const t of ctx.model.tables.values()) {
      if ((t.partitionOf === key || t.inheritsFrom.includes(key)) && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

export function partitionsOf(ctx: ReplayContext, table: Table): Table[] {
  const key = tableKey(table.schema, table.name);
  return [...ctx.model.tables.values()].filter((t) => t.partitionOf === key);
}

/** Tables that inherit from `table` (INHERITS), not its partitions. */
export function inheritorsOf(ctx: ReplayContext, table: Table): Table[] {
  const key = tableKey(table.schema, table.name);
  return [...ctx.model.tables.values()].filter((t) => t.inheritsFrom.includes(key));
}

/**
 * A partition's copy of its parent's foreign key, at every level below it.
 * A foreign key the partition already has with the same columns, target and
 * behaviour becomes the copy and keeps its name, as PostgreSQL merges them.
 */
export function copyForeignKey(ctx: ReplayContext, child: Table, parentFk: ForeignKey): void {
  if (child.foreignKeys.some((f) => f.parentForeignKey === parentFk)) return;
  let copy = child.foreignKeys.find((f) => !f.parentForeignKey && sameForeignKey(f, parentFk));
  if (copy) copy.parentForeignKey = parentFk;
  else {
    copy = { ...parentFk, table: tableKey(child.schema, child.name), parentForeignKey: parentFk, origin: ctx.origin };
    ctx.model.addForeignKey(child, copy);
  }
  ctx.touched.add(copy.table);
  for (const grandchild of partitionsOf(ctx, child)) copyForeignKey(ctx, grandchild, copy);
}

function sameForeignKey(a: ForeignKey, b: ForeignKey): boolean {
  return (
    a.referencedTable === b.referencedTable &&
    a.columns.join('\0') === b.columns.join('\0') &&
    a.referencedColumns.join('\0') === b.referencedColumns.join('\0') &&
    (a.behaviour ?? '') === (b.behaviour ?? '')
  );
}

/**
 * A partition gets a copy of each of its parent's indexes and foreign keys,
 * and passes them on to its own partitions, all the way down. Attached
 * (ATTACH PARTITION, `attachExisting`), a partition's valid index of the same
 * definition becomes the copy; a new partition's own constraints do not.
 */
export function inheritFromParent(ctx: ReplayContext, child: Table, parent: Table, attachExisting: boolean): void {
  for (const parentIndex of ctx.model.indexesOn(tableKey(parent.schema, parent.name))) indexForPartition(ctx, child, parentIndex, attachExisting ? 'valid' : 'none');
  for (const fk of parent.foreignKeys) copyForeignKey(ctx, child, fk);
  ctx.touched.add(tableKey(child.schema, child.name));
}

/**
 * Which index of a partition, not yet attached, with the parent index's
 * definition, becomes its copy: any (CREATE INDEX on the parent, which
 * takes an invalid one too), a valid one (ATTACH PARTITION), or none (a new
 * partition).
 */
export type ExistingIndexUse = 'any' | 'valid' | 'none';

/**
 * The partition's index under `parentIndex`: the one attached already, an
 * existing one attached now, or a new copy. As PostgreSQL's DefineIndex, an
 * existing index is attached as it is, without looking below it; a new copy
 * on a partitioned partition is made on its own partitions in turn, and is
 * invalid when one of theirs is. The caller marks the parent index invalid
 * when the result is.
 */
export function indexForPartition(ctx: ReplayContext, child: Table, parentIndex: Index, use: ExistingIndexUse): Index {
  const childKey = tableKey(child.schema, child.name);
  const attached = ctx.model.indexesOn(childKey).find((i) => i.parentIndex === parentIndex);
  if (attached) return attached;
  const existing = use === 'none' ? undefined : ctx.model.indexesOn(childKey).find((i) => !i.parentIndex && (use === 'any' || i.valid) && sameDefinition(i, parentIndex));
  ctx.touched.add(childKey);
  if (existing) {
    existing.parentIndex = parentIndex;
    return existing;
  }
  // The copy is named after the parent index's column names, as PostgreSQL clones it.
  const name = chooseIndexName(ctx, child, parentIndex.columnNames, parentIndex.constraint?.kind ?? null);
  const copy: Index = {
    ...parentIndex,
    schema: child.schema,
    name,
    table: childKey,
    constraint: parentIndex.constraint ? { ...parentIndex.constraint, name } : null,
    parentIndex,
    valid: true,
    origin: ctx.origin,
  };
  ctx.model.addIndex(copy);
  for (const grandchild of partitionsOf(ctx, child)) {
    if (!indexForPartition(ctx, grandchild, copy, 'any').valid) copy.valid = false;
  }
  return copy;
}

/** CREATE INDEX (or a constraint's index) on a partitioned table reaches its partitions; it is invalid when one of their indexes is. */
export function indexOnPartitions(ctx: ReplayContext, table: Table, index: Index): void {
  for (const child of partitionsOf(ctx, table)) {
    if (!indexForPartition(ctx, child, index, 'any').valid) index.valid = false;
  }
}

/**
 * After ALTER INDEX ... ATTACH PARTITION, an index of a partitioned table
 * becomes valid once every partition has a valid index attached to it, and
 * then so may its own parent index. PostgreSQL checks this only there: a new
 * partition or a detached one leaves an invalid index invalid.
 */
export function revalidate(ctx: ReplayContext, index: Index): void {
  if (index.valid) return;
  const table = ctx.model.tables.get(index.table);
  if (!table?.partitioned) return;
  const complete = partitionsOf(ctx, table).every((p) => ctx.model.indexesOn(tableKey(p.schema, p.name)).some((i) => i.parentIndex === index && i.valid));
  if (!complete) return;
  index.valid = true;
  ctx.touched.add(index.table);
  if (index.parentIndex) revalidate(ctx, index.parentIndex);
}

/**
 * Why PostgreSQL refuses to make `child` a partition of `parent`, or null
 * when it accepts (or when the model cannot tell). `child` is undefined for
 * CREATE TABLE ... PARTITION OF, which makes a new table in `childSchema`.
 */
export function attachRefusal(ctx: ReplayContext, parent: Table, child: Table | undefined, isDefault: boolean, childSchema = child?.schema): string | null {
  if (!parent.partitioned && !parent.unknownColumns) return `${parent.name} is not partitioned`;
  // A temporary table and a permanent one are never partitions of each other.
  if (childSchema !== undefined && (childSchema === TEMP_SCHEMA) !== (parent.schema === TEMP_SCHEMA)) {
    return `${child?.name ?? 'a new table'} is ${childSchema === TEMP_SCHEMA ? 'temporary' : 'permanent'} and ${parent.name} ${parent.schema === TEMP_SCHEMA ? 'temporary' : 'permanent'}`;
  }
  if (isDefault) {
    const other = partitionsOf(ctx, parent).find((p) => p.defaultPartition);
    if (other) return `${parent.name} already has a default partition, ${other.name}`;
  }
  if (!child) return null;
  if (child.partitionOf) return `${child.name} is already a partition`;
  const mismatch = columnMismatchRefusal(ctx, child, parent);
  if (mismatch) return mismatch;
  for (let t: Table | undefined = parent; t; t = t.partitionOf ? ctx.model.tables.get(t.partitionOf) : undefined) {
    if (t === child) return `${child.name} would become a partition of itself`;
  }
  return null;
}

export function attachPartition(ctx: ReplayContext, parent: Table, childRv: Relation, isDefault: boolean): void {
  const child = ctx.model.findTable(childRv.schemaname, childRv.relname);
  const refusal = attachRefusal(ctx, parent, child, isDefault);
  if (refusal) return rejected(ctx, `ATTACH PARTITION ${childRv.relname}: ${refusal}`);
  if (!child) return;
  child.partitionOf = tableKey(parent.schema, parent.name);
  child.defaultPartition = isDefault;
  ctx.model.hasDescendantTables = true;
  inheritFromParent(ctx, child, parent, true);
}

/**
 * A detached partition keeps its indexes and foreign keys as its own.
 * FINALIZE completes a DETACH ... CONCURRENTLY, which the model has done
 * whole already, unless the partition comes from a catalog.
 */
export function detachPartition(ctx: ReplayContext, parent: Table, childRv: Relation, finalize = false): void {
  const child = ctx.model.findTable(childRv.schemaname, childRv.relname);
  if (!child) return;
  if (child.partitionOf !== tableKey(parent.schema, parent.name)) {
    // A table the files never create may hold partitions the model does not know.
    if (!finalize && !parent.unknownColumns) rejected(ctx, `DETACH PARTITION ${child.name}: it is not a partition of ${parent.name}`);
    return;
  }
  child.partitionOf = null;
  child.defaultPartition = false;
  ownColumnsAfterUnlink(ctx, child);
  const childKey = tableKey(child.schema, child.name);
  for (const index of ctx.model.indexesOn(childKey)) index.parentIndex = null;
  for (const fk of child.foreignKeys) fk.parentForeignKey = null;
  ctx.touched.add(childKey);
  ctx.touched.add(tableKey(parent.schema, parent.name));
}

/** The columns of PARTITION BY; null when the key has an expression (the model does not check those). */
export function partitionKeyColumns(params: AstNode[] | undefined): string[] | null {
  const columns: string[] = [];
  for (const param of params ?? []) {
    const name = param.PartitionElem?.name;
    if (typeof name !== 'string') return null;
    columns.push(name);
  }
  return columns;
}

/** The key columns of the PRIMARY KEY and UNIQUE constraints among CREATE TABLE's elements or ALTER TABLE's definitions. */
export function declaredUniqueKeys(elements: AstNode[] | undefined): string[][] {
  const keys: string[][] = [];
  for (const element of elements ?? []) {
    if (element.ColumnDef) {
      for (const c of element.ColumnDef.constraints ?? []) {
        if (c.Constraint?.contype === 'CONSTR_PRIMARY' || c.Constraint?.contype === 'CONSTR_UNIQUE') keys.push([element.ColumnDef.colname]);
      }
    } else if ((element.Constraint?.contype === 'CONSTR_PRIMARY' || element.Constraint?.contype === 'CONSTR_UNIQUE') && !element.Constraint.indexname) {
      keys.push(strings(element.Constraint.keys));
    }
  }
  return keys;
}

/** PostgreSQL's rule: a unique index of a partitioned table holds every column of the partition key. */
export function uniqueKeyRefusal(partitionKey: string[], uniqueKeys: string[][]): string | null {
  for (const key of uniqueKeys) {
    const missing = partitionKey.find((column) => !key.includes(column));
    if (missing) return `a unique constraint on a partitioned table must include every partitioning column, and (${key.join(', ')}) lacks ${missing}`;
  }
  return null;
}

/** The key columns of an index specification, for uniqueKeyRefusal; an expression key is no column. */
export function pendingKeyColumns(p: PendingIndex): string[] {
  return p.elems.map((e) => (typeof e.name === 'string' ? e.name : e.expr?.ColumnRef?.fields?.length === 1 ? e.expr.ColumnRef.fields[0].String?.sval : '')).filter(Boolean);
}
