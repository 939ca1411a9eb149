/**
 * Which columns a table has, as PostgreSQL keeps them through inheritance
 * and partitions, and the statements PostgreSQL refuses for naming a column
 * the table lacks (a key, INCLUDE or foreign key column; DROP COLUMN).
 *
 * A refusal for a missing column is only as safe as the model's columns are
 * complete: a column the model lacks but the server has would make the
 * replay refuse an index that exists. So the model never drops a column
 * PostgreSQL keeps (a child's own definition survives its parent's DROP
 * COLUMN), ADD COLUMN reaches every child, and nothing is refused for a
 * missing column of a table whose columns are not all known, or made
 * before a schema change the replay could not follow (ColumnCertainty).
 */
import type { AstNode } from '../../sql/parseFile.js';
import { tableKey, type Column, type Table } from '../types.js';
import { findInTree, strings } from './ast.js';
import type { PendingForeignKey, PendingIndex, ReplayContext } from './context.js';

/** The tables `table` passes its columns to directly: its partitions and the tables that inherit from it. */
export function directChildren(ctx: ReplayContext, table: Table): Table[] {
  if (!ctx.model.hasDescendantTables) return [];
  const key = tableKey(table.schema, table.name);
  return [...ctx.model.tables.values()].filter((t) => t !== table && (t.partitionOf === key || t.inheritsFrom.includes(key)));
}

/** How many of the table's direct parents have the column (pg_attribute.attinhcount). */
export function inheritedCount(ctx: ReplayContext, table: Table, column: string): number {
  let count = 0;
  for (const key of [table.partitionOf, ...table.inheritsFrom]) {
    if (key && ctx.model.tables.get(key)?.columns.some((c) => c.name === column)) count++;
  }
  return count;
}

/**
 * Past a schema change the replay cannot follow (a DO block or a function it
 * cannot read, SQL psql runs that the file does not hold), any table made
 * before may have columns the model lacks; one made since has the columns
 * its statement lists.
 */
export class ColumnCertainty {
  private passedUnfollowed = false;
  private madeSince = new WeakSet<Table>();

  unfollowed(): void {
    this.passedUnfollowed = true;
    this.madeSince = new WeakSet();
  }

  made(table: Table): void {
    if (this.passedUnfollowed) this.madeSince.add(table);
  }

  certain(table: Table): boolean {
    return !this.passedUnfollowed || this.madeSince.has(table);
  }
}

/** Can the model tell that a column `table` lacks is not there? */
export function columnsKnown(ctx: ReplayContext, table: Table | undefined): table is Table {
  return Boolean(table && !table.unknownColumns && ctx.certainty.certain(table));
}

/**
 * ALTER TABLE ... ADD COLUMN reaches every child: a child that has the
 * column already merges it (and passes nothing down, its own children have
 * it); another gets it as inherited only, and passes it on.
 */
export function addColumnToChildren(ctx: ReplayContext, table: Table, column: Column, seen = new Set<Table>([table])): void {
  for (const child of directChildren(ctx, table)) {
    if (seen.has(child) || child.columns.some((c) => c.name === column.name)) continue;
    seen.add(child);
    child.columns.push({ ...column, local: false });
    addColumnToChildren(ctx, child, column, seen);
  }
}

/**
 * ALTER TABLE ... DROP COLUMN, as ATExecDropColumn recurses: a child's
 * column goes too when this table is its only source (one parent has it,
 * and the child does not define it itself); otherwise the child keeps it,
 * as its own when the drop was ONLY. `drop` removes the column of one table.
 */
export function dropColumnWithChildren(ctx: ReplayContext, table: Table, column: string, recurse: boolean, drop: (table: Table) => void, seen = new Set<Table>([table])): void {
  for (const child of directChildren(ctx, table)) {
    const childColumn = child.columns.find((c) => c.name === column);
    if (!childColumn || seen.has(child)) continue;
    // A partition defines no column itself; a table read from a catalog is taken to define its own.
    const onlyInherited = child.partitionOf !== null || childColumn.local === false;
    if (recurse && onlyInherited && inheritedCount(ctx, child, column) === 1) {
      seen.add(child);
      dropColumnWithChildren(ctx, child, column, true, drop, seen);
    } else if (!recurse) childColumn.local = true;
  }
  drop(table);
}

/** After NO INHERIT or DETACH PARTITION, a column no parent passes down any more is the table's own. */
export function ownColumnsAfterUnlink(ctx: ReplayContext, table: Table): void {
  for (const c of table.columns) if (c.local === false && inheritedCount(ctx, table, c.name) === 0) c.local = true;
}

