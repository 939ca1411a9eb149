/** RENAME of tables, indexes, columns, constraints and schemas; ALTER TABLE ... SET SCHEMA. */
import type { AlterObjectSchemaStmt, RenameStmt } from '@pgsql/types';
import { expressionText, referencedColumns } from '../expressions.js';
import type { Relation as ModelRelation, Owner } from '../schema.js';
import { renameInTree, storeTree, treeRefersTo } from '../trees.js';
import { tableKey, type Table } from '../types.js';
import { hasConstraint, rejected, type Relation, type ReplayContext } from './context.js';
import { checkConstraintChanged, columnRenamed } from './columnMerge.js';
import { withDescendants } from './partitions.js';

/** What each ALTER ... RENAME of a relation accepts; ALTER TABLE and ALTER INDEX take a relation of any kind. */
const RENAMED_KINDS: Record<string, { word: string; accepts: Array<ModelRelation['kind']> }> = {
  OBJECT_TABLE: { word: 'table', accepts: ['table', 'index', 'other'] },
  OBJECT_INDEX: { word: 'index', accepts: ['table', 'index', 'other'] },
  OBJECT_SEQUENCE: { word: 'sequence', accepts: ['other'] },
  OBJECT_VIEW: { word: 'view', accepts: ['other'] },
  OBJECT_MATVIEW: { word: 'materialized view', accepts: ['table'] },
  OBJECT_FOREIGN_TABLE: { word: 'foreign table', accepts: ['table'] },
};

export function rename(ctx: ReplayContext, node: RenameStmt): void {
  const rv = node.relation as Relation | undefined;
  // The parser always sets the new name; the old one for the kinds that have one (column, constraint, schema).
  const newname = node.newname!;
  const relationKind = node.renameType ? RENAMED_KINDS[node.renameType] : undefined;
  if (relationKind && rv) {
    renameRelation(ctx, rv, newname, relationKind);
    return;
  }
  switch (node.renameType) {
    case 'OBJECT_COLUMN': {
      const table = rv && ctx.model.findTable(rv.schemaname, rv.relname);
      if (!table) return;
      const from = node.subname!;
      const only = rv.inh !== true;
      if (!table.unknownColumns && table.columns.some((c) => c.name === newname)) {
        rejected(ctx, `column ${newname} of ${table.name} already exists`);
        return;
      }
      // A column a parent passes down is renamed on the parent, never on a child alone, and never on the parent ONLY.
      const parents = [table.partitionOf, ...table.inheritsFrom].flatMap((k) => ctx.model.tables.get(k ?? '') ?? []);
      if (parents.some((p) => p.columns.some((c) => c.name === from))) {
        rejected(ctx, `column ${from} of ${table.name} is inherited and cannot be renamed there`);
        return;
      }
      if (only && table.columns.some((c) => c.name === from) && withDescendants(ctx, table, false).length > 1) {
        rejected(ctx, `column ${from} of ${table.name} is inherited by other tables and must be renamed in them too (without ONLY)`);
        return;
      }
      for (const t of withDescendants(ctx, table, only)) renameColumn(ctx, t, from, newname);
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
      moveOwner(ctx.model.schemaOwners, from, to);
      for (const t of [...ctx.model.tables.values()]) if (t.schema === from) ctx.model.moveTable(t, to, t.name);
      return;
    }
    default:
  }
}

/**
 * ALTER TABLE / INDEX / SEQUENCE / VIEW ... RENAME TO. PostgreSQL finds the
 * relation whatever its kind for ALTER TABLE and ALTER INDEX (so either
 * renames a table or an index), checks the kind for the others, and rejects
 * a new name that any relation of the schema already has.
 */
function renameRelation(ctx: ReplayContext, rv: Relation, newName: string, kind: { word: string; accepts: Array<ModelRelation['kind']> }): void {
  const found = ctx.model.findRelation(rv.schemaname, rv.relname);
  if (!found) return;
  if (!kind.accepts.includes(found.kind)) {
    rejected(ctx, `${rv.relname} is not a ${kind.word}`);
    return;
  }
  const schema = found.kind === 'table' ? found.table.schema : found.kind === 'index' ? found.index.schema : found.schema;
  if (ctx.model.relationExists(schema, newName)) {
    rejected(ctx, `relation ${newName} already exists`);
    return;
  }
  const table = found.kind === 'index' && found.index.constraint ? ctx.model.tables.get(found.index.table) : undefined;
  // The constraint an index backs takes the new name too, so it must be free among the table's constraints.
  if (table && hasConstraint(ctx, table, newName)) {
    rejected(ctx, `constraint ${newName} of ${table.name} already exists`);
    return;
  }
  if (found.kind === 'table') {
    ctx.model.moveTable(found.table, schema, newName);
    ctx.touched.add(tableKey(schema, newName));
  } else if (found.kind === 'index') {
    const index = found.index;
    // The constraint an index backs is renamed with it.
    if (index.constraint) {
      ctx.model.countConstraintName(index.schema, index.constraint.name, -1);
      index.constraint.name = newName;
      ctx.model.countConstraintName(index.schema, newName, 1);
    }
    ctx.model.renameIndex(index, newName);
    ctx.touched.add(index.table);
  } else {
    ctx.model.otherRelations.delete(tableKey(schema, found.name));
    ctx.model.otherRelations.add(tableKey(schema, newName));
    moveOwner(ctx.model.relationOwners, tableKey(schema, found.name), tableKey(schema, newName));
  }
}

