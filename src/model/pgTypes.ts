/**
 * What PostgreSQL decides about types that matters to indexes: canonical type
 * names, default operator classes and operator families. Mirrored from the
 * catalog of a PostgreSQL 15 server (`pg_opclass`, `pg_opfamily`), not guessed;
 * the default operator classes are generated from it (opclassDefaults.ts).
 */
import { OPCLASS_DEFAULTS } from './opclassDefaults.js';

const TYPE_ALIASES: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  int4: 'int4',
  serial: 'int4',
  serial4: 'int4',
  smallint: 'int2',
  int2: 'int2',
  smallserial: 'int2',
  serial2: 'int2',
  bigint: 'int8',
  int8: 'int8',
  bigserial: 'int8',
  serial8: 'int8',
  real: 'float4',
  float4: 'float4',
  'double precision': 'float8',
  float8: 'float8',
  float: 'float8',
  numeric: 'numeric',
  decimal: 'numeric',
  varchar: 'varchar',
  'character varying': 'varchar',
  char: 'bpchar',
  character: 'bpchar',
  bpchar: 'bpchar',
  text: 'text',
  name: 'name',
  citext: 'citext',
  bool: 'bool',
  boolean: 'bool',
  timestamp: 'timestamp',
  'timestamp without time zone': 'timestamp',
  timestamptz: 'timestamptz',
  'timestamp with time zone': 'timestamptz',
  date: 'date',
  time: 'time',
  timetz: 'timetz',
  interval: 'interval',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'jsonb',
  bytea: 'bytea',
  xml: 'xml',
  inet: 'inet',
  cidr: 'cidr',
  macaddr: 'macaddr',
  macaddr8: 'macaddr8',
  money: 'money',
  bit: 'bit',
  varbit: 'varbit',
  'bit varying': 'varbit',
  oid: 'oid',
  tsvector: 'tsvector',
  tsquery: 'tsquery',
};

export function canonicalTypeName(name: string): string {
  return TYPE_ALIASES[name.toLowerCase()] ?? name;
}

/**
 * Types without a default operator class of their own, which PostgreSQL
 * indexes with the default of a type they are binary-coercible to
 * (GetDefaultOpClass).
 */
const BINARY_COERCIBLE: Record<string, string> = { varchar: 'text', cidr: 'inet' };

/** Default operator classes of extensions' types that migrations often index (pg_opclass of a database with the extension). */
const EXTENSION_DEFAULTS: Record<string, Record<string, string>> = { btree: { citext: 'citext_ops' }, hash: { citext: 'citext_ops' } };

const RANGE_TYPES = new Set(['int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange']);

/** The type an operator class is declared for: a polymorphic one for arrays, enums, ranges and multiranges. */
function opclassInputType(type: string, enums: ReadonlySet<string>): string {
  if (isArrayType(type)) return 'anyarray';
  if (enums.has(type)) return 'anyenum';
  if (RANGE_TYPES.has(type)) return 'anyrange';
  if (type.endsWith('multirange') && RANGE_TYPES.has(type.replace('multirange', 'range'))) return 'anymultirange';
  return BINARY_COERCIBLE[type] ?? type;
}

/** The default operator class of `method` for a type written in PostgreSQL's canonical name, or undefined. */
function methodDefault(method: string, type: string, enums: ReadonlySet<string>): string | undefined {
  const input = opclassInputType(type, enums);
  return OPCLASS_DEFAULTS[method]?.[input] ?? EXTENSION_DEFAULTS[method]?.[input];
}

/** btree operator family of each default operator class (pg_opfamily). */
const BTREE_FAMILY: Record<string, string> = {
  int2_ops: 'integer_ops',
  int4_ops: 'integer_ops',
  int8_ops: 'integer_ops',
  float4_ops: 'float_ops',
  float8_ops: 'float_ops',
  text_ops: 'text_ops',
  varchar_ops: 'text_ops',
  name_ops: 'text_ops',
  date_ops: 'datetime_ops',
  timestamp_ops: 'datetime_ops',
  timestamptz_ops: 'datetime_ops',
  inet_ops: 'network_ops',
  cidr_ops: 'network_ops',
  text_pattern_ops: 'text_pattern_ops',
  varchar_pattern_ops: 'text_pattern_ops',
  bpchar_pattern_ops: 'bpchar_pattern_ops',
};

/** Types whose equality operators a btree family holds (for foreign keys: docs/semantics.md, "When a foreign key is served", point 5). */
const FAMILY_TYPES: Record<string, string[]> = {
  integer_ops: ['int2', 'int4', 'int8'],
  float_ops: ['float4', 'float8'],
  text_ops: ['text', 'varchar', 'name'],
  text_pattern_ops: ['text', 'varchar'],
  bpchar_ops: ['bpchar'],
  bpchar_pattern_ops: ['bpchar'],
  datetime_ops: ['date', 'timestamp', 'timestamptz'],
  network_ops: ['inet', 'cidr'],
};

export function isArrayType(type: string): boolean {
  return type.endsWith('[]');
}

/**
 * The operator class PostgreSQL uses when none is written, or null when it
 * cannot be known here (unknown type, expression of unknown type).
 */
