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

/** Name a function-call expression gives an index column (FigureColname), else null. */
export function functionName(node: AstNode): string | null {
  const call = node.FuncCall;
  if (!call) return null;
  const names: AstNode[] = call.funcname ?? [];
  return names[names.length - 1]?.String?.sval ?? null;
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
