/**
 * CREATE INDEX and the indexes of constraints, named as PostgreSQL names them;
 * DROP of indexes, tables, sequences, views and schemas.
 */
import type { DropStmt, IndexStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { expressionText, figureColumnName, normalizeExpression, referencedColumns } from '../expressions.js';
import { chooseName, indexColumnNames, nameAddition } from '../naming.js';
import { canonicalTypeName, defaultOpclass, isDefaultOpclassOfSomeType } from '../pgTypes.js';
import { storeTree, type StoredTree } from '../trees.js';
import { splitQualifiedName, tableKey, type ConstraintKind, type Index, type IndexKey, type Table } from '../types.js';
import { lastName, qualified, normalCollation, simpleColumnElem, stripLocations, withoutTableQualifier, samePendingDefinition, sameDefinition } from './ast.js';
import { type ReplayContext, type PendingIndex, type Relation, rejected, tableFor } from './context.js';
import { indexKeyRefusal } from './rejections.js';
import { indexParametersRefusal } from './storageParameters.js';
import { dependentsOf, forgetDependencies } from './dependencies.js';
import { columnNames, indexColumnsRefusal } from './columns.js';
import { indexOnPartitions, inheritorsOf, partitionsOf, pendingKeyColumns, uniqueKeyRefusal } from './partitions.js';

export function createIndex(ctx: ReplayContext, node: IndexStmt): void {
  const rv = node.relation as Relation;
  const found = ctx.model.findRelation(rv.schemaname, rv.relname);
  if (found && found.kind !== 'table') return rejected(ctx, `${rv.relname} is ${found.kind === 'index' ? 'an index' : 'a sequence or view'}, not a table`);
  const table = tableFor(ctx, rv);
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
  if (node.idxname && ctx.model.relationExists(table.schema, node.idxname)) {
    existingName(ctx, table, node, pending, only);
    return;
  }
  const refusal =
    indexParametersRefusal(pending.method, node.options) ??
    indexKeyRefusal(pending.method, pending.elems) ??
    indexColumnsOfTableRefusal(ctx, table, pending) ??
    (pending.unique && table.partitioned && table.partitionKey && uniqueKeyRefusal(table.partitionKey, [pendingKeyColumns(pending)]));
  if (refusal) return rejected(ctx, `${pending.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX'}: ${refusal}`);
  const index = buildIndex(ctx, table, pending, only);
  if (table.partitioned && !only) indexOnPartitions(ctx, table, index);
}

/** Why PostgreSQL refuses an index for a key or INCLUDE column its table lacks, or null. */
function indexColumnsOfTableRefusal(ctx: ReplayContext, table: Table, pending: PendingIndex): string | null {
  const columns = columnNames(ctx, table);
  return columns && indexColumnsRefusal(columns, pending, 'index');
}

/**
 * CREATE INDEX of a name that is taken. Over a live database, an index
 * already there with the same definition means the migration was applied;
 * another definition is a conflict. Otherwise PostgreSQL rejects the statement
 * (or, with IF NOT EXISTS, skips it).
 */
export function existingName(ctx: ReplayContext, table: Table, node: IndexStmt, pending: PendingIndex, only: boolean): void {
  const name = node.idxname!;
  const existing = ctx.model.indexes.get(tableKey(table.schema, name));
  if (existing && existing.origin.file === null) {
    const candidate = makeIndex(ctx, table, pending, only);
    if (existing.table === candidate.table && sameDefinition(existing, candidate)) {
      ctx.note(`index ${name} is already in the database with this definition: treated as applied`);
    } else {
      ctx.note(
        `index ${name} already exists in the database with another definition: this statement ${node.if_not_exists ? 'does nothing (IF NOT EXISTS), so the index it describes is never built' : 'fails'}`,
        'conflict',
      );
    }
    return;
  }
  if (!node.if_not_exists) ctx.note(`relation ${name} already exists: PostgreSQL rejects this statement, so it is not applied`);
}

export function buildIndex(ctx: ReplayContext, table: Table, p: PendingIndex, only: boolean): Index {
  const index = makeIndex(ctx, table, p, only);
  ctx.model.addIndex(index);
  ctx.touched.add(index.table);
  return index;
}

/** An index's WHERE clause on `table` in the normal form the model keeps (its text is expressionText of it). */
export function normalPredicate(where: AstNode, table: Table): AstNode {
  return normalizeExpression(stripLocations(withoutTableQualifier(where, table))) as AstNode;
}

/** The index a specification makes on a table, named as PostgreSQL would, not yet in the model. */
export function makeIndex(ctx: ReplayContext, table: Table, p: PendingIndex, only: boolean): Index {
  const key = tableKey(table.schema, table.name);
  const keys: IndexKey[] = [];
  const expressionTrees: Array<StoredTree | null> = [];
  const nameParts: Array<{ column?: string; functionName?: string | null }> = [];
  for (const written of p.elems) {
    const elem = simpleColumnElem(withoutTableQualifier(written, table), table);
    const descending = elem.ordering === 'SORTBY_DESC';
    const nullsFirst = elem.nulls_ordering === 'SORTBY_NULLS_FIRST' ? true : elem.nulls_ordering === 'SORTBY_NULLS_LAST' ? false : descending;
    if (elem.name) {
      const column = table.columns.find((c) => c.name === elem.name);
      const type = column ? column.type : null;
      keys.push({
        kind: 'column',
        column: elem.name,
        opclass: normalOpclass(ctx, elem.opclass, p.method, type),
        collation: normalCollation(elem.collation, column?.collation ?? null),
        descending,
        nullsFirst,
      });
      expressionTrees.push(null);
      nameParts.push({ column: elem.name });
    } else {
      const written = stripLocations(elem.expr) as AstNode;
      const expr = normalizeExpression(written) as AstNode;
      const cast = columnCast(written);
      keys.push({
        kind: 'expression',
        expression: expressionText(expr),
        columns: [...referencedColumns(expr)],
        opclass: normalOpclass(ctx, elem.opclass, p.method, null),
        collation: normalCollation(elem.collation, null),
        descending,
        nullsFirst,
        ...(cast && { cast }),
      });
      expressionTrees.push(storeTree(expr));
      // Named from the expression as written: the normal form drops casts that name it.
      nameParts.push({ functionName: figureColumnName(written) });
    }
  }
  // INCLUDE columns are columns of the index too, and part of its name.
  const columnNames = p.columnNames ?? indexColumnNames([...nameParts, ...p.include.map((column) => ({ column }))]);
  const name = p.name ?? chooseIndexName(ctx, table, columnNames, p.constraint);
  const predicateNode = p.where ? normalPredicate(p.where, table) : null;
  return {
    schema: table.schema,
    name,
    table: key,
    method: p.method,
    // Copies as long as their contents: the arrays grown by push keep room for more, which an index never needs.
    keys: keys.slice(),
    include: [...p.include],
    columnNames,
    predicate: predicateNode ? expressionText(predicateNode) : null,
    unique: p.unique || p.constraint === 'primary',
    nullsNotDistinct: p.nullsNotDistinct,
    constraint: p.constraint ? { name, kind: p.constraint, deferrable: p.deferrable } : null,
    // CREATE INDEX ON ONLY a partitioned table with partitions is invalid until every partition's index is attached.
    valid: !(only && table.partitioned && partitionsOf(ctx, table).length > 0),
    replicaIdentity: false,
    clustered: false,
    parentIndex: null,
    origin: ctx.origin,
    expressionTrees: expressionTrees.some(Boolean) ? expressionTrees.slice() : undefined,
    predicateTree: predicateNode ? storeTree(predicateNode) : null,
    // Known only for a live database's indexes, and set after: named here, every index keeps all its fields in itself.
    sizeBytes: undefined,
    scans: undefined,
  };
}

/** An expression as written that is a cast of one column to a type with no modifier: the column and the type. */
function columnCast(written: AstNode): { column: string; type: string } | null {
  const cast = written.TypeCast;
  const fields = cast?.arg?.ColumnRef?.fields;
  if (!cast || cast.typeName?.typmods?.length || cast.typeName?.arrayBounds?.length || fields?.length !== 1 || typeof fields[0].String?.sval !== 'string') return null;
  return { column: fields[0].String.sval, type: canonicalTypeName(lastName(cast.typeName?.names)) };
}

/**
 * PostgreSQL's ChooseIndexName: `table_columns_idx`, `_key`, `_excl`, or
 * `table_pkey`, numbered past names taken by relations (and, for a
 * constraint, by constraints) of the schema.
 */
export function chooseIndexName(ctx: ReplayContext, table: Table, columnNames: string[], constraint: ConstraintKind | null): string {
  const label = constraint === 'primary' ? 'pkey' : constraint === 'exclusion' ? 'excl' : constraint ? 'key' : 'idx';
  return chooseName(
    table.name,
    constraint === 'primary' ? null : nameAddition(columnNames),
    label,
    (n) => ctx.model.relationExists(table.schema, n) || (constraint !== null && ctx.model.constraintNameTaken(table.schema, n)),
  );
}

export function normalOpclass(ctx: ReplayContext, opclass: AstNode[] | undefined, method: string, type: string | null): string | null {
  if (!opclass || opclass.length === 0) return null;
  const name = lastName(opclass).toLowerCase();
  const known = defaultOpclass(method, type, ctx.model.enums);
  if (known !== null) return name === known ? null : name;
  return isDefaultOpclassOfSomeType(method, name) ? null : name;
}

/**
 * Creates the indexes of one CREATE TABLE or ALTER TABLE, merging identical
 * PRIMARY KEY / UNIQUE specifications into one index as PostgreSQL does
 * (transformIndexConstraints): `id int PRIMARY KEY UNIQUE` is one index.
 */
export function createPendingIndexes(ctx: ReplayContext, table: Table, pending: PendingIndex[], only: boolean): void {
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
    if (p.usingIndex) constraintUsingIndex(ctx, table, p);
    else {
      const index = buildIndex(ctx, table, p, only);
      // A constraint added to a partitioned table reaches its partitions, unless ONLY.
      if (table.partitioned && !only) indexOnPartitions(ctx, table, index);
    }
  }
}

