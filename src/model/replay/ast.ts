/** Helpers that read libpg-query parse trees, and comparisons of index definitions. */
import type { AstNode } from '../../sql/parseFile.js';
import { treeRefersTo } from '../trees.js';
import { canonicalTypeName } from '../pgTypes.js';
import type { Index, IndexKey, Table } from '../types.js';
import type { PendingIndex } from './context.js';

export function strings(list: AstNode[] | undefined): string[] {
  return (list ?? []).map((n) => n.String?.sval).filter((s): s is string => typeof s === 'string');
}

export function lastName(list: AstNode[] | undefined): string {
  const names = strings(list);
  return names[names.length - 1] ?? '';
}

export function qualified(obj: AstNode): [string | undefined, string] {
  const names = strings(obj.List?.items ?? (obj.String ? [obj] : []));
  return names.length > 1 ? [names[names.length - 2], names[names.length - 1]] : [undefined, names[0]];
}

export function collationName(list: AstNode[] | undefined): string {
  return lastName(list);
}

/**
 * An explicit collation equal to the column's is no collation at all.
 * "default" is the database's collation: the column's own only when the column has none.
 */
export function normalCollation(list: AstNode[] | undefined, columnCollation: string | null): string | null {
  if (!list || list.length === 0) return null;
  const name = collationName(list);
  if (name === (columnCollation ?? 'default')) return null;
  return name;
}

/**
 * PostgreSQL treats `((a))`, `(a COLLATE x)` and a cast of a column to its own
 * type as the plain column (DefineIndex: a bare Var is a simple attribute).
 */
export function simpleColumnElem(elem: AstNode, table: Table): AstNode {
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
  // A COLLATE around the whole expression is the key's collation (ComputeIndexAttrs strips it).
  if (!column) return expr === elem.expr ? elem : { ...elem, expr, collation };
  const { expr: _written, ...rest } = elem;
  return { ...rest, name: column, collation };
}

function singleColumnName(node: AstNode | undefined): string | null {
  const fields: AstNode[] | undefined = node?.ColumnRef?.fields;
  return fields?.length === 1 && fields[0].String ? fields[0].String.sval : null;
}

/**
 * A copy of an index expression or predicate in which columns qualified with
 * the index's table (`t.b`, `schema.t.b`, `db.schema.t.b`) are written bare,
 * as PostgreSQL resolves them: `WHERE t.b > 0` is `WHERE b > 0`.
 */
export function withoutTableQualifier<T>(node: T, table: Table): T {
  if (Array.isArray(node)) {
    const items = node.map((item) => withoutTableQualifier(item, table));
    return (items.some((item, i) => item !== node[i]) ? items : node) as T;
  }
  if (node === null || typeof node !== 'object') return node;
  const record = node as AstNode;
  if (record.ColumnRef) {
    const fields: AstNode[] = record.ColumnRef.fields ?? [];
    const names = fields.map((f) => f.String?.sval);
    const qualifier = [table.name, table.schema, null];
    let cut = 0;
    // [table, column], [schema, table, column], [database, schema, table, column]
    for (let n = 1; n <= 3 && n < names.length; n++) {
      const prefix = names.slice(0, n).reverse();
      if (prefix.every((name, i) => typeof name === 'string' && (qualifier[i] === null || qualifier[i] === name))) cut = n;
    }
    return (cut ? { ColumnRef: { ...record.ColumnRef, fields: fields.slice(cut) } } : record) as T;
  }
  // A tree with no qualified column comes back as it is, not copied.
  let copy: AstNode | null = null;
  for (const key in record) {
    const value = withoutTableQualifier(record[key], table);
    if (value !== record[key]) (copy ??= { ...record })[key] = value;
  }
  return (copy ?? record) as T;
}

export function isSerial(typeName: AstNode): boolean {
  return /^(small|big)?serial[248]?$/.test(lastName(typeName.names));
}

/** A copy of a parse tree without its source offsets, which would make equal expressions differ. */
export function stripLocations<T>(node: T): T {
  if (Array.isArray(node)) return node.map(stripLocations) as T;
  if (node === null || typeof node !== 'object') return node;
  const copy: AstNode = {};
  for (const key in node) if (key !== 'location') copy[key] = stripLocations((node as AstNode)[key]);
  return copy as T;
}

export function keyToElem(key: IndexKey, tree: AstNode | null): AstNode {
  const elem: AstNode = {
    ordering: key.descending ? 'SORTBY_DESC' : 'SORTBY_ASC',
    nulls_ordering: key.nullsFirst ? 'SORTBY_NULLS_FIRST' : 'SORTBY_NULLS_LAST',
  };
  if (key.kind === 'column') elem.name = key.column;
  // A cast the normal form dropped (to a text type) is written again, so that the copy keeps it.
  else elem.expr = key.cast && tree && !tree.TypeCast ? { TypeCast: { arg: tree, typeName: { names: [{ String: { sval: key.cast.type } }], typemod: -1 } } } : tree;
  if (key.opclass) elem.opclass = [{ String: { sval: key.opclass } }];
  if (key.collation) elem.collation = [{ String: { sval: key.collation } }];
  return elem;
}

export function samePendingDefinition(a: PendingIndex, b: PendingIndex): boolean {
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
export function sameDefinition(a: Index, b: Index): boolean {
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
    (index.predicateTree ? treeRefersTo(index.predicateTree, column) : false)
  );
}

/** The first answer `visit` gives over the nodes of a parse tree, a node before what it holds, in the tree's order; null when none answers. */
export function findInTree<T>(node: unknown, visit: (n: AstNode) => T | null): T | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findInTree(n, visit);
      if (found !== null) return found;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const here = visit(node as AstNode);
  if (here !== null) return here;
  for (const value of Object.values(node)) {
    const found = findInTree(value, visit);
    if (found !== null) return found;
  }
  return null;
}
