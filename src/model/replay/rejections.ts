/**
 * Statements PostgreSQL rejects for what they say, not for the state of the
 * database: storage parameters an index method does not have or out of
 * their range, index keys no index can hold (a row, a set-returning
 * function), a foreign key that references a column twice or whose column
 * types no equality operator compares. Each check says why, or returns null
 * when PostgreSQL accepts (or when the model cannot tell: an extension's
 * method, a type it does not know).
 */
import type { AstNode } from '../../sql/parseFile.js';
import { foreignKeyTypesMatch } from '../pgTypes.js';
import { tableKey, type Table } from '../types.js';
import { lastName, strings } from './ast.js';
import type { PendingForeignKey, ReplayContext } from './context.js';

type Parameter = { kind: 'integer'; min: number; max: number } | { kind: 'boolean' } | { kind: 'choice'; values: string[] };

const fillfactor: Parameter = { kind: 'integer', min: 10, max: 100 };
const boolean: Parameter = { kind: 'boolean' };

/** The storage parameters of each built-in index method, with PostgreSQL 15's bounds (its reloptions.c and each method's options). */
const INDEX_PARAMETERS: Record<string, Record<string, Parameter>> = {
  btree: { fillfactor, deduplicate_items: boolean },
  hash: { fillfactor },
  gist: { fillfactor, buffering: { kind: 'choice', values: ['on', 'off', 'auto'] } },
  spgist: { fillfactor },
  gin: { fastupdate: boolean, gin_pending_list_limit: { kind: 'integer', min: 64, max: 2147483647 } },
  brin: { pages_per_range: { kind: 'integer', min: 1, max: 131072 }, autosummarize: boolean },
};

/** Why PostgreSQL rejects the WITH (...) of an index of `method`, or null. */
export function indexParametersRefusal(method: string, options: AstNode[] | undefined): string | null {
  const known = INDEX_PARAMETERS[method];
  if (!known) return null;
  for (const option of options ?? []) {
    const def = option.DefElem;
    if (!def || def.defnamespace) continue;
    const name = String(def.defname).toLowerCase();
    const parameter = known[name];
    if (!parameter) return `${method} indexes have no storage parameter "${name}"`;
    const refusal = valueRefusal(name, parameter, def.arg);
    if (refusal) return refusal;
  }
  return null;
}

/** Why PostgreSQL rejects the WITH (...) of a table: only fillfactor's range is checked (tables have many more parameters). */
export function tableParametersRefusal(options: AstNode[] | undefined): string | null {
  for (const option of options ?? []) {
    const def = option.DefElem;
    if (def && !def.defnamespace && String(def.defname).toLowerCase() === 'fillfactor') {
      const refusal = valueRefusal('fillfactor', fillfactor, def.arg);
      if (refusal) return refusal;
    }
  }
  return null;
}

function valueRefusal(name: string, parameter: Parameter, arg: AstNode | undefined): string | null {
  // A parameter written without a value is "true".
  // A word is read as a type name by the parser (`deduplicate_items = off`); PostgreSQL takes its text.
  const word = arg?.TypeName?.names?.length === 1 ? (arg.TypeName.names[0].String?.sval ?? null) : null;
  const text = arg === undefined ? 'true' : arg.Integer ? String(arg.Integer.ival ?? 0) : (arg.String?.sval ?? arg.Float?.fval ?? word ?? (arg.Boolean ? String(Boolean(arg.Boolean.boolval)) : null));
  if (text === null) return null;
  switch (parameter.kind) {
    case 'integer': {
      if (!/^\s*[+-]?\d+\s*$/.test(text)) return `invalid value for integer option "${name}": ${text}`;
      const value = Number(text);
      return value < parameter.min || value > parameter.max ? `value ${value} out of bounds for option "${name}" (${parameter.min} to ${parameter.max})` : null;
    }
    case 'boolean':
      return isBoolean(text) ? null : `invalid value for boolean option "${name}": ${text}`;
    case 'choice':
      return parameter.values.includes(text.toLowerCase()) ? null : `invalid value for option "${name}": ${text}`;
  }
}

/** PostgreSQL's parse_bool: any prefix of true, false, yes, no; on, off (two letters at least); 1, 0. */
function isBoolean(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return false;
  if (['true', 'false', 'yes', 'no'].some((w) => w.startsWith(t))) return true;
  return t === '1' || t === '0' || (t.length >= 2 && ['on', 'off'].some((w) => w.startsWith(t)));
}

/** Set-returning functions of pg_catalog (every overload returns a set): no index expression may call one. */
const SET_RETURNING = new Set([
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
    const expr = elem?.expr;
    if (!expr) continue;
    if (expr.RowExpr) return 'an index key cannot be a row (its type is the pseudo-type record)';
    const call = findSetReturningCall(expr);
    if (call) return `set-returning functions (${call}) are not allowed in index expressions`;
  }
  return null;
}

function findSetReturningCall(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findSetReturningCall(n);
      if (found) return found;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const call = (node as AstNode).FuncCall;
  if (call) {
    const names = strings(call.funcname);
    const name = lastName(call.funcname);
    if ((names.length === 1 || names[0] === 'pg_catalog') && SET_RETURNING.has(name)) return name;
  }
  for (const value of Object.values(node)) {
    const found = findSetReturningCall(value);
    if (found) return found;
  }
  return null;
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

/**
 * Why PostgreSQL cannot implement one of the foreign keys `table` declares:
 * no equality operator compares a referencing column with the column it
 * references (the referenced table's primary key when none is named). A
 * column or type the model does not know is let through.
 */
export function foreignKeyTypesRefusal(ctx: ReplayContext, table: Table, fks: PendingForeignKey[]): string | null {
  const typeOf = (t: Table, column: string) => t.columns.find((c) => c.name === column)?.type;
  for (const fk of fks) {
    const to = ctx.model.findTable(fk.refTable.schemaname, fk.refTable.relname);
    if (!to) continue;
    const primaryKey = ctx.model.indexesOn(tableKey(to.schema, to.name)).find((i) => i.constraint?.kind === 'primary');
    const referenced = fk.refColumns.length ? fk.refColumns : (primaryKey?.keys.map((k) => (k.kind === 'column' ? k.column : '')) ?? []);
    for (let i = 0; i < fk.columns.length && i < referenced.length; i++) {
      const fkType = typeOf(table, fk.columns[i]);
      const pkType = typeOf(to, referenced[i]);
      if (fkType && pkType && foreignKeyTypesMatch(fkType, pkType) === false) {
        return `foreign key ${fk.name ?? `on (${fk.columns.join(', ')})`} cannot be implemented: ${fk.columns[i]} is ${fkType} and ${referenced[i]} ${pkType}, which no equality operator compares`;
      }
    }
  }
  return null;
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
