/**
 * Statements PostgreSQL rejects for what they say, not for the state of the
 * database: index keys no index can hold (a row, a set-returning function),
 * a foreign key that references a column twice or whose column
 * types no equality operator compares. Each check says why, or returns null
 * when PostgreSQL accepts (or when the model cannot tell: an extension's
 * method, a type it does not know). Storage parameters are checked in
 * storageParameters.ts.
 */
import type { AstNode } from '../../sql/parseFile.js';
import { foreignKeyTypesMatch } from '../pgTypes.js';
import { tableKey, type Table } from '../types.js';
import { findInTree, isSerial, lastName, strings } from './ast.js';
import { typeOf, type ReplayContext } from './context.js';
import { indexParametersRefusal, opclassOptionsRefusal } from './storageParameters.js';

/** Set-returning functions of pg_catalog (every overload returns a set): no index expression may call one. */
export const SET_RETURNING = new Set([
  'generate_series',
  'generate_subscripts',
  'unnest',
  'regexp_matches',
  'regexp_split_to_table',
  'string_to_table',
  'json_array_elements',
  'json_array_elements_text',
  'json_each',
  'json_each_text',
  'json_object_keys',
  'json_to_recordset',
  'json_populate_recordset',
  'jsonb_array_elements',
  'jsonb_array_elements_text',
  'jsonb_each',
  'jsonb_each_text',
  'jsonb_object_keys',
  'jsonb_to_recordset',
  'jsonb_populate_recordset',
  'jsonb_path_query',
  'pg_ls_dir',
  'txid_snapshot_xip',
  'pg_snapshot_xip',
]);

/**
 * Why PostgreSQL rejects an index key, or null: a row has no type to index, a
 * set-returning function no single value, and no operator class of btree or
 * hash takes options.
 */
export function indexKeyRefusal(method: string, elems: AstNode[]): string | null {
  for (const elem of elems) {
    if ((method === 'btree' || method === 'hash') && elem?.opclassopts?.length) return `operator class ${lastName(elem.opclass)} has no options`;
    const opclassRefusal = elem?.opclassopts?.length ? opclassOptionsRefusal(method, elem.opclass, elem.opclassopts) : null;
    if (opclassRefusal) return opclassRefusal;
    const expr = elem?.expr;
    if (!expr) continue;
    if (expr.RowExpr) return 'an index key cannot be a row (its type is the pseudo-type record)';
    const call = findSetReturningCall(expr);
    if (call) return `set-returning functions (${call}) are not allowed in index expressions`;
  }
  return null;
}

function findSetReturningCall(node: unknown): string | null {
  return findInTree(node, (n) => {
    const call = n.FuncCall;
    if (!call) return null;
    const names = strings(call.funcname);
    const name = lastName(call.funcname);
    return (names.length === 1 || names[0] === 'pg_catalog') && SET_RETURNING.has(name) ? name : null;
  });
}

/** Why PostgreSQL rejects a foreign key's list of referenced columns, or null. */
export function referencedColumnsRefusal(columns: string[]): string | null {
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  return repeated ? `the foreign key's referenced columns name ${repeated} twice` : null;
}

/**
 * Why ALTER COLUMN ... TYPE breaks a foreign key: after the change, no
 * equality operator compares a referencing column with the column it
 * references. `newTypes` holds the statement's new types by column.
 */
export function typeChangeRefusal(ctx: ReplayContext, table: Table, newTypes: Map<string, string>): string | null {
  if (newTypes.size === 0) return null;
  const key = tableKey(table.schema, table.name);
  const typeOf = (t: Table | undefined, column: string): string | undefined => (t === table ? newTypes.get(column) : undefined) ?? t?.columns.find((c) => c.name === column)?.type;
  const check = (from: Table, fk: Table['foreignKeys'][number]): string | null => {
    const to = ctx.model.tables.get(fk.referencedTable);
    for (let i = 0; i < fk.columns.length; i++) {
      if (!newTypes.has(from === table ? fk.columns[i] : '') && !(to === table && newTypes.has(fk.referencedColumns[i]))) continue;
      const fkType = typeOf(from, fk.columns[i]);
      const pkType = typeOf(to, fk.referencedColumns[i]);
      if (fkType && pkType && foreignKeyTypesMatch(fkType, pkType) === false) {
        return `foreign key ${fk.name} cannot be implemented: ${fk.columns[i]} would be ${fkType} and ${fk.referencedColumns[i]} ${pkType}, which no equality operator compares`;
      }
    }
    return null;
  };
  for (const fk of table.foreignKeys) {
    const refusal = check(table, fk);
    if (refusal) return refusal;
  }
  for (const t of ctx.model.tables.values()) {
    if (t === table) continue;
    for (const fk of t.foreignKeys) {
      const refusal = fk.referencedTable === key ? check(t, fk) : null;
      if (refusal) return refusal;
    }
  }
  return null;
}

