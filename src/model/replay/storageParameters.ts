/**
 * Storage parameters (`WITH (...)`) of tables and indexes, and the options of
 * operator classes, checked as PostgreSQL checks them: a name the relation
 * kind does not have, a value out of its range or not of its type, a
 * parameter given twice. A name any supported major (13 to 18) knows is
 * accepted, with the widest bounds among them, so that the replay never
 * rejects a statement one of those servers accepts.
 */
import type { AstNode } from '../../sql/parseFile.js';
import { lastName, strings } from './ast.js';

type Parameter = { kind: 'integer' | 'real'; min: number; max: number } | { kind: 'boolean' } | { kind: 'choice'; values: string[]; orBoolean?: boolean };

const INT_MAX = 2147483647;
const fillfactor: Parameter = { kind: 'integer', min: 10, max: 100 };
const boolean: Parameter = { kind: 'boolean' };
const integer = (min: number, max: number): Parameter => ({ kind: 'integer', min, max });
const real = (min: number, max: number): Parameter => ({ kind: 'real', min, max });

/** The storage parameters of each built-in index method (reloptions.c and each method's options). */
const INDEX_PARAMETERS: Record<string, Record<string, Parameter>> = {
  btree: { fillfactor, deduplicate_items: boolean, vacuum_cleanup_index_scale_factor: real(0, 1e10) },
  hash: { fillfactor },
  gist: { fillfactor, buffering: { kind: 'choice', values: ['on', 'off', 'auto'] } },
  spgist: { fillfactor },
  gin: { fastupdate: boolean, gin_pending_list_limit: integer(64, INT_MAX) },
  brin: { pages_per_range: integer(1, 131072), autosummarize: boolean },
};

/** The parameters a table and its TOAST table share (`toast.` names the TOAST table's). */
const VACUUM_PARAMETERS: Record<string, Parameter> = {
  autovacuum_enabled: boolean,
  autovacuum_vacuum_threshold: integer(0, INT_MAX),
  // PostgreSQL 18.
  autovacuum_vacuum_max_threshold: integer(-1, INT_MAX),
  autovacuum_vacuum_insert_threshold: integer(-1, INT_MAX),
  autovacuum_vacuum_cost_limit: integer(1, 10000),
  autovacuum_freeze_min_age: integer(0, 1000000000),
  autovacuum_multixact_freeze_min_age: integer(0, 1000000000),
  autovacuum_freeze_max_age: integer(100000, 2000000000),
  autovacuum_multixact_freeze_max_age: integer(10000, 2000000000),
  autovacuum_freeze_table_age: integer(0, 2000000000),
  autovacuum_multixact_freeze_table_age: integer(0, 2000000000),
  log_autovacuum_min_duration: integer(-1, INT_MAX),
  autovacuum_vacuum_cost_delay: real(0, 100),
  autovacuum_vacuum_scale_factor: real(0, 100),
  autovacuum_vacuum_insert_scale_factor: real(0, 100),
  // PostgreSQL 18.
  vacuum_max_eager_freeze_failure_rate: real(0, 1),
  vacuum_truncate: boolean,
  // A boolean up to PostgreSQL 13, then on, off, auto and the boolean words.
  vacuum_index_cleanup: { kind: 'choice', values: ['auto', 'on', 'off', 'true', 'false', 'yes', 'no', '1', '0'], orBoolean: true },
};

const TABLE_PARAMETERS: Record<string, Parameter> = {
  ...VACUUM_PARAMETERS,
  fillfactor,
  autovacuum_analyze_threshold: integer(0, INT_MAX),
  autovacuum_analyze_scale_factor: real(0, 100),
  // 128 to TOAST_TUPLE_TARGET_MAIN, which is 8160 with 8 kB pages: the bound is that of the largest page size (32 kB).
  toast_tuple_target: integer(128, 32736),
  parallel_workers: integer(0, 1024),
  user_catalog_table: boolean,
};

/**
 * Why PostgreSQL rejects the WITH (...) of an index of `method`, or null. A
 * parameter namespace (`toast.`) is never valid on an index; the names of an
 * extension's method are not known.
 */
export function indexParametersRefusal(method: string, options: AstNode[] | undefined): string | null {
  const namespaced = (options ?? []).find((o) => o.DefElem?.defnamespace);
  if (namespaced) return `unrecognized parameter namespace "${namespaced.DefElem.defnamespace}"`;
  const known = INDEX_PARAMETERS[method];
  return known ? parametersRefusal(options ?? [], (name) => lookUp(known, name), `${method} indexes have no storage parameter`) : null;
}