export function constraintUsingIndex(ctx: ReplayContext, table: Table, p: PendingIndex): void {
  const index = ctx.model.findIndex(table.schema, p.usingIndex!);
  if (!index) {
    ctx.note(`constraint uses index ${p.usingIndex}, which is not in the model`);
    return;
  }
  const name = p.name ?? index.name;
  if (name !== index.name) ctx.model.renameIndex(index, name);
  // Not removeIndex: that would take the partitions' copies with it.
  ctx.model.setIndexConstraint(index, { name, kind: p.constraint!, deferrable: p.deferrable });
  ctx.touched.add(index.table);
}

export function drop(ctx: ReplayContext, node: DropStmt): void {
  const cascade = node.behavior === 'DROP_CASCADE';
  switch (node.removeType) {
    case 'OBJECT_INDEX':
      for (const obj of node.objects ?? []) {
        const [schema, name] = qualified(obj);
        const index = ctx.model.findIndex(schema, name);
        if (!index) {
          if (!node.missing_ok) ctx.note(`DROP INDEX ${name}: the index is not in the model`);
          continue;
        }
        dropIndex(ctx, index, cascade);
      }
      return;
    case 'OBJECT_TABLE':
    case 'OBJECT_MATVIEW':
    case 'OBJECT_FOREIGN_TABLE': {
      const tables = (node.objects ?? []).flatMap((obj) => ctx.model.findTable(...qualified(obj)) ?? []);
      const dependents = dependentsOf(
        ctx,
        tables.map((t) => tableKey(t.schema, t.name)),
      );
      const refusal = cascade ? null : (dependencyRefusal(dependents) ?? dropTableRefusal(ctx, tables));
      if (refusal) return rejected(ctx, `DROP TABLE: ${refusal}`);
      // One table's CASCADE may already have taken the next.
      for (const table of tables) if (ctx.model.tables.get(tableKey(table.schema, table.name)) === table) dropTable(ctx, table);
      dropDependents(ctx, dependents);
      return;
    }
    case 'OBJECT_SEQUENCE':
    case 'OBJECT_VIEW': {
      const keys: string[] = [];
      for (const obj of node.objects ?? []) {
        const [schema, name] = qualified(obj);
        const key = (schema ? [schema] : ctx.model.searchPath).map((s) => tableKey(s, name)).find((k) => ctx.model.otherRelations.has(k));
        if (key) keys.push(key);
      }
      const dependents = dependentsOf(ctx, keys);
      const refusal = cascade ? null : dependencyRefusal(dependents);
      if (refusal) return rejected(ctx, `DROP VIEW: ${refusal}`);
      for (const key of keys) {
        ctx.model.otherRelations.delete(key);
        forgetDependencies(ctx, key);
      }
      dropDependents(ctx, dependents);
      return;
    }
    case 'OBJECT_SCHEMA':
      for (const obj of (node.objects ?? []) as AstNode[]) {
        const schema = obj.String?.sval;
        if (!schema) continue;
        for (const t of [...ctx.model.tables.values()]) if (t.schema === schema) dropTable(ctx, t);
        for (const k of [...ctx.model.otherRelations]) {
          if (splitQualifiedName(k)?.[0] !== schema) continue;
          ctx.model.otherRelations.delete(k);
          forgetDependencies(ctx, k);
        }
        ctx.model.schemas.delete(schema);
      }
      return;
    default:
  }
}

