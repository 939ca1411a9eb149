/** RENAME of tables, indexes, columns, constraints and schemas; ALTER TABLE ... SET SCHEMA. */
import type { AlterObjectSchemaStmt, RenameStmt } from '@pgsql/types';
import { expressionText, referencedColumns, renameColumnInTree } from '../expressions.js';
import { tableKey, type Table } from '../types.js';
import type { Relation, ReplayContext } from './context.js';
import { withDescendants } from './partitions.js';

export function rename(ctx: ReplayContext, node: RenameStmt): void {
  const rv = node.relation as Relation | undefined;
  // The parser always sets the new name; the old one for the kinds that have one (column, constraint, schema).
  const newname = node.newname!;
  switch (node.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_MATVIEW': {
      const table = rv && ctx.model.findTable(rv.schemaname, rv.relname);
      if (table) {
        ctx.model.moveTable(table, table.schema, newname);
        ctx.touched.add(tableKey(table.schema, table.name));
      } else if (rv) {
        renameOtherRelation(ctx, rv, newname);
      }
      return;
    }
    case 'OBJECT_INDEX': {
      const index = rv && ctx.model.findIndex(rv.schemaname, rv.relname);
      if (index) {
        if (index.constraint) {
          ctx.model.countConstraintName(index.schema, index.constraint.name, -1);
          index.constraint.name = newname;
          ctx.model.countConstraintName(index.schema, newname, 1);
        }
        ctx.model.renameIndex(index, newname);
      } else if (rv) {
        renameOtherRelation(ctx, rv, newname);
      }
      return;
    }
    case 'OBJECT_SEQUENCE':
    case 'OBJECT_VIEW':
      if (rv) renameOtherRelation(ctx, rv, newname);
      return;
    case 'OBJECT_COLUMN': {
      const table = rv && ctx.model.findTable(rv.schemaname, rv.relname);
      if (table) for (const t of withDescendants(ctx, table, rv.inh !== true)) renameColumn(ctx, t, node.subname!, newname);
      return;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const table = rv && ctx.model.findTable(rv.schemaname, rv.relname);
      if (table) renameConstraint(ctx, table, node.subname!, newname);
      return;
    }
    case 'OBJECT_SCHEMA': {
      const from = node.subname!;
      const to = newname;
      ctx.model.schemas.delete(from);
      ctx.model.schemas.add(to);
      for (const t of [...ctx.model.tables.values()]) if (t.schema === from) ctx.model.moveTable(t, to, t.name);
      return;
    }
    default:
  }
}

export function renameOtherRelation(ctx: ReplayContext, rv: Relation, newName: string): void {
  for (const s of rv.schemaname ? [rv.schemaname] : ctx.model.searchPath) {
    if (ctx.model.otherRelations.delete(tableKey(s, rv.relname))) {
      ctx.model.otherRelations.add(tableKey(s, newName));
      return;
    }
  }
}

export function renameColumn(ctx: ReplayContext, table: Table, from: string, to: string): void {
  const key = tableKey(table.schema, table.name);
  const col = table.columns.find((c) => c.name === from);
  if (col) col.name = to;
  for (const index of ctx.model.indexesOn(key)) {
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
  for (const t of ctx.model.tables.values()) {
    for (const fk of t.foreignKeys) if (fk.referencedTable === key) fk.referencedColumns = fk.referencedColumns.map((c) => (c === from ? to : c));
  }
  ctx.touched.add(key);
}

export function renameConstraint(ctx: ReplayContext, table: Table, from: string, to: string): void {
  const key = tableKey(table.schema, table.name);
  const index = ctx.model.indexesOn(key).find((i) => i.constraint?.name === from);
  if (index) {
    ctx.model.countConstraintName(table.schema, from, -1);
    ctx.model.countConstraintName(table.schema, to, 1);
    index.constraint!.name = to;
    // The index behind a constraint always carries the constraint's name.
    ctx.model.renameIndex(index, to);
    return;
  }
  const fk = table.foreignKeys.find((f) => f.name === from);
  if (fk) {
    ctx.model.countConstraintName(table.schema, from, -1);
    ctx.model.countConstraintName(table.schema, to, 1);
    fk.name = to;
  }
}

export function setSchema(ctx: ReplayContext, node: AlterObjectSchemaStmt): void {
  if (node.objectType !== 'OBJECT_TABLE') return;
  const relation = node.relation as Relation;
  const table = ctx.model.findTable(relation.schemaname, relation.relname);
  if (!table) return;
  ctx.model.moveTable(table, node.newschema!, table.name);
  ctx.touched.add(tableKey(table.schema, table.name));
}