export function defaultOpclass(method: string, type: string | null, enums: ReadonlySet<string>): string | null {
  if (type === null) return null;
  return methodDefault(method, type, enums) ?? null;
}

const DEFAULT_OPCLASS_NAMES: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(OPCLASS_DEFAULTS).map(([method, types]) => [method, new Set([...Object.values(types), ...Object.values(EXTENSION_DEFAULTS[method] ?? {})])]),
);

/**
 * Is `opclass` the default of `method` for some type? For a key whose type
 * the model does not know (an expression, a column of CREATE TABLE AS), a
 * written operator class that is a default is that key's default: PostgreSQL
 * accepts it only for its own type (or one binary-coercible to it, which has
 * the same default).
 */
export function isDefaultOpclassOfSomeType(method: string, opclass: string): boolean {
  return DEFAULT_OPCLASS_NAMES[method]?.has(opclass) ?? false;
}

/** btree operator family an operator class belongs to. */
export function btreeFamily(opclass: string): string {
  return BTREE_FAMILY[opclass] ?? opclass;
}

/**
 * Can the equality a foreign key is enforced with use an index key of this
 * operator class? PostgreSQL compares the referencing column with the
 * referenced one through an operator of the referenced key's family; a
 * foreign key whose types no common family compares (int against numeric) is
 * enforced through a cast, and then no index on the referencing column helps.
 */
export function foreignKeyCanUseOpclass(opclass: string, fkType: string, refType: string): boolean {
  const family = btreeFamily(opclass);
  const types = FAMILY_TYPES[family];
  if (fkType === refType) {
    if (types) return types.includes(fkType);
    const ownDefault = methodDefault('btree', fkType, new Set());
    return ownDefault === undefined || btreeFamily(ownDefault) === family || opclass === 'enum_ops' || opclass === 'array_ops';
  }
  return types !== undefined && types.includes(fkType) && types.includes(refType);
}

/** Implicit casts among the built-in types a key usually has (pg_cast, castcontext 'i', PostgreSQL 15). */
const IMPLICIT_CASTS: Record<string, string[]> = {
  bpchar: ['name', 'text', 'varchar'],
  cidr: ['inet'],
  date: ['timestamp', 'timestamptz'],
  float4: ['float8'],
  int2: ['float4', 'float8', 'int4', 'int8', 'numeric', 'oid'],
  int4: ['float4', 'float8', 'int8', 'numeric', 'oid'],
  int8: ['float4', 'float8', 'numeric', 'oid'],
  name: ['text'],
  numeric: ['float4', 'float8'],
  text: ['bpchar', 'name', 'varchar'],
  time: ['interval', 'timetz'],
  timestamp: ['timestamptz'],
  varchar: ['bpchar', 'name', 'text'],
};

/** Types whose casts and operator families are all known here; other types (enums, extensions') are not judged. */
const KNOWN_KEY_TYPES = new Set([...Object.keys(IMPLICIT_CASTS), 'timestamptz', 'timetz', 'interval', 'uuid', 'bool', 'bytea', 'jsonb', 'oid', 'money', 'inet', 'float8', 'macaddr', 'macaddr8']);

/**
 * Can PostgreSQL enforce a foreign key from a column of type `fkType` to one
 * of type `pkType`? It needs an equality operator of the referenced key's
 * btree family between the two types, or else an implicit cast of the
 * referencing type to the referenced key's operator class type
 * (ATAddForeignKeyConstraint); otherwise "foreign key constraint ... cannot
 * be implemented". null when a type is not known here.
 */
export function foreignKeyTypesMatch(fkType: string, pkType: string): boolean | null {
  if (fkType === pkType) return true;
  if (!KNOWN_KEY_TYPES.has(fkType) || !KNOWN_KEY_TYPES.has(pkType)) return null;
  // varchar and cidr are indexed with the operator classes of text and inet.
  const input = opclassInputType(pkType, new Set());
  if (comparedWithoutCast(fkType, input)) return true;
  return (IMPLICIT_CASTS[fkType] ?? []).includes(input);
}

/** Does one btree family compare the two types (or are they one)? */
function comparedWithoutCast(fkType: string, input: string): boolean {
  const family = FAMILY_TYPES[btreeFamily(methodDefault('btree', input, new Set()) ?? '')];
  return fkType === input || (family !== undefined && family.includes(input) && family.includes(fkType));
}

/**
 * The type a foreign key's checks cast the referencing column to. Where no
 * btree family of the referenced key compares the two types, PostgreSQL
 * compares through the implicit cast of the referencing column to the type
 * of the key's operator class (ATAddForeignKeyConstraint), and the check on
 * the referencing table is `$1 = column::type` (an integer column referencing
 * a numeric key: `column::numeric`): an index on the column itself cannot
 * serve it, one on the expression `(column::type)` can. null when the
 * types are compared as they are, or are not known here.
 */
export function foreignKeyCastType(fkType: string, pkType: string): string | null {
  if (fkType === pkType || foreignKeyTypesMatch(fkType, pkType) !== true) return null;
  const input = opclassInputType(pkType, new Set());
  return comparedWithoutCast(fkType, input) ? null : input;
}