export function dropIndex(ctx: ReplayContext, index: Index, cascade: boolean): void {
  // With CASCADE, the views that rely on the constraint the index backs go too.
  const dependents = cascade && ctx.model.dependents.size ? dependentsOf(ctx, [tableKey(index.schema, index.name)]) : [];
  ctx.model.removeIndex(index);
  ctx.touched.add(index.table);
  if (cascade && index.unique) dropForeignKeysReferencing(ctx, index);
  dropDependents(ctx, dependents);
}

/** With CASCADE, dropping a unique index drops the foreign keys that depend on it. */
export function dropForeignKeysReferencing(ctx: ReplayContext, index: Index): void {
  const cols = index.keys
    .map((k) => (k.kind === 'column' ? k.column : ''))
    .sort()
    .join(',');
  for (const t of ctx.model.tables.values()) {
    for (const fk of [...t.foreignKeys]) {
      if (fk.referencedTable === index.table && [...fk.referencedColumns].sort().join(',') === cols) {
        ctx.model.removeForeignKey(t, fk);
        ctx.touched.add(fk.table);
      }
    }
  }
}

/**
 * Why DROP TABLE without CASCADE fails: another table inherits from one of
 * the tables, or a foreign key of another table references one, or a
 * partitioned table it is a partition of (at any level): PostgreSQL makes
 * such a foreign key depend on every partition of the table it references.
 */