/**
 * Why PostgreSQL refuses ALTER TABLE `target` ... DROP COLUMN `column`, or
 * null: the column is missing (without IF EXISTS), inherited, in the
 * partition key, referenced by a foreign key (without CASCADE), or ONLY
 * would leave partitions with a column their partitioned table lacks.
 */
export function dropColumnRefusal(ctx: ReplayContext, target: Table, column: string, missingOk: boolean, only: boolean, cascade: boolean): string | null {
  const present = target.columns.some((c) => c.name === column);
  if (!present) return missingOk || !columnNames(ctx, target) || columnNames(ctx, target)!.has(column) ? null : `column "${column}" of relation "${target.name}" does not exist`;
  if (inheritedCount(ctx, target, column) > 0) return `cannot drop inherited column "${column}"`;
  if ((target.partitionKeyReads ?? target.partitionKey)?.includes(column)) return `cannot drop column "${column}" because it is part of the partition key of relation "${target.name}"`;
  if (only && target.partitioned && directChildren(ctx, target).length) return 'cannot drop column from only the partitioned table when partitions exist';
  if (cascade) return null;
  // A foreign key that references the column depends on it (its own columns go with theirs).
  const key = tableKey(target.schema, target.name);
  for (const t of ctx.model.tables.values()) {
    const fk = t.foreignKeys.find((f) => f.referencedTable === key && f.referencedColumns.includes(column) && !f.parentForeignKey);
    if (fk) return `foreign key ${fk.name} of ${t.name} depends on column "${column}" (CASCADE would drop it)`;
  }
  return null;
}

/** Why PostgreSQL refuses ALTER TABLE `target` ... ADD COLUMN, or null: a partition takes its columns from its parent, and ONLY would leave the children behind. */
export function addColumnRefusal(ctx: ReplayContext, target: Table, only: boolean): string | null {
  if (target.partitionOf) return 'cannot add column to a partition';
  if (only && directChildren(ctx, target).length) return 'column must be added to child tables too';
  return null;
}

/** Why PostgreSQL refuses to make `child` a partition of `parent`: a column of one that the other lacks. */
export function columnMismatchRefusal(ctx: ReplayContext, child: Table, parent: Table): string | null {
  const childNames = columnNames(ctx, child);
  const parentNames = columnNames(ctx, parent);
  if (!childNames || !parentNames) return null;
  // A column each side surely has, that the other surely lacks.
  const missing = parent.columns.find((p) => !childNames.has(p.name));
  if (missing) return `child table is missing column "${missing.name}"`;
  // A partition has exactly its parent's columns.
  const extra = child.columns.find((c) => !parentNames.has(c.name));
  return extra ? `table "${child.name}" contains column "${extra.name}" not found in parent "${parent.name}"` : null;
}

/**
 * Why PostgreSQL refuses an index's keys or INCLUDE columns on a table of
 * `columns`, or null. Only keys written as a bare name are checked (an
 * expression may name things other than columns); a system column, which
 * the model does not list, is refused too, as no index may hold one.
 */
export function indexColumnsRefusal(columns: ReadonlySet<string>, p: PendingIndex, what: 'index' | 'key'): string | null {
  for (const elem of p.elems) {
    if (typeof elem.name === 'string' && !columns.has(elem.name)) return what === 'key' ? `column "${elem.name}" named in key does not exist` : `column "${elem.name}" does not exist`;
  }
  const include = p.include.find((c) => !columns.has(c));
  return include ? (what === 'key' ? `column "${include}" named in key does not exist` : `column "${include}" does not exist`) : null;
}

/**
 * Why PostgreSQL refuses a foreign key of a table of `columns`, or null:
 * a referencing column it lacks, or a referenced column the referenced
 * table lacks (`referenced`: that table's columns, null when not all known).
 */
export function foreignKeyColumnsRefusal(columns: ReadonlySet<string> | null, fk: Pick<PendingForeignKey, 'columns' | 'refColumns'>, referenced: ReadonlySet<string> | null): string | null {
  const local = columns && fk.columns.find((c) => !columns.has(c));
  if (local) return `column "${local}" referenced in foreign key constraint does not exist`;
  const remote = referenced && fk.refColumns.find((c) => !referenced.has(c));
  return remote ? `column "${remote}" referenced in foreign key constraint does not exist` : null;
}

/** A table's column names (with those it may still have), or null when the model cannot tell a missing one. */
export function columnNames(ctx: ReplayContext, table: Table | undefined): Set<string> | null {
  return columnsKnown(ctx, table) ? new Set([...table.columns.map((c) => c.name), ...(table.uncertainColumns ?? [])]) : null;
}