/** Can a foreign key compare the two types? Like foreignKeyTypesMatch, and an enum matches only itself. */
function keyTypesMatch(ctx: ReplayContext, fkType: string, pkType: string): boolean | null {
  const match = foreignKeyTypesMatch(fkType, pkType);
  if (match !== null || fkType === pkType) return match;
  const decided = (t: string) => ctx.model.enums.has(t) || foreignKeyTypesMatch(t, 'int4') !== null;
  return (ctx.model.enums.has(fkType) || ctx.model.enums.has(pkType)) && decided(fkType) && decided(pkType) ? false : null;
}

/**
 * Why PostgreSQL cannot implement one of the foreign keys that CREATE TABLE
 * lists or ALTER TABLE adds (`elements`): no equality operator compares a
 * referencing column with the column it references (the referenced table's
 * primary key when none is named). `table` is the new table, once its
 * inherited and LIKE columns are known, or the table ALTER TABLE changes;
 * the types of its columns are those the statement leaves them with: its
 * column definitions, and `newTypes` (ALTER COLUMN ... TYPE, which
 * PostgreSQL applies before it adds constraints), on both sides of a foreign
 * key that references the table itself. A table, column or type the model
 * does not know is let through.
 */
export function foreignKeyTypesRefusal(ctx: ReplayContext, table: Table, elements: AstNode[] | undefined, newTypes?: Map<string, string>): string | null {
  const types = new Map<string, string>(table.columns.map((c) => [c.name, c.type]));
  for (const element of elements ?? []) if (element.ColumnDef?.typeName) types.set(element.ColumnDef.colname, typeOf(ctx, element.ColumnDef.typeName));
  for (const [column, type] of newTypes ?? []) types.set(column, type);
  for (const element of elements ?? []) {
    const def = element.ColumnDef;
    const constraints: AstNode[] = def ? (def.constraints ?? []) : element.Constraint ? [element] : [];
    for (const c of constraints) {
      const con = c.Constraint;
      if (con?.contype !== 'CONSTR_FOREIGN') continue;
      const referenced = ctx.model.findTable(con.pktable?.schemaname, con.pktable?.relname);
      if (!referenced) continue;
      const columns = def ? [String(def.colname)] : strings(con.fk_attrs);
      let refColumns = strings(con.pk_attrs);
      if (refColumns.length === 0) {
        const pk = ctx.model.indexesOn(tableKey(referenced.schema, referenced.name)).find((i) => i.constraint?.kind === 'primary');
        refColumns = pk ? pk.keys.map((k) => (k.kind === 'column' ? k.column : '')) : [];
      }
      const referencedType = (column: string) => (referenced === table ? types.get(column) : referenced.columns.find((col) => col.name === column)?.type);
      for (let i = 0; i < Math.min(columns.length, refColumns.length); i++) {
        const fkType = types.get(columns[i]);
        const pkType = referencedType(refColumns[i]);
        if (fkType && pkType && keyTypesMatch(ctx, fkType, pkType) === false) {
          const name = con.conname ?? `on (${columns.join(', ')})`;
          return `foreign key ${name} cannot be implemented: ${columns[i]} is ${fkType} and ${referenced.name}.${refColumns[i]} ${pkType}, which no equality operator compares`;
        }
      }
    }
  }
  return null;
}

/** Why PostgreSQL rejects a CHECK ... NO INHERIT that CREATE TABLE lists or ALTER TABLE adds, or null: a partitioned table's constraints always reach its partitions. */
export function noInheritRefusal(partitioned: boolean, table: string, elements: AstNode[] | undefined): string | null {
  if (!partitioned) return null;
  for (const element of elements ?? []) {
    const constraints: AstNode[] = element.ColumnDef ? (element.ColumnDef.constraints ?? []) : element.Constraint ? [element] : [];
    if (constraints.some((c) => c.Constraint?.contype === 'CONSTR_CHECK' && c.Constraint.is_no_inherit)) return `cannot add NO INHERIT constraint to partitioned table "${table}"`;
  }
  return null;
}