/**
 * Why PostgreSQL rejects the WITH (...) of a table, or null: its parameters
 * and those of its TOAST table (`toast.`, the only namespace), and oids,
 * which may only be false since PostgreSQL 12. A partitioned table stores no
 * rows, so it takes none of a table's own parameters.
 */
export function tableParametersRefusal(options: AstNode[] | undefined, partitioned: boolean): string | null {
  const own: AstNode[] = [];
  const toast: AstNode[] = [];
  for (const option of options ?? []) {
    const def = option.DefElem;
    if (!def) continue;
    if (def.defnamespace && def.defnamespace !== 'toast') return `unrecognized parameter namespace "${def.defnamespace}"`;
    if (def.defnamespace) toast.push(option);
    else if (def.defname === 'oids') {
      // PostgreSQL takes oids out before it reads the others: only false is accepted, written as 0, false or off (defGetBoolean: no prefixes, no '0').
      const text = def.arg?.Integer ? null : optionText(def.arg);
      const isFalse = def.arg?.Integer ? !def.arg.Integer.ival : text !== null && ['false', 'off'].includes(text.toLowerCase());
      if (!isFalse && (def.arg?.Integer || text !== null)) return 'tables declared WITH OIDS are not supported, and oids takes only a boolean';
    } else own.push(option);
  }
  if (partitioned && own.length) return 'cannot specify storage parameters for a partitioned table';
  return (
    parametersRefusal(own, (name) => lookUp(TABLE_PARAMETERS, name), 'tables have no storage parameter') ??
    parametersRefusal(toast, (name) => lookUp(VACUUM_PARAMETERS, name), 'TOAST tables have no storage parameter')
  );
}

/** A parameter by name; never a property every object has (`constructor`). */
const lookUp = (parameters: Record<string, Parameter>, name: string): Parameter | undefined => (Object.hasOwn(parameters, name) ? parameters[name] : undefined);

/**
 * The first parameter of `options` that `known` does not have, that is given
 * twice, or whose value its kind does not take. Names are compared as
 * written: the parser folds unquoted ones to lower case, and PostgreSQL
 * does not know "FillFactor".
 */
function parametersRefusal(options: AstNode[], known: (name: string) => Parameter | undefined, unknown: string): string | null {
  const seen = new Set<string>();
  for (const option of options) {
    const def = option.DefElem;
    if (!def) continue;
    const name = String(def.defname);
    const parameter = known(name);
    if (!parameter) return `${unknown} "${name}"`;
    if (seen.has(name)) return `parameter "${name}" specified more than once`;
    seen.add(name);
    const refusal = valueRefusal(name, parameter, def.arg);
    if (refusal) return refusal;
  }
  return null;
}

/** The text of an option's value, as PostgreSQL reads it, or null when the model cannot tell. */
function optionText(arg: AstNode | undefined): string | null {
  // A parameter written without a value is "true".
  // A word is read as a type name by the parser (`deduplicate_items = off`); PostgreSQL takes its text.
  const word = arg?.TypeName?.names?.length === 1 ? (arg.TypeName.names[0].String?.sval ?? null) : null;
  return arg === undefined ? 'true' : arg.Integer ? String(arg.Integer.ival ?? 0) : (arg.String?.sval ?? arg.Float?.fval ?? word ?? (arg.Boolean ? String(Boolean(arg.Boolean.boolval)) : null));
}

function valueRefusal(name: string, parameter: Parameter, arg: AstNode | undefined): string | null {
  const text = optionText(arg);
  if (text === null) return null;
  switch (parameter.kind) {
    case 'integer': {
      const value = parseInteger(text);
      if (value === undefined) return null;
      if (value === null) return `invalid value for integer option "${name}": ${text}`;
      return value < parameter.min || value > parameter.max ? `value ${text} out of bounds for option "${name}" (${parameter.min} to ${parameter.max})` : null;
    }
    case 'real': {
      const value = parseReal(text);
      if (value === undefined) return null;
      if (value === null) return `invalid value for floating point option "${name}": ${text}`;
      return value < parameter.min || value > parameter.max ? `value ${text} out of bounds for option "${name}" (${parameter.min} to ${parameter.max})` : null;
    }
    case 'boolean':
      return isBoolean(text) ? null : `invalid value for boolean option "${name}": ${text}`;
    case 'choice':
      return parameter.values.includes(text.toLowerCase()) || (parameter.orBoolean && isBoolean(text)) ? null : `invalid value for option "${name}": ${text}`;
  }
}

