/**
 * Views and materialized views depend on the relations their query reads:
 * DROP ... CASCADE takes them too (a materialized view with its indexes), and
 * a DROP without CASCADE of a relation something still depends on is
 * rejected, as PostgreSQL does. One that selects a column it does not group
 * by, because the table's primary key is grouped, depends on that key too
 * (recorded under the key's index): dropping the constraint needs CASCADE.
 */
import type { ViewStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { tableKey, type Index, type Table } from '../types.js';
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
    addDependent(ctx, source, key);
  }
  for (const index of primaryKeysRelied(ctx, query)) addDependent(ctx, tableKey(index.schema, index.name), key);
}

function addDependent(ctx: ReplayContext, source: string, dependent: string): void {
  let set = ctx.model.dependents.get(source);
  if (!set) ctx.model.dependents.set(source, (set = new Set()));
  set.add(dependent);
}

/**
 * The primary keys a query relies on, as PostgreSQL's check of GROUP BY
 * records them: a column of a table is selected (in the select list or
 * HAVING) outside any aggregate without being grouped by, which is allowed
 * because every column of the table's primary key is. Only what is certain
 * is recorded (a dependency recorded wrongly would refuse a DROP CONSTRAINT
 * PostgreSQL accepts): plain tables of known columns in FROM, no WITH or set
 * operation, grouped by plain columns, and a reference outside every
 * function call (a function may be an aggregate) and subquery.
 */
function primaryKeysRelied(ctx: ReplayContext, query: unknown): Index[] {
  const select = (query as AstNode | undefined)?.SelectStmt;
  if (!select?.groupClause?.length || select.withClause || (select.op && select.op !== 'SETOP_NONE')) return [];
  const from: Array<{ table: Table; alias: string }> = [];
  for (const item of (select.fromClause ?? []) as AstNode[]) {
    const rv = item.RangeVar as Relation | undefined;
    const table = rv && ctx.model.findTable(rv.schemaname, rv.relname);
    if (!rv || !table || table.unknownColumns) return [];
    from.push({ table, alias: rv.alias?.aliasname ?? rv.relname });
  }
  // A column reference: the FROM item and column it names, or null when that is not certain.
  const resolve = (fields: AstNode[]): { at: number; column: string } | null => {
    const names = fields.map((f) => f.String?.sval);
    if (names.some((n) => typeof n !== 'string') || names.length > 2) return null;
    const column = names[names.length - 1] as string;
    const matches = from.flatMap((f, at) => ((names.length === 1 || f.alias === names[0]) && f.table.columns.some((c) => c.name === column) ? [at] : []));
    return matches.length === 1 ? { at: matches[0], column } : null;
  };
  const grouped = from.map(() => new Set<string>());
  for (const item of select.groupClause as AstNode[]) {
    if (item.GroupingSet) return [];
    const ref = item.ColumnRef && resolve(item.ColumnRef.fields ?? []);
    if (ref) grouped[ref.at].add(ref.column);
  }
  const ungrouped = from.map(() => false);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as AstNode;
    if (n.FuncCall || n.SubLink || n.SelectStmt) return;
    if (n.ColumnRef) {
      const fields = (n.ColumnRef.fields ?? []) as AstNode[];
      if (fields[fields.length - 1]?.A_Star) {
        const qualifier = fields.length === 2 ? fields[0].String?.sval : undefined;
        from.forEach((f, at) => {
          if ((fields.length === 1 || f.alias === qualifier) && f.table.columns.some((c) => !grouped[at].has(c.name))) ungrouped[at] = true;
        });
        return;
      }
      const ref = resolve(fields);
      if (ref && !grouped[ref.at].has(ref.column)) ungrouped[ref.at] = true;
      return;
    }
    for (const value of Object.values(n)) visit(value);
  };
  visit(select.targetList);
  visit(select.havingClause);
  return from.flatMap((f, at) => {
    if (!ungrouped[at]) return [];
    const key = ctx.model.indexesOn(tableKey(f.table.schema, f.table.name)).find((i) => i.constraint?.kind === 'primary');
    // A deferrable primary key proves nothing about the rows, so PostgreSQL does not use it.
    const proves = key && !key.constraint!.deferrable && key.keys.every((k) => k.kind === 'column' && grouped[at].has(k.column));
    return proves ? [key] : [];
  });
}

/** Why ALTER TABLE ... DROP CONSTRAINT without CASCADE fails: a view relies on the primary key it drops. */
export function constraintDependencyRefusal(ctx: ReplayContext, table: Table, cmds: AstNode[] | undefined): string | null {
  for (const item of cmds ?? []) {
    const cmd = item.AlterTableCmd;
    if (cmd?.subtype !== 'AT_DropConstraint' || cmd.behavior === 'DROP_CASCADE') continue;
    const index = ctx.model.indexesOn(tableKey(table.schema, table.name)).find((i) => i.constraint?.name === cmd.name);
    const dependent = index && [...(ctx.model.dependents.get(tableKey(index.schema, index.name)) ?? [])][0];
    if (dependent) return `${dependent} relies on constraint ${cmd.name} (it selects columns it does not group by; CASCADE would drop it too)`;
  }
  return null;
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
