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