/** PostgreSQL's parse_bool: any prefix of true, false, yes, no; on, off (two letters at least); 1, 0. */
function isBoolean(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return false;
  if (['true', 'false', 'yes', 'no'].some((w) => w.startsWith(t))) return true;
  return t === '1' || t === '0' || (t.length >= 2 && ['on', 'off'].some((w) => w.startsWith(t)));
}

/** C's isspace. */
const SPACE = '[ \\t\\n\\v\\f\\r]';
/** What C's strtod reads of a decimal number (no hexadecimal: see parseReal). */
const DECIMAL = new RegExp(`^${SPACE}*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?:infinity|inf|nan))`, 'i');

/**
 * A storage parameter's integer as PostgreSQL's parse_int reads it (no
 * units): strtol in base 0 (`0x1f` is hexadecimal, `010` octal), or, when a
 * `.` or an exponent follows the digits, strtod, rounded half to even;
 * white space around it. Null when it is not an integer; undefined when the
 * model cannot tell (a hexadecimal fraction).
 */
function parseInteger(text: string): number | null | undefined {
  const integer = new RegExp(`^${SPACE}*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\\d*)`).exec(text);
  // strtol stops where its digits end (at the start when there are none): a `.` or an exponent there sends the text to strtod.
  const fraction = /^[.eE]/.test(text.slice(integer ? integer[0].length : 0));
  if (!integer && !fraction) return null;
  let value: number;
  let rest: string;
  if (integer && !fraction) {
    const digits = integer[2];
    const magnitude = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits[0] === '0' ? parseInt(digits, 8) : Number(digits);
    value = integer[1] === '-' ? -magnitude : magnitude;
    rest = text.slice(integer[0].length);
  } else {
    const real = strtod(text);
    if (real === undefined) return undefined;
    if (real === null) return null;
    [value, rest] = [roundHalfEven(real.value), real.rest];
  }
  if (!new RegExp(`^${SPACE}*$`).test(rest) || Number.isNaN(value)) return null;
  return value > INT_MAX || value < -INT_MAX - 1 ? null : value;
}

/** A storage parameter's real as PostgreSQL's parse_real reads it: strtod, white space around it, not NaN. */
function parseReal(text: string): number | null | undefined {
  const real = strtod(text);
  if (real === undefined || real === null) return real;
  return new RegExp(`^${SPACE}*$`).test(real.rest) && !Number.isNaN(real.value) ? real.value : null;
}

/** C's strtod: the number at the start of `text` and what follows it; null when there is none, undefined for a hexadecimal float. */
function strtod(text: string): { value: number; rest: string } | null | undefined {
  if (new RegExp(`^${SPACE}*[+-]?0[xX]`).test(text)) return undefined;
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const written = match[1].toLowerCase().replace(/^([+-]?)inf(inity)?$/, '$1Infinity');
  return { value: /nan$/.test(written) ? NaN : Number(written), rest: text.slice(match[0].length) };
}

/** C's rint in the default rounding mode: to the nearest integer, halves to the even one. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  return fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
}

/**
 * The options of the built-in operator classes that take some, with
 * PostgreSQL 15's bounds: a key's options are checked when the index is built.
 */
function builtinOpclassOptions(method: string, opclass: string): Record<string, Parameter> | null {
  if (method === 'gist' && opclass === 'tsvector_ops') return { siglen: integer(1, 2024) };
  if (method === 'brin' && opclass.endsWith('_bloom_ops')) return { n_distinct_per_range: real(-1, INT_MAX), false_positive_rate: real(0.0001, 0.25) };
  if (method === 'brin' && opclass.endsWith('_minmax_multi_ops')) return { values_per_range: integer(8, 256) };
  return null;
}

/** Why PostgreSQL rejects the options given to a key's operator class, or null (an extension's class is not checked). */
export function opclassOptionsRefusal(method: string, opclass: AstNode[], options: AstNode[]): string | null {
  const names = strings(opclass);
  const known = names.length === 1 || names[0] === 'pg_catalog' ? builtinOpclassOptions(method, lastName(opclass)) : null;
  if (!known) return null;
  return parametersRefusal(options, (name) => lookUp(known, name), `operator class ${lastName(opclass)} has no option`);
}
