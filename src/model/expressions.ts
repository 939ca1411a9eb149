/**
 * Expressions and predicates in a form that compares equal when PostgreSQL
 * would build the same index: deparsed from the parse tree, so letter case,
 * white space and redundant parentheses do not matter.
 */
import { deparseSync, QuoteUtils } from 'pgsql-deparser';
import type { AstNode } from '../sql/parseFile.js';

export function expressionText(node: AstNode): string {
  // The deparser may break long boolean expressions over lines.
  return renderExpression(node).replace(/\s+/g, ' ').trim();
}

function deparse(node: unknown): string {
  return deparseSync(node as never, { pretty: false }) ?? '';
}

/**
 * SQL text of an expression tree. The deparser does not know every node
 * PostgreSQL's parser makes (SQL/JSON query functions, from PostgreSQL 17):
 * those are written here, and a tree nothing here can write is shown as the
 * tree itself. Never an error: the text is what expressions are compared by,
 * and a tree always has one.
 */
function renderExpression(node: AstNode): string {
  try {
    return deparse(node);
  } catch {
    try {
      const rendered: string[] = [];
      // Each JSON query function becomes a column reference the deparser can write, then its own text.
      const withPlaceholders = replaceNodes(node, 'JsonFuncExpr', (f) => {
        rendered.push(jsonFunctionText(f));
        return { ColumnRef: { fields: [{ String: { sval: `pgil_placeholder_${rendered.length - 1}` } }] } };
      });
      if (rendered.length === 0) return treeText(node);
      return deparse(withPlaceholders).replace(/pgil_placeholder_(\d+)/g, (_, n: string) => rendered[Number(n)]);
    } catch {
      return treeText(node);
    }
  }
}

function replaceNodes(node: unknown, type: string, replace: (inner: AstNode) => AstNode): unknown {
  if (Array.isArray(node)) return node.map((item) => replaceNodes(item, type, replace));
  if (!node || typeof node !== 'object') return node;
  const record = node as AstNode;
  if (record[type]) return replace(record[type]);
  const out: AstNode = {};
  for (const [k, v] of Object.entries(record)) out[k] = replaceNodes(v, type, replace);
  return out;
}

/** A tree as text, keys in order: equal trees give equal text. */
function treeText(node: unknown): string {
  if (Array.isArray(node)) return `[${node.map(treeText).join(', ')}]`;
  if (!node || typeof node !== 'object') return JSON.stringify(node);
  const entries = Object.entries(node as AstNode).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${k}: ${treeText(v)}`).join(', ')}}`;
}

const JSON_FUNCTION_NAMES: Record<string, string> = { JSON_QUERY_OP: 'JSON_QUERY', JSON_VALUE_OP: 'JSON_VALUE', JSON_EXISTS_OP: 'JSON_EXISTS' };
const JSON_WRAPPERS: Record<string, string> = { JSW_NONE: ' WITHOUT WRAPPER', JSW_CONDITIONAL: ' WITH CONDITIONAL WRAPPER', JSW_UNCONDITIONAL: ' WITH UNCONDITIONAL WRAPPER' };
const JSON_QUOTES: Record<string, string> = { JS_QUOTES_KEEP: ' KEEP QUOTES', JS_QUOTES_OMIT: ' OMIT QUOTES' };

/** JSON_QUERY, JSON_VALUE or JSON_EXISTS written out as PostgreSQL reads it; throws on a part it cannot write. */
function jsonFunctionText(f: AstNode): string {
  const name = JSON_FUNCTION_NAMES[f.op];
  if (!name || f.context_item?.format?.format_type !== 'JS_FORMAT_DEFAULT') throw new Error(`JSON function ${f.op} not written`);
  let text = `${name}(${renderExpression(f.context_item.raw_expr)}, ${renderExpression(f.pathspec)}`;
  if (f.passing?.length) text += ` PASSING ${f.passing.map((a: AstNode) => `${renderExpression(a.JsonArgument.val.raw_expr)} AS ${QuoteUtils.quoteIdentifier(a.JsonArgument.name)}`).join(', ')}`;
  if (f.output) text += ` RETURNING ${typeText(f.output.typeName)}`;
  text += JSON_WRAPPERS[f.wrapper] ?? '';
  text += JSON_QUOTES[f.quotes] ?? '';
  if (f.on_empty) text += ` ${behaviorText(f.on_empty)} ON EMPTY`;
  if (f.on_error) text += ` ${behaviorText(f.on_error)} ON ERROR`;
  return `${text})`;
}

