/**
 * What PostgreSQL decides about types that matters to indexes: canonical type
 * names, default operator classes and operator families. Mirrored from the
 * catalog of a PostgreSQL 15 server (`pg_opclass`, `pg_opfamily`), not guessed.
 */

const TYPE_ALIASES: Record<string, string> = {
  int: 'int4', integer: 'int4', int4: 'int4', serial: 'int4', serial4: 'int4',
  smallint: 'int2', int2: 'int2', smallserial: 'int2', serial2: 'int2',
  bigint: 'int8', int8: 'int8', bigserial: 'int8', serial8: 'int8',
  real: 'float4', float4: 'float4', 'double precision': 'float8', float8: 'float8', float: 'float8',
  numeric: 'numeric', decimal: 'numeric',
  varchar: 'varchar', 'character varying': 'varchar',
  char: 'bpchar', character: 'bpchar', bpchar: 'bpchar',
  text: 'text', name: 'name', citext: 'citext',
  bool: 'bool', boolean: 'bool',
  timestamp: 'timestamp', 'timestamp without time zone': 'timestamp',
  timestamptz: 'timestamptz', 'timestamp with time zone': 'timestamptz',
  date: 'date', time: 'time', timetz: 'timetz', interval: 'interval',
  uuid: 'uuid', json: 'json', jsonb: 'jsonb', bytea: 'bytea', xml: 'xml',
  inet: 'inet', cidr: 'cidr', macaddr: 'macaddr', macaddr8: 'macaddr8', money: 'money',
  bit: 'bit', varbit: 'varbit', 'bit varying': 'varbit', oid: 'oid', tsvector: 'tsvector', tsquery: 'tsquery',
};

export function canonicalTypeName(name: string): string {
  return TYPE_ALIASES[name.toLowerCase()] ?? name;
}

/** btree default operator class of each built-in type (pg_opclass.opcdefault). */
const BTREE_DEFAULT: Record<string, string> = {
  int2: 'int2_ops', int4: 'int4_ops', int8: 'int8_ops',
  float4: 'float4_ops', float8: 'float8_ops', numeric: 'numeric_ops',
  // varchar has no opclass of its own: it is binary-coercible to text.
  text: 'text_ops', varchar: 'text_ops', name: 'name_ops', bpchar: 'bpchar_ops', citext: 'citext_ops',
  bool: 'bool_ops', bytea: 'bytea_ops', date: 'date_ops', time: 'time_ops', timetz: 'timetz_ops',
  timestamp: 'timestamp_ops', timestamptz: 'timestamptz_ops', interval: 'interval_ops',
  uuid: 'uuid_ops', jsonb: 'jsonb_ops', inet: 'inet_ops', cidr: 'inet_ops', macaddr: 'macaddr_ops',
  macaddr8: 'macaddr8_ops', money: 'money_ops', bit: 'bit_ops', varbit: 'varbit_ops', oid: 'oid_ops',
  tsvector: 'tsvector_ops', tsquery: 'tsquery_ops',
};

/** btree operator family of each default operator class (pg_opfamily). */
const BTREE_FAMILY: Record<string, string> = {
  int2_ops: 'integer_ops', int4_ops: 'integer_ops', int8_ops: 'integer_ops',
  float4_ops: 'float_ops', float8_ops: 'float_ops',
  text_ops: 'text_ops', varchar_ops: 'text_ops', name_ops: 'text_ops',
  date_ops: 'datetime_ops', timestamp_ops: 'datetime_ops', timestamptz_ops: 'datetime_ops',
  inet_ops: 'network_ops', cidr_ops: 'network_ops',
  text_pattern_ops: 'text_pattern_ops', varchar_pattern_ops: 'text_pattern_ops',
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
  if (method === 'btree' || method === 'hash') {
    if (isArrayType(type)) return 'array_ops';
    if (enums.has(type)) return 'enum_ops';
    // hash's default operator classes have the same names as btree's for these types.
    return BTREE_DEFAULT[type] ?? null;
  }
  return null;
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
    const ownDefault = BTREE_DEFAULT[fkType];
    return ownDefault === undefined || btreeFamily(ownDefault) === family || opclass === 'enum_ops' || opclass === 'array_ops';
  }
  return types !== undefined && types.includes(fkType) && types.includes(refType);
}
