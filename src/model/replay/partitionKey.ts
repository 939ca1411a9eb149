/**
 * What PostgreSQL checks of a PARTITION BY clause when it creates the table
 * (transformPartitionSpec, ComputePartitionAttrs): LIST takes one column; a
 * key column must be a user column of the table; a key expression must read
 * a column, call only immutable functions, and hold no aggregate, window
 * function, subquery or set-returning function; a key of LIST or RANGE must
 * have a btree operator class.
 */
import type { PartitionSpec } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { referencedColumns } from '../expressions.js';
import type { Table } from '../types.js';
import { lastName, strings } from './ast.js';
import { columnsKnown } from './columns.js';
import type { ReplayContext } from './context.js';
import { calledFunctions } from './functions.js';
import { AGGREGATES, NOT_IMMUTABLE, SET_RETURNING } from './rejections.js';

const SYSTEM_COLUMNS = new Set(['ctid', 'xmin', 'xmax', 'cmin', 'cmax', 'tableoid']);

/** Built-in types no btree operator class takes, directly or by a binary-compatible type (checked on PostgreSQL 15). */
const NO_BTREE_TYPES = new Set(['point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'json', 'xml']);

/** Why PostgreSQL refuses the partition key of `table` (its columns all known, or marked unknown), or null. */
export function partitionKeyRefusal(ctx: ReplayContext, table: Table, spec: PartitionSpec): string | null {
  const params = (spec.partParams ?? []) as AstNode[];
  const strategy = spec.strategy === 'PARTITION_STRATEGY_LIST' ? 'list' : spec.strategy === 'PARTITION_STRATEGY_RANGE' ? 'range' : 'hash';
  if (strategy === 'list' && params.length > 1) return 'cannot use "list" partition strategy with more than one column';
  const known = columnsKnown(ctx, table);
  for (const [i, param] of params.entries()) {
    const elem = param.PartitionElem;
    if (!elem) continue;
    const name = typeof elem.name === 'string' ? elem.name : bareColumn(elem.expr, table);
    let type: string | null = null;
    // The table's own name, when no column has it, is the whole row.
    if (name !== null && name === table.name && !table.columns.some((c) => c.name === name)) continue;
    if (name !== null) {
      if (SYSTEM_COLUMNS.has(name)) return `cannot use system column "${name}" in partition key`;
      const column = table.columns.find((c) => c.name === name);
      if (!column && known) return `column "${name}" named in partition key does not exist`;
      type = column?.type ?? null;
    } else {
      const refusal = expressionRefusal(ctx, table, elem.expr, known);
      if (refusal) return refusal;
      if (elem.expr?.RowExpr) return `partition key column ${i + 1} has pseudo-type record`;
    }
    if (strategy !== 'hash' && type !== null && NO_BTREE_TYPES.has(type)) {
      return elem.opclass?.length ? `operator class "${lastName(elem.opclass)}" does not exist for access method "btree"` : `data type ${type} has no default operator class for access method "btree"`;
    }
  }
  return null;
}

/** The column a key expression is, when it is nothing but a column (`(a)`), as PostgreSQL takes it. */
function bareColumn(expr: AstNode | undefined, table: Table): string | null {
  const fields: AstNode[] = expr?.ColumnRef?.fields ?? [];
  const names = strings(fields);
  if (names.length !== fields.length) return null;
  return names.length === 1 ? names[0] : names.length === 2 && names[0] === table.name ? names[1] : null;
}

function expressionRefusal(ctx: ReplayContext, table: Table, expr: AstNode | undefined, known: boolean): string | null {
  let readsColumn = false;
  let refusal: string | null = null;
  const visit = (node: unknown): void => {
    if (refusal !== null || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const n = node as AstNode;
    if (n.SubLink) {
      refusal = 'cannot use subquery in partition key expression';
      return;
    }
    if (n.ColumnRef) {
      readsColumn = true;
      const fields = strings(n.ColumnRef.fields);
      const star = (n.ColumnRef.fields ?? []).some((f: AstNode) => f.A_Star);
      const column = fields.length === 1 && !star ? fields[0] : fields.length === 2 && !star && fields[0] === table.name ? fields[1] : null;
      // No system column, tableoid included: a row is routed before it has them.
      if (column !== null && SYSTEM_COLUMNS.has(column)) refusal = `cannot use system column "${column}" in partition key expression`;
      else if (column !== null && known && column !== table.name && !table.columns.some((c) => c.name === column)) refusal = `column "${column}" does not exist`;
      return;
    }
    if (n.SQLValueFunction) refusal = 'functions in partition key expression must be marked IMMUTABLE';
    if (n.FuncCall) refusal = callRefusal(ctx, n.FuncCall);
    for (const value of Object.values(n)) visit(value);
  };
  visit(expr);
  if (refusal) return refusal;
  // An expression of no column folds to a constant, or is not immutable: PostgreSQL refuses either.
  return readsColumn ? null : 'cannot use constant expression as partition key';
}

function callRefusal(ctx: ReplayContext, call: AstNode): string | null {
  const names = strings(call.funcname);
  const builtin = names.length === 1 || names[0] === 'pg_catalog';
  const name = lastName(call.funcname);
  if (call.over) return 'window functions are not allowed in partition key expressions';
  if (call.agg_star || call.agg_distinct || call.agg_order?.length || call.agg_filter || call.agg_within_group) return 'aggregate functions are not allowed in partition key expressions';
  // When the files create a function of the name that takes as many arguments, the call is taken
  // to mean it (the model knows no argument types to choose between it and a built-in one).
  const created = calledFunctions(ctx, call.funcname, (call.args ?? []).length);
  if (created) {
    if (created.every((f) => f.returnsSet)) return 'set-returning functions are not allowed in partition key expressions';
    if (created.every((f) => f.neverImmutable)) return 'functions in partition key expression must be marked IMMUTABLE';
    return null;
  }
  if (builtin && AGGREGATES.has(name)) return 'aggregate functions are not allowed in partition key expressions';
  if (builtin && SET_RETURNING.has(name)) return 'set-returning functions are not allowed in partition key expressions';
  if (builtin && NOT_IMMUTABLE.has(name)) return 'functions in partition key expression must be marked IMMUTABLE';
  return null;
}

/**
 * Why PostgreSQL refuses an EXCLUDE constraint that CREATE TABLE lists or
 * ALTER TABLE adds to a partitioned table whose key is `partitionKey` (null
 * when it has an expression or is not known: then nothing is refused), or null. PostgreSQL 17 takes one that compares
 * every column of the key with `=`, and none before; the model, which knows
 * no server version, refuses only what every version refuses.
 */
export function partitionedExclusionRefusal(partitionKey: string[] | null, elements: AstNode[] | undefined): string | null {
  for (const element of elements ?? []) {
    for (const c of element.ColumnDef ? (element.ColumnDef.constraints ?? []) : element.Constraint ? [element] : []) {
      const con = c.Constraint;
      if (con?.contype !== 'CONSTR_EXCLUSION') continue;
      if (!partitionKey) return null;
      const equal = new Set<string>();
      for (const pair of (con.exclusions ?? []) as AstNode[]) {
        const [elem, operator] = pair.List?.items ?? [];
        const name = elem?.IndexElem?.name;
        if (typeof name === 'string' && lastName(operator?.List?.items) === '=') equal.add(name);
      }
      const missing = partitionKey.find((column) => !equal.has(column));
      if (missing) return `an exclusion constraint on a partitioned table must compare partition key column "${missing}" with =`;
    }
  }
  return null;
}

/** Every column a partition key reads: its columns and those its expressions name. */
export function partitionKeyReads(spec: PartitionSpec): string[] {
  const columns = new Set<string>();
  for (const param of (spec.partParams ?? []) as AstNode[]) {
    const elem = param.PartitionElem;
    if (typeof elem?.name === 'string') columns.add(elem.name);
    else referencedColumns(elem?.expr, columns);
  }
  return [...columns];
}
