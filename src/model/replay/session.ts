/** CREATE SCHEMA, session settings that move search_path, CLUSTER, and procedural code (DO blocks, functions). */
import type { ClusterStmt, CreateFunctionStmt, CreateSchemaStmt, DoStmt, SelectStmt, VariableSetStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { mayChangeSchema, planDoBlock, proceduralSchemaEffect } from '../procedural.js';
import { tableKey } from '../types.js';
import { lastName } from './ast.js';
import type { Relation, ReplayContext } from './context.js';
import { roleOf } from './ownership.js';

export function createSchema(ctx: ReplayContext, node: CreateSchemaStmt): void {
  // CREATE SCHEMA AUTHORIZATION role names the schema after the role.
  const name: string | undefined = node.schemaname ?? node.authrole?.rolename;
  if (!name) return;
  // The schema, and what it is created with, belong to the role AUTHORIZATION names.
  const owner = node.authrole ? roleOf(ctx, node.authrole) : ctx.model.currentUser;
  if (!ctx.model.schemas.has(name) && owner !== undefined) ctx.model.schemaOwners.set(name, owner);
  ctx.model.schemas.add(name);
  // Elements of CREATE SCHEMA are created in that schema, whatever search_path says.
  const saved = ctx.model.searchPath;
  const savedUser = ctx.model.user;
  ctx.model.searchPath = [name, ...saved];
  if (typeof owner === 'string') ctx.model.user = { session: savedUser.session, role: owner };
  for (const elt of (node.schemaElts ?? []) as AstNode[]) {
    const kind = Object.keys(elt)[0];
    ctx.dispatch(kind, elt[kind]);
  }
  ctx.model.searchPath = saved;
  ctx.model.user = savedUser;
}

export function setVariable(ctx: ReplayContext, node: VariableSetStmt): void {
  if (node.name !== 'search_path') return;
  const local = Boolean(node.is_local);
  if (node.kind === 'VAR_RESET' || node.kind === 'VAR_SET_DEFAULT') {
    ctx.setSearchPath(['public'], local);
    return;
  }
  // Each argument of SET is one exact schema name (the parser already folded unquoted ones).
  const values = (node.args ?? []).map((a: AstNode) => a.A_Const?.sval?.sval ?? a.String?.sval).filter((s: unknown): s is string => typeof s === 'string');
  ctx.setSearchPath(
    values.filter((s: string) => !IMPLICIT_SCHEMAS.has(s)),
    local,
  );
}

/** pg_dump sets the path with `SELECT pg_catalog.set_config('search_path', '', false)`; `true` sets it for the transaction only. */
export function selectSetConfig(ctx: ReplayContext, node: SelectStmt): void {
  for (const target of (node.targetList ?? []) as AstNode[]) {
    const call = target.ResTarget?.val?.FuncCall;
    if (!call || lastName(call.funcname) !== 'set_config') continue;
    const [name, value, isLocal] = call.args ?? [];
    if (name?.A_Const?.sval?.sval === 'search_path' && value?.A_Const) {
      ctx.setSearchPath(parseSearchPath(value.A_Const.sval?.sval ?? ''), isLocal?.A_Const?.boolval?.boolval === true);
    }
  }
}

export function cluster(ctx: ReplayContext, node: ClusterStmt): void {
  if (!node.relation || !node.indexname) return;
  const relation = node.relation as Relation;
  const table = ctx.model.findTable(relation.schemaname, relation.relname);
  if (!table) return;
  for (const index of ctx.model.indexesOn(tableKey(table.schema, table.name))) index.clustered = index.name === node.indexname;
}

/** A DO block runs when the migration runs: follow what can be known of it (see procedural.ts). */
export function doBlock(ctx: ReplayContext, node: DoStmt): void {
  const language = ((node.args ?? []) as AstNode[]).find((a) => a.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval ?? 'plpgsql';
  if (language !== 'plpgsql') {
    ctx.note(`DO block in ${language} not followed: any schema change inside it is not in the model`);
    ctx.certainty.unfollowed();
    return;
  }
  const body = ((node.args ?? []) as AstNode[]).find((a) => a.DefElem?.defname === 'as')?.DefElem?.arg?.String?.sval;
  if (typeof body === 'string' && !mayChangeSchema(body)) return;
  const plan = planDoBlock(ctx.statementText, ctx.model);
  for (const s of plan.statements) ctx.dispatch(s.kind, s.node);
  if (plan.unfollowed.length) {
    ctx.note(`DO block not followed in part: it ${plan.unfollowed.join('; ')}; changes it makes to indexes or constraints are not in the model`);
    ctx.certainty.unfollowed();
  }
}

/** A function runs only when called; say so when it could change indexes. */
export function createFunction(ctx: ReplayContext, node: CreateFunctionStmt): void {
  const language = ((node.options ?? []) as AstNode[]).find((o) => o.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
  if (language !== 'plpgsql') return;
  const body: AstNode[] = ((node.options ?? []) as AstNode[]).find((o) => o.DefElem?.defname === 'as')?.DefElem?.arg?.List?.items ?? [];
  if (body.length && !body.some((b) => typeof b.String?.sval === 'string' && mayChangeSchema(b.String.sval))) return;
  const effect = proceduralSchemaEffect(ctx.statementText);
  if (effect) {
    ctx.note(`function ${lastName(node.funcname)} ${effect}; calls to it are not followed`);
    ctx.certainty.unfollowed();
  }
}

/** Entries of search_path that never hold the migrations' tables. */
const IMPLICIT_SCHEMAS = new Set(['$user', 'pg_catalog', 'pg_temp']);

/** A search_path string as set_config takes it: comma-separated, unquoted names folded to lower case. */
function parseSearchPath(value: string): string[] {
  const names: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < value.length && (m = re.exec(value)) !== null) {
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].toLowerCase();
    if (name && !IMPLICIT_SCHEMAS.has(name)) names.push(name);
    if (m[0].length === 0) break;
  }
  return names;
}