/** Index access methods: a table cannot be stored with one. */
const INDEX_METHODS = new Set(['btree', 'hash', 'gist', 'gin', 'spgist', 'brin']);

/** Why PostgreSQL rejects CREATE TABLE ... USING `method`, or null (a table access method of an extension is accepted). */
export function tableMethodRefusal(method: string | undefined): string | null {
  return method && INDEX_METHODS.has(method) ? `access method "${method}" is not of type TABLE` : null;
}

/** Why PostgreSQL rejects one of the constraints CREATE TABLE lists or ALTER TABLE adds: their indexes' parameters, a foreign key's referenced columns. */
export function constraintsRefusal(elements: AstNode[] | undefined): string | null {
  for (const element of elements ?? []) {
    const constraints: AstNode[] = element.ColumnDef ? (element.ColumnDef.constraints ?? []) : element.Constraint ? [element] : [];
    for (const c of constraints) {
      const con = c.Constraint;
      if (!con) continue;
      let refusal: string | null = null;
      if (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE') refusal = indexParametersRefusal('btree', con.options);
      else if (con.contype === 'CONSTR_EXCLUSION') refusal = indexParametersRefusal(String(con.access_method ?? 'gist').toLowerCase(), con.options);
      else if (con.contype === 'CONSTR_FOREIGN') refusal = referencedColumnsRefusal(strings(con.pk_attrs));
      if (refusal) return refusal;
    }
  }
  return null;
}

/** Pseudo-types: no column may have one (CheckAttributeType). */
const PSEUDO_TYPES = new Set([
  'any',
  'anyelement',
  'anyarray',
  'anynonarray',
  'anyenum',
  'anyrange',
  'anymultirange',
  'anycompatible',
  'anycompatiblearray',
  'anycompatiblenonarray',
  'anycompatiblerange',
  'anycompatiblemultirange',
  'cstring',
  'internal',
  'language_handler',
  'fdw_handler',
  'table_am_handler',
  'index_am_handler',
  'tsm_handler',
  'record',
  'trigger',
  'event_trigger',
  'pg_ddl_command',
  'void',
  'unknown',
]);

/** Aggregates of pg_catalog, by name: no DEFAULT or generation expression may call one. */
export const AGGREGATES = new Set([
  'avg',
  'sum',
  'count',
  'min',
  'max',
  'array_agg',
  'string_agg',
  'bool_and',
  'bool_or',
  'every',
  'bit_and',
  'bit_or',
  'bit_xor',
  'json_agg',
  'jsonb_agg',
  'json_object_agg',
  'jsonb_object_agg',
  'xmlagg',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'variance',
  'var_pop',
  'var_samp',
  'corr',
  'covar_pop',
  'covar_samp',
  'range_agg',
  'range_intersect_agg',
]);

/** Functions of pg_catalog that are not immutable (volatile or stable): no generation expression may call one. */
export const NOT_IMMUTABLE = new Set(['random', 'setseed', 'now', 'clock_timestamp', 'statement_timestamp', 'transaction_timestamp', 'timeofday', 'nextval', 'currval', 'lastval', 'gen_random_uuid']);

/** System columns a generation expression may not read (tableoid it may). */
const SYSTEM_COLUMNS = new Set(['ctid', 'xmin', 'xmax', 'cmin', 'cmax']);

const INTEGER_TYPES = new Set(['int2', 'int4', 'int8', 'smallint', 'integer', 'int', 'bigint']);

/**
 * Why PostgreSQL rejects a column definition (of CREATE TABLE or ADD
 * COLUMN) of `table`, or null: a pseudo-type, clashing DEFAULT, identity
 * and generation clauses, an identity of a type other than the three
 * integers, and what a DEFAULT or generation expression may not hold.
 * `columns` are the table's columns with whether each is generated, or
 * null when the model does not know them all (inheritance, LIKE, OF type,
 * ALTER TABLE): then references are not checked against them.
 */
export function columnDefinitionRefusal(def: AstNode, table: string, columns: Map<string, boolean> | null): string | null {
  const column = String(def.colname);
  const typeNames = strings(def.typeName?.names);
  const typeName = lastName(def.typeName?.names).toLowerCase();
  const builtinType = typeNames.length === 1 || typeNames[0] === 'pg_catalog';
  if (builtinType && PSEUDO_TYPES.has(typeName)) return `column "${column}" has pseudo-type ${typeName}`;
  const constraints = ((def.constraints ?? []) as AstNode[]).map((c) => c.Constraint).filter(Boolean);
  const count = (contype: string) => constraints.filter((c) => c.contype === contype).length;
  const serial = def.typeName ? isSerial(def.typeName) : false;
  const defaults = count('CONSTR_DEFAULT') + (serial ? 1 : 0);
  const identities = count('CONSTR_IDENTITY');
  const generated = constraints.filter((c) => c.contype === 'CONSTR_GENERATED');
  const of = `column "${column}" of table "${table}"`;
  if (defaults > 1) return `multiple default values specified for ${of}`;
  if (identities > 1) return `multiple identity specifications for ${of}`;
  if (generated.length > 1) return `multiple generation clauses specified for ${of}`;
  if (defaults && identities) return `both default and identity specified for ${of}`;
  if (defaults && generated.length) return `both default and generation expression specified for ${of}`;
  if (identities && generated.length) return `both identity and generation expression specified for ${of}`;
  if (identities && (!builtinType || !INTEGER_TYPES.has(typeName) || def.typeName?.arrayBounds?.length)) return 'identity column type must be smallint, integer, or bigint';
  for (const c of constraints) {
    if (c.contype === 'CONSTR_DEFAULT') {
      const refusal = expressionRefusal(c.raw_expr, 'DEFAULT expressions', (ref) => (ref ? 'cannot use column reference in DEFAULT expression' : null));
      if (refusal) return refusal;
    } else if (c.contype === 'CONSTR_GENERATED') {
      const refusal = expressionRefusal(c.raw_expr, 'column generation expressions', (ref) => generationReferenceRefusal(ref, column, table, columns));
      if (refusal) return refusal;
    }
  }
  return null;
}

/** Why a column reference (its field names) may not stand in a generation expression, or null. */
function generationReferenceRefusal(fields: string[] | null, column: string, table: string, columns: Map<string, boolean> | null): string | null {
  if (!fields || fields.length > 2 || (fields.length === 2 && fields[0] !== table)) return null;
  const name = fields[fields.length - 1];
  if (SYSTEM_COLUMNS.has(name)) return `cannot use system column "${name}" in column generation expression`;
  if (name === column || columns?.get(name)) return `cannot use generated column "${name}" in column generation expression`;
  if (!columns || columns.has(name) || name === 'tableoid') return null;
  return fields.length === 1 && name === table ? 'cannot use whole-row variable in column generation expression' : `column "${name}" does not exist`;
}

/**
 * Why an expression may not be a DEFAULT or generation expression (`what`),
 * or null: subqueries, aggregates, window and set-returning functions never,
 * functions that are not immutable not in a generation expression; each
 * column reference (its field names, null for `*`) goes to `reference`.
 */
function expressionRefusal(node: unknown, what: string, reference: (fields: string[] | null) => string | null): string | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = expressionRefusal(n, what, reference);
      if (found) return found;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const n = node as AstNode;
  if (n.SubLink) return `cannot use subquery in ${what.replace(/s$/, '')}`;
  if (n.ColumnRef) {
    const fields: AstNode[] = n.ColumnRef.fields ?? [];
    return reference(fields.some((f) => f.A_Star) ? null : strings(fields));
  }
  if (n.SQLValueFunction && what !== 'DEFAULT expressions') return 'generation expression is not immutable';
  if (n.FuncCall) {
    const call = n.FuncCall;
    const names = strings(call.funcname);
    const builtin = names.length === 1 || names[0] === 'pg_catalog';
    const name = lastName(call.funcname).toLowerCase();
    if (call.over) return `window functions are not allowed in ${what}`;
    if (call.agg_star || call.agg_distinct || call.agg_order?.length || call.agg_filter || call.agg_within_group || (builtin && AGGREGATES.has(name)))
      return `aggregate functions are not allowed in ${what}`;
    if (builtin && SET_RETURNING.has(name)) return `set-returning functions are not allowed in ${what}`;
    if (builtin && what !== 'DEFAULT expressions' && NOT_IMMUTABLE.has(name)) return 'generation expression is not immutable';
  }
  for (const value of Object.values(n)) {
    const found = expressionRefusal(value, what, reference);
    if (found) return found;
  }
  return null;
}
