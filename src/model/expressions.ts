/**
 * Expressions and predicates in a form that compares equal when PostgreSQL
 * would build the same index: deparsed from the parse tree, so letter case,
 * white space and redundant parentheses do not matter.
 */
import { deparseSync } from 'pgsql-deparser';
import type { AstNode } from '../sql/parseFile.js';

export function expressionText(node: AstNode): string {
  // The deparser may break long boolean expressions over lines.
  return (deparseSync(node as never, { pretty: false }) ?? '').replace(/\s+/g, ' ').trim();
}

/** Names of the columns an expression refers to. */
export function referencedColumns(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) referencedColumns(item, out);
  } else if (node && typeof node === 'object') {
    const record = node as AstNode;
    if (record.ColumnRef) {
      const fields: AstNode[] = record.ColumnRef.fields ?? [];
      const last = fields[fields.length - 1];
      if (last?.String) out.add(last.String.sval);
      return out;
    }
    for (const value of Object.values(record)) referencedColumns(value, out);
  }
  return out;
}

/** Renames a column everywhere in an expression tree (in place). */
export function renameColumnInTree(node: unknown, from: string, to: string): void {
  if (Array.isArray(node)) {
    for (const item of node) renameColumnInTree(item, from, to);
  } else if (node && typeof node === 'object') {
    const record = node as AstNode;
    if (record.ColumnRef) {
      const fields: AstNode[] = record.ColumnRef.fields ?? [];
      const last = fields[fields.length - 1];
      if (last?.String?.sval === from) last.String.sval = to;
      return;
    }
    for (const value of Object.values(record)) renameColumnInTree(value, from, to);
  }
}

/**
 * The name PostgreSQL gives an index column for an expression
 * (FigureColname): a function's name, a cast's argument's, else null ("expr").
 */
export function figureColumnName(node: AstNode | undefined): string | null {
  return figure(node)?.name ?? null;
}

function figure(node: AstNode | undefined): { name: string; strength: number } | null {
  if (!node) return null;
  if (node.ColumnRef) {
    const fields: AstNode[] = node.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1]?.String?.sval;
    return last ? { name: last, strength: 2 } : null;
  }
  if (node.FuncCall) {
    const names: AstNode[] = node.FuncCall.funcname ?? [];
    const last = names[names.length - 1]?.String?.sval;
    return last ? { name: last, strength: 2 } : null;
  }
  if (node.TypeCast) {
    const inner = figure(node.TypeCast.arg);
    if (inner && inner.strength > 1) return inner;
    const names: AstNode[] = node.TypeCast.typeName?.names ?? [];
    const last = names[names.length - 1]?.String?.sval;
    return last ? { name: last, strength: 1 } : inner;
  }
  if (node.CollateClause) return figure(node.CollateClause.arg);
  if (node.CoalesceExpr) return { name: 'coalesce', strength: 2 };
  if (node.CaseExpr) return { name: 'case', strength: 1 };
  if (node.MinMaxExpr) return { name: node.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least', strength: 2 };
  return null;
}

/**
 * Columns a predicate requires to be non-null when it is nothing but
 * `col IS NOT NULL` conditions joined by AND; null for any other predicate.
 */
export function notNullColumns(node: AstNode | null | undefined): string[] | null {
  if (!node) return [];
  if (node.NullTest) {
    const arg = node.NullTest.arg;
    if (node.NullTest.nulltesttype !== 'IS_NOT_NULL' || !arg?.ColumnRef) return null;
    return [...referencedColumns(arg)];
  }
  if (node.BoolExpr?.boolop === 'AND_EXPR') {
    const out: string[] = [];
    for (const arg of node.BoolExpr.args ?? []) {
      const cols = notNullColumns(arg);
      if (cols === null) return null;
      out.push(...cols);
    }
    return out;
  }
  return null;
}

/** Types whose casts PostgreSQL's catalog adds on its own (varchar and char columns are compared as text). */
const TEXT_LIKE_TYPES = new Set(['text', 'varchar', 'bpchar', 'char', 'character', 'character varying', 'name']);

