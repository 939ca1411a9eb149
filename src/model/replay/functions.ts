/**
 * The functions the files create, with what PostgreSQL checks of a function
 * called in a partition key: whether it is IMMUTABLE, and whether it returns
 * a set. A function the files do not create (built in, from an extension, or
 * from before the history starts) is not known here, and nothing is refused
 * for calling it.
 */
import type { AlterFunctionStmt, CreateFunctionStmt, DropStmt } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import type { AstNode } from '../../sql/parseFile.js';
import { findInTree, lastName, strings } from './ast.js';
import type { ReplayContext } from './context.js';
import { NOT_IMMUTABLE } from './rejections.js';

export interface FunctionInfo {
  schema: string;
  /** How many arguments a call may pass: the input parameters without a default, up to all of them (Infinity with VARIADIC). */
  minArgs: number;
  maxArgs: number;
  /** The number of input parameters, which DROP FUNCTION name(types) names. */
  inputs: number;
  /**
   * True when a call of it is never immutable: it is not declared IMMUTABLE,
   * and PostgreSQL cannot inline it into something immutable (it is not in
   * SQL, or its SQL calls a built-in function that is not immutable).
   */
  neverImmutable: boolean;
  returnsSet: boolean;
}

/** Modes of the parameters a call passes. */
const INPUT_MODES = new Set(['FUNC_PARAM_DEFAULT', 'FUNC_PARAM_IN', 'FUNC_PARAM_INOUT', 'FUNC_PARAM_VARIADIC']);

function volatilityOf(options: AstNode[] | undefined): string | null {
  const option = (options ?? []).find((o) => o.DefElem?.defname === 'volatility');
  return option ? String(option.DefElem.arg?.String?.sval ?? '') : null;
}

export function recordFunction(ctx: ReplayContext, node: CreateFunctionStmt): void {
  if (node.is_procedure) return;
  const names = strings(node.funcname as AstNode[]);
  const name = names[names.length - 1];
  const schema = ctx.model.creationSchema(names.length > 1 ? names[names.length - 2] : undefined);
  const inputs = ((node.parameters ?? []) as AstNode[]).map((p) => p.FunctionParameter).filter((p) => INPUT_MODES.has(p?.mode ?? 'FUNC_PARAM_DEFAULT'));
  const info: FunctionInfo = {
    schema,
    minArgs: inputs.filter((p) => !p.defexpr && p.mode !== 'FUNC_PARAM_VARIADIC').length,
    maxArgs: inputs.some((p) => p.mode === 'FUNC_PARAM_VARIADIC') ? Infinity : inputs.length,
    inputs: inputs.length,
    neverImmutable: volatilityOf(node.options as AstNode[] | undefined) !== 'immutable' && !mayInlineImmutable(node),
    // RETURNS SETOF, or RETURNS TABLE (which the parser gives as SETOF too).
    returnsSet: Boolean(node.returnType?.setof),
  };
  // OR REPLACE (or a second overload the model cannot tell apart by its types) takes the place of the one of as many parameters.
  const others = (ctx.functions.get(name) ?? []).filter((f) => f.schema !== schema || f.inputs !== info.inputs);
  ctx.functions.set(name, [...others, info]);
}

export function alterFunction(ctx: ReplayContext, node: AlterFunctionStmt): void {
  const volatility = volatilityOf(node.actions as AstNode[] | undefined);
  if (volatility === null) return;
  // The body is not kept: a function made not immutable is taken as possibly inlined into something immutable.
  for (const f of matching(ctx, node.func as AstNode | undefined)) f.neverImmutable = false;
}

/**
 * Could PostgreSQL inline a call of this function (not declared IMMUTABLE)
 * into an immutable expression? Only a function in SQL can be inlined; one
 * whose body calls a built-in function that is not immutable stays mutable
 * whether it is inlined or not.
 */
function mayInlineImmutable(node: CreateFunctionStmt): boolean {
  const options = (node.options ?? []) as AstNode[];
  const language = options.find((o) => o.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
  // A body written as RETURN or BEGIN ATOMIC is SQL.
  if (language !== 'sql' && !(language === undefined && node.sql_body)) return false;
  if (node.sql_body) return !callsMutableBuiltin(node.sql_body);
  const body: AstNode[] = options.find((o) => o.DefElem?.defname === 'as')?.DefElem?.arg?.List?.items ?? [];
  const text = body[0]?.String?.sval;
  if (typeof text !== 'string') return true;
  try {
    return !callsMutableBuiltin(parseSync(text));
  } catch {
    return true;
  }
}

function callsMutableBuiltin(node: unknown): boolean {
  const found = findInTree(node, (n) => {
    if (n.SQLValueFunction) return true;
    if (!n.FuncCall) return null;
    const names = strings(n.FuncCall.funcname);
    return (names.length === 1 || names[0] === 'pg_catalog') && NOT_IMMUTABLE.has(names[names.length - 1]) ? true : null;
  });
  return found === true;
}

export function dropFunctions(ctx: ReplayContext, node: DropStmt): void {
  for (const obj of (node.objects ?? []) as AstNode[]) {
    const func = obj.ObjectWithArgs as AstNode | undefined;
    const name = lastName(func?.objname);
    const gone = new Set(matching(ctx, func));
    const left = (ctx.functions.get(name) ?? []).filter((f) => !gone.has(f));
    if (left.length) ctx.functions.set(name, left);
    else ctx.functions.delete(name);
  }
}

/** The recorded functions a DROP or ALTER FUNCTION names: by name, and by its number of parameters when it lists them. */
function matching(ctx: ReplayContext, func: AstNode | undefined): FunctionInfo[] {
  if (!func) return [];
  const names = strings(func.objname);
  const all = (ctx.functions.get(names[names.length - 1]) ?? []).filter((f) => inScope(ctx, f, names));
  if (func.args_unspecified) return all;
  // objfuncargs keeps the modes; OUT parameters are not part of the signature.
  const args: AstNode[] = func.objfuncargs ?? (func.objargs ?? []).map((t: AstNode) => ({ FunctionParameter: { argType: t } }));
  const count = args.filter((a) => INPUT_MODES.has(a.FunctionParameter?.mode ?? 'FUNC_PARAM_DEFAULT')).length;
  return all.filter((f) => f.inputs === count);
}

/** Could a name written with these parts mean the function: its schema, or one of search_path when unqualified? */
function inScope(ctx: ReplayContext, f: FunctionInfo, names: string[]): boolean {
  return names.length > 1 ? f.schema === names[names.length - 2] : ctx.model.searchPath.includes(f.schema);
}

/**
 * The functions of the files a call of `funcname` with `args` arguments may
 * run (by name, schema and number of arguments; the model knows no argument
 * types), or null when none: a function of pg_catalog or of an extension.
 */
export function calledFunctions(ctx: ReplayContext, funcname: AstNode[] | undefined, args: number): FunctionInfo[] | null {
  const names = strings(funcname);
  if (names.length > 2 || names[0] === 'pg_catalog') return null;
  const candidates = (ctx.functions.get(names[names.length - 1] ?? '') ?? []).filter((f) => inScope(ctx, f, names) && f.minArgs <= args && args <= f.maxArgs);
  return candidates.length ? candidates : null;
}
