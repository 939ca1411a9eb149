/**
 * Who owns what. The session acts as a role (SET ROLE, SET SESSION
 * AUTHORIZATION, psql's \connect with a user name); each table, view,
 * sequence and schema the files create belongs to the role the session acts
 * as then, or to the one ALTER ... OWNER TO or REASSIGN OWNED names later;
 * DROP OWNED drops what the roles own, as PostgreSQL does. The role the
 * migrations connect as is never named in the files: it is `null`.
 * Privileges are not followed: a statement the server would refuse for want
 * of them is applied all the same, as every other statement is.
 */
import type { AlterOwnerStmt, AlterTableStmt, CreateRoleStmt, DropOwnedStmt, ReassignOwnedStmt, RoleSpec, VariableSetStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import type { Owner } from '../schema.js';
import { splitQualifiedName, tableKey, type Table } from '../types.js';
import { rejected, type ReplayContext, type Relation } from './context.js';
import { dependentsOf, forgetDependencies } from './dependencies.js';
import { dropDependents, dropTable, dropTableRefusal } from './indexes.js';
import { REJECTED } from './transactions.js';

/** SET [LOCAL] ROLE and SET [LOCAL] SESSION AUTHORIZATION, and their RESET. */
export function setSessionUser(ctx: ReplayContext, node: VariableSetStmt): void {
  if (node.name !== 'role' && node.name !== 'session_authorization') return;
  let value: string | null = null;
  if (node.kind === 'VAR_SET_VALUE') {
    const given = (node.args?.[0] as AstNode | undefined)?.A_Const?.sval?.sval;
    if (typeof given !== 'string') return;
    value = given;
  } else if (node.kind !== 'VAR_RESET' && node.kind !== 'VAR_SET_DEFAULT') return;
  const local = Boolean(node.is_local);
  // SET SESSION AUTHORIZATION makes the current user the new session user: a role set before no longer applies.
  if (node.name === 'session_authorization') ctx.setUser({ session: value, role: null }, local);
  else ctx.setUser({ session: ctx.model.user.session, role: value === 'none' ? null : value }, local);
}

/** psql's `\connect [dbname [username ...]]`: a new session, as the user named, or as before with `-` or none. */
export function connectedUser(command: string): string | null {
  const args = command.trim().split(/\s+/).slice(1);
  // A connection string or URI names its user otherwise; only the positional form is read.
  if (args.some((a) => a.includes('='))) return null;
  const user = args[1]?.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
  return user && user !== '-' ? user : null;
}

/** A role as a statement names it; undefined for PUBLIC, which owns nothing. */
export function roleOf(ctx: ReplayContext, spec: RoleSpec | undefined): Owner | undefined {
  switch (spec?.roletype) {
    case 'ROLESPEC_CSTRING':
      return spec.rolename;
    case 'ROLESPEC_CURRENT_USER':
    case 'ROLESPEC_CURRENT_ROLE':
      return ctx.model.currentUser;
    case 'ROLESPEC_SESSION_USER':
      return ctx.model.user.session;
    default:
      return undefined;
  }
}

/** CREATE ROLE / USER / GROUP: a role the files make is never the one they connect as. */
export function createRole(ctx: ReplayContext, node: CreateRoleStmt): void {
  if (node.role) ctx.model.roles.add(node.role);
}

/**
 * ALTER TABLE, VIEW, MATERIALIZED VIEW, SEQUENCE ... OWNER TO, once the rest
 * of the statement is applied (`alter`): not when PostgreSQL rejects it. An
 * index keeps its table's owner (PostgreSQL only warns), and a partitioned
 * table's partitions keep theirs.
 */
export function alterTableWithOwner(ctx: ReplayContext, node: AlterTableStmt, alter: (ctx: ReplayContext, node: AlterTableStmt) => void): void {
  const cmds = ((node.cmds ?? []) as AstNode[]).map((c) => c.AlterTableCmd).filter((c) => c?.subtype === 'AT_ChangeOwner');
  if (!cmds.length) return alter(ctx, node);
  const note = ctx.note;
  let refused = false;
  ctx.note = (message, kind) => {
    if (message.includes(REJECTED)) refused = true;
    note(message, kind);
  };
  try {
    alter(ctx, node);
  } finally {
    ctx.note = note;
  }
  const owner = roleOf(ctx, cmds[cmds.length - 1].newowner);
  const rv = node.relation as Relation | undefined;
  if (refused || owner === undefined || !rv || node.objtype === 'OBJECT_INDEX') return;
  const found = ctx.model.findRelation(rv.schemaname, rv.relname);
  if (found?.kind === 'table') found.table.owner = owner;
  else if (found?.kind === 'other') ctx.model.relationOwners.set(tableKey(found.schema, found.name), owner);
}

/** ALTER SCHEMA ... OWNER TO (the other objects ALTER ... OWNER TO names own no table). */
export function alterOwner(ctx: ReplayContext, node: AlterOwnerStmt): void {
  if (node.objectType !== 'OBJECT_SCHEMA') return;
  const schema = (node.object as AstNode | undefined)?.String?.sval;
  const owner = roleOf(ctx, node.newowner);
  if (typeof schema === 'string' && owner !== undefined && ctx.model.schemas.has(schema)) ctx.model.schemaOwners.set(schema, owner);
}

/** What the roles a statement names own, in the model. */
interface Owned {
  tables: Table[];
  /** Views and sequences, by key. */
  others: string[];
  schemas: string[];
}

function ownedBy(ctx: ReplayContext, roles: Set<Owner>): Owned {
  const owned = (owner: Owner | undefined) => owner !== undefined && roles.has(owner);
  return {
    tables: [...ctx.model.tables.values()].filter((t) => owned(t.owner)),
    others: [...ctx.model.otherRelations].filter((k) => owned(ctx.model.relationOwners.get(k))),
    schemas: [...ctx.model.schemas].filter((s) => owned(ctx.model.schemaOwners.get(s))),
  };
}

function rolesOf(ctx: ReplayContext, specs: unknown[] | undefined): Set<Owner> {
  const roles = new Set<Owner>();
  for (const spec of (specs ?? []) as AstNode[]) {
    const role = roleOf(ctx, spec.RoleSpec);
    if (role !== undefined) roles.add(role);
  }
  return roles;
}

/**
 * A role the files name but never create may be the one they connect as:
 * then PostgreSQL also acts on what they created without SET ROLE, which the
 * model cannot know; a note says so. True when one of the roles may be it.
 */
function noteConnectingRole(ctx: ReplayContext, roles: Set<Owner>, statement: string, effect: string): boolean {
  const unknown = [...roles].filter((r): r is string => r !== null && !ctx.model.roles.has(r));
  if (!unknown.length) return false;
  const connecting = [...ctx.model.tables.values()].some((t) => t.owner === null) || [...ctx.model.schemaOwners.values()].includes(null);
  if (connecting)
    ctx.note(`${statement} ${unknown.join(', ')}: if that is the role the migrations connect as, PostgreSQL also ${effect} the objects they created without SET ROLE, which the model does not`);
  return true;
}

/**
 * Why DROP OWNED without CASCADE fails: something the roles do not own
 * depends on what they own (a table of another role in one of their schemas,
 * a table that inherits from theirs, a foreign key that references theirs, a
 * view of another role that reads theirs). A dependent that `mayBeTheirs`
 * (its owner is not known, or may be one of the roles) refuses nothing: the
 * replay never refuses what PostgreSQL may accept.
 */
function dropOwnedRefusal(ctx: ReplayContext, owned: Owned, dependents: string[], mayBeTheirs: (owner: Owner | undefined) => boolean): string | null {
  const schemas = new Set(owned.schemas);
  const tables = new Set(owned.tables);
  const others = new Set(owned.others);
  const keys = new Set(owned.tables.map((t) => tableKey(t.schema, t.name)));
  // A partition goes with its partitioned table, whoever owns it.
  const goesWithParent = (t: Table): boolean => {
    const seen = new Set<string>();
    for (let key = t.partitionOf; key && !seen.has(key); key = ctx.model.tables.get(key)?.partitionOf ?? null) {
      if (keys.has(key)) return true;
      seen.add(key);
    }
    return false;
  };
  const foreign = [...ctx.model.tables.values()].find((t) => schemas.has(t.schema) && !tables.has(t) && !mayBeTheirs(t.owner) && !goesWithParent(t));
  if (foreign) return `table ${foreign.name} of another role is in schema ${foreign.schema}`;
  const other = [...ctx.model.otherRelations].find((k) => schemas.has(splitQualifiedName(k)?.[0] ?? '') && !others.has(k) && !mayBeTheirs(ctx.model.relationOwners.get(k)));
  if (other) return `${other} of another role is in a schema the role owns`;
  const refusal = dropTableRefusal(ctx, [...owned.tables, ...[...ctx.model.tables.values()].filter((t) => !tables.has(t) && mayBeTheirs(t.owner))]);
  if (refusal) return refusal;
  for (const key of dependents) {
    const owner = ctx.model.tables.has(key) ? ctx.model.tables.get(key)!.owner : ctx.model.relationOwners.get(key);
    if (!mayBeTheirs(owner)) return `${key}, of another role, depends on what the role owns`;
  }
  return null;
}

/** DROP OWNED BY roles [CASCADE]: their tables, views, sequences and schemas go, in one statement. */
export function dropOwned(ctx: ReplayContext, node: DropOwnedStmt): void {
  const roles = rolesOf(ctx, node.roles);
  if (!roles.size) return;
  const connecting = noteConnectingRole(ctx, roles, 'DROP OWNED BY', 'drops');
  const owned = ownedBy(ctx, roles);
  const dependents = dependentsOf(ctx, [...owned.tables.map((t) => tableKey(t.schema, t.name)), ...owned.others]);
  if (node.behavior !== 'DROP_CASCADE') {
    const mayBeTheirs = (owner: Owner | undefined) => owner === undefined || (owner === null && connecting);
    const refusal = dropOwnedRefusal(ctx, owned, dependents, mayBeTheirs);
    if (refusal) return rejected(ctx, `DROP OWNED: ${refusal} (CASCADE would drop it too)`);
  }
  for (const table of owned.tables) if (ctx.model.tables.get(tableKey(table.schema, table.name)) === table) dropTable(ctx, table);
  for (const key of owned.others) {
    ctx.model.otherRelations.delete(key);
    forgetDependencies(ctx, key);
  }
  dropDependents(ctx, dependents);
  for (const schema of owned.schemas) {
    for (const t of [...ctx.model.tables.values()]) if (t.schema === schema) dropTable(ctx, t);
    for (const k of [...ctx.model.otherRelations]) {
      if (splitQualifiedName(k)?.[0] !== schema) continue;
      ctx.model.otherRelations.delete(k);
      forgetDependencies(ctx, k);
    }
    ctx.model.schemas.delete(schema);
    ctx.model.schemaOwners.delete(schema);
  }
}

/** REASSIGN OWNED BY roles TO role: what they own changes hands. */
export function reassignOwned(ctx: ReplayContext, node: ReassignOwnedStmt): void {
  const roles = rolesOf(ctx, node.roles);
  const to = roleOf(ctx, node.newrole);
  if (!roles.size || to === undefined) return;
  noteConnectingRole(ctx, roles, 'REASSIGN OWNED BY', 'hands over');
  const owned = ownedBy(ctx, roles);
  for (const table of owned.tables) table.owner = to;
  for (const key of owned.others) ctx.model.relationOwners.set(key, to);
  for (const schema of owned.schemas) ctx.model.schemaOwners.set(schema, to);
}