/**
 * Rewrites an expression tree into the form both sources share. The catalog
 * (pg_get_indexdef) shows what PostgreSQL made of the written SQL: implicit
 * casts (`(email)::text`), typed literals (`'a'::text`), `= ANY (ARRAY[...])`
 * for IN, `~~` for LIKE, two comparisons for BETWEEN, flattened AND/OR, and
 * schema-qualified names. Both sides are brought to one form so they meet.
 */
export function normalizeExpression(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeExpression);
  if (!node || typeof node !== 'object') return node;
  const record = node as AstNode;
  if (record.TypeCast) {
    const cast = record.TypeCast;
    const names: AstNode[] = cast.typeName?.names ?? [];
    const type: string = names[names.length - 1]?.String?.sval ?? '';
    const arg = normalizeExpression(cast.arg) as AstNode;
    // Casts to text-like types are added by the catalog; a literal's type is implied by its use.
    if (TEXT_LIKE_TYPES.has(type) || arg?.A_Const || arg?.A_ArrayExpr) return arg;
    return { TypeCast: { ...cast, arg, typeName: { ...cast.typeName, names: names.slice(-1) } } };
  }
  if (record.FuncCall) {
    const call = record.FuncCall;
    return { FuncCall: { ...mapValues(call), funcname: (call.funcname ?? []).slice(-1) } };
  }
  if (record.A_Expr) return normalizeOperator(mapValues(record.A_Expr));
  if (record.BoolExpr) {
    const op = record.BoolExpr.boolop;
    const args: AstNode[] = [];
    for (const arg of (record.BoolExpr.args ?? []).map(normalizeExpression) as AstNode[]) {
      if (op !== 'NOT_EXPR' && arg.BoolExpr?.boolop === op) args.push(...arg.BoolExpr.args);
      else args.push(arg);
    }
    return { BoolExpr: { ...record.BoolExpr, args } };
  }
  return mapValues(record);
}

function mapValues(record: AstNode): AstNode {
  const out: AstNode = {};
  for (const [k, v] of Object.entries(record)) out[k] = normalizeExpression(v);
  return out;
}

function operator(name: string, lexpr: unknown, rexpr: unknown): AstNode {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: name } }], lexpr, rexpr } };
}

function normalizeOperator(e: AstNode): AstNode {
  const name: string = e.name?.[e.name.length - 1]?.String?.sval ?? '';
  switch (e.kind) {
    case 'AEXPR_LIKE':
    case 'AEXPR_ILIKE':
      return operator(name, e.lexpr, e.rexpr);
    case 'AEXPR_OP_ANY':
    case 'AEXPR_OP_ALL': {
      const elements = e.rexpr?.A_ArrayExpr?.elements;
      const isIn = (e.kind === 'AEXPR_OP_ANY' && name === '=') || (e.kind === 'AEXPR_OP_ALL' && name === '<>');
      if (!elements || !isIn) return { A_Expr: e };
      return normalizeOperator({ kind: 'AEXPR_IN', name: [{ String: { sval: name } }], lexpr: e.lexpr, rexpr: { List: { items: elements } } });
    }
    case 'AEXPR_IN': {
      const items: unknown[] = e.rexpr?.List?.items ?? [];
      // PostgreSQL turns a one-element IN into a plain comparison.
      if (items.length === 1) return operator(name, e.lexpr, items[0]);
      return { A_Expr: { kind: 'AEXPR_IN', name: [{ String: { sval: name } }], lexpr: e.lexpr, rexpr: { List: { items } } } };
    }
    case 'AEXPR_BETWEEN':
    case 'AEXPR_NOT_BETWEEN': {
      const [low, high] = e.rexpr?.List?.items ?? [];
      const between = e.kind === 'AEXPR_BETWEEN';
      return {
        BoolExpr: {
          boolop: between ? 'AND_EXPR' : 'OR_EXPR',
          args: [operator(between ? '>=' : '<', e.lexpr, low), operator(between ? '<=' : '>', e.lexpr, high)],
        },
      };
    }
    default:
      return { A_Expr: { ...e, name: e.name?.slice(-1) } };
  }
}
