/**
 * Views and materialized views depend on the relations their query reads:
 * DROP ... CASCADE takes them too (a materialized view with its indexes), and
 * a DROP without CASCADE of a relation something still depends on is
 * rejected, as PostgreSQL does.
 */
import type { ViewStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { tableKey } from '../types.js';
import type { Relation, ReplayContext } from './context.js';
import { otherRelation } from './tables.js';

/** CREATE VIEW: a relation generated names avoid, which depends on what its query reads. */
export function createView(ctx: ReplayContext, node: ViewStmt): void {
  const view = node.view as Relation | undefined;
  if (!view) return;
  // A refused CREATE VIEW makes no view, and so depends on nothing.
  if (!otherRelation(ctx, view, { replace: node.replace })) return;
  const key = tableKey(ctx.model.creationSchema(view.schemaname), view.relname);
  // CREATE OR REPLACE VIEW: the new query's relations replace the old one's.
  for (const set of ctx.model.dependents.values()) set.delete(key);
  recordDependencies(ctx, key, node.query);
}

/** Records that relation `key` reads the relations named in `query` that the model holds. */
export function recordDependencies(ctx: ReplayContext, key: string, query: unknown): void {
  const ctes = new Set<string>();
  const names: Relation[] = [];
  collect(query, names, ctes);
  for (const rv of names) {
    if (!rv.schemaname && ctes.has(rv.relname)) continue;
    const source = relationKey(ctx, rv);
    if (!source || source === key) continue;
    let set = ctx.model.dependents.get(source);
    if (!set) ctx.model.dependents.set(source, (set = new Set()));
    set.add(key);
  }
}

/** The key of a table, view or materialized view the model holds under this name, following search_path. */
function relationKey(ctx: ReplayContext, rv: Relation): string | null {
  const table = ctx.model.findTable(rv.schemaname, rv.relname);
  if (table) return tableKey(table.schema, table.name);
  for (const schema of rv.schemaname ? [rv.schemaname] : ctx.model.searchPath) {
    if (ctx.model.otherRelations.has(tableKey(schema, rv.relname))) return tableKey(schema, rv.relname);
  }
  return null;
}

function collect(node: unknown, names: Relation[], ctes: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, names, ctes);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as AstNode;
  if (n.RangeVar?.relname) names.push(n.RangeVar as Relation);
  if (n.CommonTableExpr?.ctename) ctes.add(n.CommonTableExpr.ctename);
  for (const value of Object.values(n)) collect(value, names, ctes);
}

/**
 * What else a DROP of `keys` takes, all the way down (views on views): the
 * relations that depend on them and are not dropped already.
 */
export function dependentsOf(ctx: ReplayContext, keys: Iterable<string>): string[] {
  const dropped = new Set(keys);
  const out: string[] = [];
  const queue = [...dropped];
  while (queue.length) {
    for (const dependent of ctx.model.dependents.get(queue.shift()!) ?? []) {
      if (dropped.has(dependent)) continue;
      dropped.add(dependent);
      out.push(dependent);
      queue.push(dependent);
    }
  }
  return out;
}

/** A relation is gone: nothing depends on it any more, and it depends on nothing. */
export function forgetDependencies(ctx: ReplayContext, key: string): void {
  ctx.model.dependents.delete(key);
  for (const set of ctx.model.dependents.values()) set.delete(key);
}