/**
 * Could something the model does not keep depend on a column of `table`: a
 * view (the model knows which relations a view reads, not which columns), or
 * what `columnDependents` marks, on the table or a table it inherits from?
 */
export function mayHaveColumnDependents(ctx: ReplayContext, table: Table): boolean {
  const seen = new Set<Table>();
  for (const queue = [table]; queue.length;) {
    const t = queue.pop()!;
    if (seen.has(t)) continue;
    seen.add(t);
    if (t.columnDependents || ctx.model.dependents.get(tableKey(t.schema, t.name))?.size) return true;
    for (const key of [t.partitionOf, ...t.inheritsFrom]) {
      const parent = key ? ctx.model.tables.get(key) : undefined;
      if (parent) queue.push(parent);
    }
  }
  return false;
}

/**
 * Marks the table a trigger, policy, rule or publication may make depend on
 * its columns, or a function or column (`ColumnDef`) that uses its row type
 * (see Table.columnDependents).
 */
export function noteColumnDependents(ctx: ReplayContext, kind: string, node: AstNode): void {
  const mark = (rv: AstNode | undefined) => {
    const table = rv?.relname ? ctx.model.findTable(rv.schemaname, rv.relname) : undefined;
    if (table) table.columnDependents = true;
  };
  // A table's row type used elsewhere (a function's result or parameter, a column) ties its columns to that use.
  const markRowType = (typeName: AstNode | undefined) => {
    const names = strings(typeName?.names);
    if (names.length) mark({ relname: names[names.length - 1], schemaname: names.length > 1 ? names[names.length - 2] : undefined });
  };
  if (kind === 'CreateFunctionStmt') {
    markRowType(node.returnType);
    for (const p of (node.parameters ?? []) as AstNode[]) markRowType(p.FunctionParameter?.argType);
  } else if (kind === 'ColumnDef') markRowType(node.typeName);
  else if (kind === 'CreateTrigStmt' && (node.columns?.length || node.whenClause)) mark(node.relation);
  else if (kind === 'CreatePolicyStmt' || kind === 'AlterPolicyStmt') mark(node.table);
  else if (kind === 'RuleStmt') mark(node.relation);
  else if (kind === 'CreatePublicationStmt' || kind === 'AlterPublicationStmt') {
    for (const object of (node.pubobjects ?? []) as AstNode[]) {
      const published = object.PublicationObjSpec?.pubtable;
      if (published?.columns?.length || published?.whereClause) mark(published.relation);
    }
  }
}

/** The foreign keys among ALTER TABLE's added definitions, with their columns. */
export function addedForeignKeys(added: AstNode[]): Array<{ con: AstNode; columns: string[]; refColumns: string[] }> {
  const out: Array<{ con: AstNode; columns: string[]; refColumns: string[] }> = [];
  for (const element of added) {
    const def = element.ColumnDef;
    for (const c of def ? (def.constraints ?? []) : element.Constraint ? [element] : []) {
      const con = c.Constraint;
      if (con?.contype === 'CONSTR_FOREIGN') out.push({ con, columns: def ? [String(def.colname)] : strings(con.fk_attrs), refColumns: strings(con.pk_attrs) });
    }
  }
  return out;
}

/** System columns a CHECK constraint may not read: every one but tableoid. */
const CHECK_SYSTEM_COLUMNS = new Set(['ctid', 'xmin', 'cmin', 'xmax', 'cmax']);

/**
 * Why PostgreSQL refuses a CHECK constraint that CREATE TABLE lists or ALTER
 * TABLE adds to `table`, or null: it reads a system column other than
 * tableoid (no user column can have such a name).
 */
export function checkSystemColumnRefusal(table: string, elements: AstNode[] | undefined): string | null {
  for (const element of elements ?? []) {
    for (const c of element.ColumnDef ? (element.ColumnDef.constraints ?? []) : element.Constraint ? [element] : []) {
      const con = c.Constraint;
      const column = con?.contype === 'CONSTR_CHECK' ? systemColumnIn(con.raw_expr, table) : null;
      if (column) return `system column "${column}" reference in check constraint is invalid`;
    }
  }
  return null;
}

function systemColumnIn(node: unknown, table: string): string | null {
  return findInTree(node, (n) => {
    const ref = n.ColumnRef;
    if (!ref) return null;
    const fields = strings(ref.fields);
    const name = fields[fields.length - 1];
    const qualifiedByTable = fields.length === 1 || (fields.length === 2 && fields[0] === table);
    return qualifiedByTable && fields.length === (ref.fields ?? []).length && CHECK_SYSTEM_COLUMNS.has(name) ? name : null;
  });
}