export function renameColumn(ctx: ReplayContext, table: Table, from: string, to: string): void {
  const key = tableKey(table.schema, table.name);
  const col = table.columns.find((c) => c.name === from);
  if (col) col.name = to;
  columnRenamed(table, from, to);
  // A column the table may still have is renamed there too.
  if (table.uncertainColumns?.includes(from)) table.uncertainColumns = table.uncertainColumns.map((c) => (c === from ? to : c));
  for (const s of table.ownedSequences) if (s.column === from) s.column = to;
  for (const index of ctx.model.indexesOn(key)) {
    const trees = index.expressionTrees;
    let renamed: Array<string | null> | undefined;
    index.keys = index.keys.map((k, i) => {
      if (k.kind === 'column') return k.column === from ? { ...k, column: to } : k;
      const stored = trees?.[i];
      if (!stored || !k.columns.includes(from)) return k;
      const tree = renameInTree(stored, from, to);
      // A new array: the old one may be shared with a copy of the index (a partition's, a snapshot's).
      (renamed ??= [...trees!])[i] = storeTree(tree);
      const cast = k.cast?.column === from ? { ...k.cast, column: to } : k.cast;
      return { ...k, expression: expressionText(tree), columns: [...referencedColumns(tree)], ...(cast && { cast }) };
    });
    if (renamed) index.expressionTrees = renamed;
    if (index.include.includes(from)) index.include = index.include.map((c) => (c === from ? to : c));
    if (index.predicateTree && treeRefersTo(index.predicateTree, from)) {
      const tree = renameInTree(index.predicateTree, from, to);
      index.predicateTree = storeTree(tree);
      index.predicate = expressionText(tree);
    }
  }
  for (const fk of table.foreignKeys) fk.columns = fk.columns.map((c) => (c === from ? to : c));
  for (const t of ctx.model.tables.values()) {
    for (const fk of t.foreignKeys) if (fk.referencedTable === key) fk.referencedColumns = fk.referencedColumns.map((c) => (c === from ? to : c));
  }
  ctx.touched.add(key);
}

/**
 * RENAME CONSTRAINT. A new name that another constraint of the table has is
 * rejected; so is, for a constraint with an index, a name a relation has
 * (the index is renamed with it).
 */
export function renameConstraint(ctx: ReplayContext, table: Table, from: string, to: string): void {
  const key = tableKey(table.schema, table.name);
  const indexes = ctx.model.indexesOn(key);
  const index = indexes.find((i) => i.constraint?.name === from);
  const fk = index ? undefined : table.foreignKeys.find((f) => f.name === from);
  const other = index || fk ? -1 : table.otherConstraints.indexOf(from);
  if (!index && !fk && other < 0) return;
  if (hasConstraint(ctx, table, to)) {
    rejected(ctx, `constraint ${to} of ${table.name} already exists`);
    return;
  }
  if (index && ctx.model.relationExists(table.schema, to)) {
    rejected(ctx, `relation ${to} already exists`);
    return;
  }
  ctx.model.countConstraintName(table.schema, from, -1);
  ctx.model.countConstraintName(table.schema, to, 1);
  if (index) {
    index.constraint!.name = to;
    // The index behind a constraint always carries the constraint's name.
    ctx.model.renameIndex(index, to);
    ctx.touched.add(key);
  } else if (fk) {
    fk.name = to;
    ctx.touched.add(key);
  } else {
    table.otherConstraints[other] = to;
    checkConstraintChanged(table, from, to);
  }
}

/**
 * ALTER TABLE / SEQUENCE / VIEW ... SET SCHEMA. A table moves with its
 * indexes (an index cannot be moved on its own); a name the new schema
 * already has, for the relation or one of its indexes, is rejected.
 */
export function setSchema(ctx: ReplayContext, node: AlterObjectSchemaStmt): void {
  const kind = node.objectType ? RENAMED_KINDS[node.objectType] : undefined;
  const relation = node.relation as Relation | undefined;
  if (!kind || !relation || !node.newschema) return;
  const found = ctx.model.findRelation(relation.schemaname, relation.relname);
  if (!found) return;
  if (found.kind === 'index') {
    rejected(ctx, `index ${relation.relname} cannot move to another schema on its own (its table's schema is its schema)`);
    return;
  }
  if (!kind.accepts.includes(found.kind)) {
    rejected(ctx, `${relation.relname} is not a ${kind.word}`);
    return;
  }
  const to = node.newschema;
  if (found.kind === 'other') {
    if (ctx.model.relationExists(to, found.name)) return rejected(ctx, `relation ${found.name} already exists in schema ${to}`);
    ctx.model.otherRelations.delete(tableKey(found.schema, found.name));
    ctx.model.otherRelations.add(tableKey(to, found.name));
    moveOwner(ctx.model.relationOwners, tableKey(found.schema, found.name), tableKey(to, found.name));
    return;
  }
  const table = found.table;
  const names = [table.name, ...ctx.model.indexesOn(tableKey(table.schema, table.name)).map((i) => i.name)];
  const taken = names.find((n) => ctx.model.relationExists(to, n));
  if (taken !== undefined && table.schema !== to) return rejected(ctx, `relation ${taken} already exists in schema ${to}`);
  ctx.model.moveTable(table, to, table.name);
  ctx.touched.add(tableKey(table.schema, table.name));
}

/** An object's owner follows it to its new name. */
function moveOwner<K>(owners: Map<K, Owner>, from: K, to: K): void {
  const owner = owners.get(from);
  owners.delete(from);
  if (owner === undefined) owners.delete(to);
  else owners.set(to, owner);
}
