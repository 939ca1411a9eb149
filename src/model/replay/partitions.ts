/** Partitions and inheritance: what a child table gets from its parent, attached or detached. */
import { tableKey, type ForeignKey, type Table } from '../types.js';
import { sameDefinition } from './ast.js';
import type { Relation, ReplayContext } from './context.js';
import { chooseIndexName } from './indexes.js';

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

export function copyForeignKey(ctx: ReplayContext, child: Table, parentFk: ForeignKey): void {
  if (child.foreignKeys.some((f) => f.parentForeignKey === parentFk)) return;
  ctx.model.addForeignKey(child, { ...parentFk, table: tableKey(child.schema, child.name), parentForeignKey: parentFk });
}

/** A partition gets a copy of each of its parent's indexes and foreign keys. */
export function inheritFromParent(ctx: ReplayContext, child: Table, parent: Table, attachExisting: boolean): void {
  const childKey = tableKey(child.schema, child.name);
  for (const parentIndex of ctx.model.indexesOn(tableKey(parent.schema, parent.name))) {
    if (ctx.model.indexesOn(childKey).some((i) => i.parentIndex === parentIndex)) continue;
    // An existing index of the partition is attached (ATTACH PARTITION, or a later index on the parent);
    // the partition's own constraints of CREATE TABLE ... PARTITION OF are not.
    const existing = attachExisting ? ctx.model.indexesOn(childKey).find((i) => !i.parentIndex && sameDefinition(i, parentIndex)) : undefined;
    if (existing) {
      existing.parentIndex = parentIndex;
      continue;
    }
    // The copy is named after the parent index's column names, as PostgreSQL clones it.
    const name = chooseIndexName(ctx, child, parentIndex.columnNames, parentIndex.constraint?.kind ?? null);
    ctx.model.addIndex({
      ...parentIndex,
      schema: child.schema,
      name,
      table: childKey,
      constraint: parentIndex.constraint ? { ...parentIndex.constraint, name } : null,
      parentIndex,
      origin: ctx.origin,
    });
  }
  for (const fk of parent.foreignKeys) copyForeignKey(ctx, child, fk);
  ctx.touched.add(childKey);
}

export function attachPartition(ctx: ReplayContext, parent: Table, childRv: Relation): void {
  const child = ctx.model.findTable(childRv.schemaname, childRv.relname);
  if (!child) return;
  child.partitionOf = tableKey(parent.schema, parent.name);
  ctx.model.hasDescendantTables = true;
  inheritFromParent(ctx, child, parent, true);
}

/** A detached partition keeps its indexes and foreign keys as its own. */
export function detachPartition(ctx: ReplayContext, parent: Table, childRv: Relation): void {
  const child = ctx.model.findTable(childRv.schemaname, childRv.relname);
  if (!child) return;
  child.partitionOf = null;
  const childKey = tableKey(child.schema, child.name);
  for (const index of ctx.model.indexesOn(childKey)) index.parentIndex = null;
  for (const fk of child.foreignKeys) fk.parentForeignKey = null;
  ctx.touched.add(childKey);
  ctx.touched.add(tableKey(parent.schema, parent.name));
}