function typeText(typeName: AstNode): string {
  // The deparser writes a cast as `x::type` or, for some types, `CAST(x AS type)`.
  const cast = deparse({ TypeCast: { arg: { ColumnRef: { fields: [{ String: { sval: 'x' } }] } }, typeName } });
  return cast.replace(/^x::/, '').replace(/^CAST\(x AS (.*)\)$/, '$1');
}

function behaviorText(behavior: AstNode): string {
  if (behavior.btype === 'JSON_BEHAVIOR_DEFAULT') return `DEFAULT ${renderExpression(behavior.expr)}`;
  return behavior.btype.replace(/^JSON_BEHAVIOR_/, '').replace('_', ' ');
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
 * The name PostgreSQL gives an index column for an expression, read from the
 * expression as written (FigureIndexColname): a column's or function's name,
 * `coalesce`, `nullif`, `array`, `case`, a cast's type when nothing better is
 * inside it..., else null (PostgreSQL then says `expr`).
 */
export function figureColumnName(node: AstNode | undefined): string | null {
  return figure(node).name;
}

/** Names that PostgreSQL gives expressions that are functions in all but syntax. */
const NAMED_NODES: Record<string, string> = {
  A_ArrayExpr: 'array',
  RowExpr: 'row',
  CoalesceExpr: 'coalesce',
  GroupingFunc: 'grouping',
  MergeSupportFunc: 'merge_action',
  XmlSerialize: 'xmlserialize',
  JsonParseExpr: 'json',
  JsonScalarExpr: 'json_scalar',
  JsonSerializeExpr: 'json_serialize',
  JsonObjectConstructor: 'json_object',
  JsonArrayConstructor: 'json_array',
  JsonArrayQueryConstructor: 'json_array',
  JsonObjectAgg: 'json_objectagg',
  JsonArrayAgg: 'json_arrayagg',
};

/** SQLValueFunction's operations by the name PostgreSQL gives them (the _N forms carry a precision). */
const VALUE_FUNCTION_NAMES: Record<string, string> = {
  SVFOP_CURRENT_DATE: 'current_date',
  SVFOP_CURRENT_TIME: 'current_time',
  SVFOP_CURRENT_TIME_N: 'current_time',
  SVFOP_CURRENT_TIMESTAMP: 'current_timestamp',
  SVFOP_CURRENT_TIMESTAMP_N: 'current_timestamp',
  SVFOP_LOCALTIME: 'localtime',
  SVFOP_LOCALTIME_N: 'localtime',
  SVFOP_LOCALTIMESTAMP: 'localtimestamp',
  SVFOP_LOCALTIMESTAMP_N: 'localtimestamp',
  SVFOP_CURRENT_ROLE: 'current_role',
  SVFOP_CURRENT_USER: 'current_user',
  SVFOP_USER: 'user',
  SVFOP_SESSION_USER: 'session_user',
  SVFOP_CURRENT_CATALOG: 'current_catalog',
  SVFOP_CURRENT_SCHEMA: 'current_schema',
};

function lastString(list: AstNode[] | undefined): string | null {
  let name: string | null = null;
  for (const item of list ?? []) if (typeof item?.String?.sval === 'string') name = item.String.sval;
  return name;
}

/**
 * A name and how sure of it PostgreSQL is (2: a column's or function's name;
 * 1: a fallback such as a cast's type or `case`; 0: none), as
 * FigureColnameInternal decides: a cast or CASE keeps a sure name found inside it.
 */
function figure(node: AstNode | undefined): { name: string | null; strength: number } {
  const none = { name: null, strength: 0 };
  if (!node || typeof node !== 'object') return none;
  const [kind] = Object.keys(node);
  const value = node[kind] ?? {};
  if (kind in NAMED_NODES) return { name: NAMED_NODES[kind], strength: 2 };
  switch (kind) {
    case 'ColumnRef': {
      const name = lastString(value.fields);
      return name ? { name, strength: 2 } : none;
    }
    case 'A_Indirection': {
      const name = lastString(value.indirection);
      return name ? { name, strength: 2 } : figure(value.arg);
    }
    case 'FuncCall':
      return { name: lastString(value.funcname), strength: 2 };
    case 'A_Expr':
      return value.kind === 'AEXPR_NULLIF' ? { name: 'nullif', strength: 2 } : none;
    case 'TypeCast': {
      const inner = figure(value.arg);
      const type = lastString(value.typeName?.names);
      return inner.strength <= 1 && type ? { name: type, strength: 1 } : inner;
    }
    case 'CollateClause':
      return figure(value.arg);
    case 'SubLink':
      if (value.subLinkType === 'EXISTS_SUBLINK') return { name: 'exists', strength: 2 };
      if (value.subLinkType === 'ARRAY_SUBLINK') return { name: 'array', strength: 2 };
      return none;
    case 'CaseExpr': {
      const inner = figure(value.defresult);
      return inner.strength <= 1 ? { name: 'case', strength: 1 } : inner;
    }
    case 'MinMaxExpr':
      return { name: value.op === 'IS_GREATEST' ? 'greatest' : 'least', strength: 2 };
    case 'SQLValueFunction':
      return value.op in VALUE_FUNCTION_NAMES ? { name: VALUE_FUNCTION_NAMES[value.op], strength: 2 } : none;
    case 'XmlExpr':
      return value.op && value.op !== 'IS_DOCUMENT' ? { name: String(value.op).slice('IS_'.length).toLowerCase(), strength: 2 } : none;
    case 'JsonFuncExpr':
      return value.op === 'JSON_TABLE_OP' || !value.op ? none : { name: String(value.op).replace(/_OP$/, '').toLowerCase(), strength: 2 };
    default:
      return none;
  }
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
  if (record.JsonFuncExpr) return { JsonFuncExpr: normalizeJsonFunction(mapValues(record.JsonFuncExpr)) };
  // A CASE without ELSE is one with ELSE NULL, as the catalog shows it.
  if (record.CaseExpr && !record.CaseExpr.defresult) return { CaseExpr: { ...mapValues(record.CaseExpr), defresult: { A_Const: { isnull: true } } } };
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

/** The type each JSON query function returns when no RETURNING clause says otherwise. */
const JSON_DEFAULT_RETURNING: Record<string, string> = { JSON_QUERY_OP: 'jsonb', JSON_VALUE_OP: 'text', JSON_EXISTS_OP: 'bool' };

/**
 * The catalog writes out every default of a JSON query function
 * (`RETURNING jsonb WITHOUT WRAPPER KEEP QUOTES`) and its path in its own
 * spelling (`'$."a"'`): the defaults are dropped and the path respelled.
 */
function normalizeJsonFunction(f: AstNode): AstNode {
  const out: AstNode = { ...f };
  const typeName = f.output?.typeName;
  if (typeName) {
    const names: AstNode[] = typeName.names ?? [];
    out.output = { ...f.output, typeName: { ...typeName, names: names.slice(-1) } };
    const isDefault = names[names.length - 1]?.String?.sval === JSON_DEFAULT_RETURNING[f.op] && !typeName.typmods && !typeName.arrayBounds;
    if (isDefault && f.output.returning?.format?.format_type === 'JS_FORMAT_DEFAULT') delete out.output;
  }
  if (f.wrapper === 'JSW_NONE') out.wrapper = 'JSW_UNSPEC';
  if (f.quotes === 'JS_QUOTES_KEEP') out.quotes = 'JS_QUOTES_UNSPEC';
  const defaultOnError = f.op === 'JSON_EXISTS_OP' ? 'JSON_BEHAVIOR_FALSE' : 'JSON_BEHAVIOR_NULL';
  if (f.on_empty?.btype === 'JSON_BEHAVIOR_NULL' && f.op !== 'JSON_EXISTS_OP') delete out.on_empty;
  if (f.on_error?.btype === defaultOnError) delete out.on_error;
  const path = f.pathspec?.A_Const?.sval?.sval;
  if (typeof path === 'string') out.pathspec = { A_Const: { ...f.pathspec.A_Const, sval: { sval: jsonPathText(path) } } };
  return out;
}

/**
 * A JSON path in one spelling: no white space outside strings, a key or
 * variable name without quotes where it needs none, no default `lax`.
 */
export function jsonPathText(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (/\s/.test(c)) continue;
    if (c !== '"') {
      out += c;
      continue;
    }
    let end = i + 1;
    while (end < path.length && path[end] !== '"') end += path[end] === '\\' ? 2 : 1;
    const quoted = path.slice(i, end + 1);
    const bare = quoted.slice(1, -1);
    out += /[.$]$/.test(out) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(bare) ? bare : quoted;
    i = end;
  }
  return out.replace(/^lax(?=[$@])/, '');
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