export function dropTableRefusal(ctx: ReplayContext, tables: Table[]): string | null {
  const dropped = new Set(tables.map((t) => tableKey(t.schema, t.name)));
  const staying = (t: Table) => !dropped.has(tableKey(t.schema, t.name)) && !(t.partitionOf && dropped.has(t.partitionOf));
  for (const table of tables) {
    const heir = inheritorsOf(ctx, table).find(staying);
    if (heir) return `table ${heir.name} inherits from ${table.name} (CASCADE would drop it too)`;
    const referenced = new Set(partitionAncestry(ctx, table));
    for (const t of ctx.model.tables.values()) {
      const fk = staying(t) ? t.foreignKeys.find((f) => referenced.has(f.referencedTable) && !f.parentForeignKey) : undefined;
      if (fk)
        return `foreign key ${fk.name} of ${t.name} references ${fk.referencedTable === tableKey(table.schema, table.name) ? table.name : `${table.name}'s partitioned table`} (CASCADE would drop the foreign key)`;
    }
  }
  return null;
}

/** The keys of a table and of the partitioned tables it is a partition of, up to the top. */
function partitionAncestry(ctx: ReplayContext, table: Table): string[] {
  const keys = [tableKey(table.schema, table.name)];
  for (let t = table; t.partitionOf && !keys.includes(t.partitionOf);) {
    keys.push(t.partitionOf);
    const parent = ctx.model.tables.get(t.partitionOf);
    if (!parent) break;
    t = parent;
  }
  return keys;
}

/** Why a DROP without CASCADE fails: a view or materialized view still reads what it drops. */
function dependencyRefusal(dependents: string[]): string | null {
  return dependents.length ? `${dependents[0]} depends on it (CASCADE would drop it too)` : null;
}

/** The views and materialized views a DROP ... CASCADE takes with it. */
export function dropDependents(ctx: ReplayContext, keys: string[]): void {
  for (const key of keys) {
    const table = ctx.model.tables.get(key);
    if (table) dropTable(ctx, table);
    ctx.model.otherRelations.delete(key);
    forgetDependencies(ctx, key);
  }
}

/**
 * Drops a table with its partitions, the tables that inherit from it, and
 * the foreign keys that reference it or a partitioned table it is a
 * partition of (CASCADE: such a foreign key depends on every partition).
 */
export function dropTable(ctx: ReplayContext, table: Table, dropping = new Set<Table>()): void {
  // The model never holds a cycle of parents, but a drop must end even if it did.
  if (dropping.has(table)) return;
  dropping.add(table);
  const key = tableKey(table.schema, table.name);
  if (ctx.model.dependents.size) forgetDependencies(ctx, key);
  const referenced = new Set(partitionAncestry(ctx, table));
  for (const t of ctx.model.tables.values()) {
    for (const fk of [...t.foreignKeys]) {
      if (referenced.has(fk.referencedTable) && t !== table) {
        ctx.model.removeForeignKey(t, fk);
        ctx.touched.add(fk.table);
      }
    }
  }
  for (const child of [...partitionsOf(ctx, table), ...inheritorsOf(ctx, table)]) dropTable(ctx, child, dropping);
  ctx.model.removeTable(table);
  ctx.touched.add(key);
}
