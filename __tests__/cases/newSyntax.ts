/**
 * Migration files in the syntax PostgreSQL 17 and 18 added (and one form it
 * did not keep). None may end a run with an internal error; where a server
 * of `minMajor` or newer accepts the files, the live audit must agree with
 * the audit of the files.
 */
export interface SyntaxForm {
  name: string;
  /** The files, applied in order. */
  sql: string[];
  /** The oldest major that accepts the files. */
  minMajor: number;
  /** False where the files cannot be applied over a client connection (COPY FROM STDIN) or the server refuses them. */
  live?: false;
  /**
   * Why the live audit does not yet agree with the audit of the files: the
   * agreement test then expects the two to differ, and fails once they agree.
   */
  knownDisagreement?: string;
}

const accounts = 'CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, total numeric, js jsonb);';

export const NEW_SYNTAX_FORMS: SyntaxForm[] = [
  {
    name: 'uuidv7() defaults, and an index on the primary key column again',
    minMajor: 18,
    sql: ['CREATE TABLE u (id uuid PRIMARY KEY DEFAULT uuidv7(), at timestamptz DEFAULT uuid_extract_timestamp(uuidv7()));\nCREATE INDEX u_id ON u (id);\nCREATE INDEX u_at ON u (at);'],
  },
  {
    name: 'virtual generated columns, SET EXPRESSION, and indexes on the stored ones',
    minMajor: 18,
    sql: [
      'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL, c int GENERATED ALWAYS AS (a * 3), s int GENERATED ALWAYS AS (a * 4) STORED);\nCREATE INDEX g_a ON g (a);\nCREATE INDEX g_s ON g (s);\nCREATE INDEX g_s_a ON g (s, a);',
      'ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 5);\nALTER TABLE g ALTER COLUMN c SET DATA TYPE bigint;\nCREATE TABLE g2 (LIKE g INCLUDING ALL);\nCREATE INDEX g_e ON g ((a * 2));',
    ],
  },
  {
    name: 'an index on a virtual generated column (the server refuses it)',
    minMajor: 18,
    live: false,
    sql: ['CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL);\nCREATE INDEX g_b ON g (b);'],
  },
  {
    name: 'NOT ENFORCED check and foreign key constraints, ALTER CONSTRAINT ... ENFORCED',
    minMajor: 18,
    sql: [
      `${accounts}\nALTER TABLE accounts ADD CONSTRAINT total_positive CHECK (total > 0) NOT ENFORCED;\nCREATE TABLE orders (id int PRIMARY KEY, account_id int, CONSTRAINT orders_account FOREIGN KEY (account_id) REFERENCES accounts NOT ENFORCED);`,
      'ALTER TABLE orders ALTER CONSTRAINT orders_account ENFORCED;\nCREATE INDEX orders_account_id ON orders (account_id);\nCREATE INDEX orders_account_id_id ON orders (account_id, id);',
    ],
  },
  {
    name: 'NOT NULL constraints: named, NOT VALID then validated, NO INHERIT',
    minMajor: 18,
    sql: [
      `${accounts}\nALTER TABLE accounts ADD CONSTRAINT total_not_null NOT NULL total NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT total_not_null;\nCREATE TABLE n (a int CONSTRAINT a_not_null NOT NULL, b int NOT NULL NO INHERIT, c int, NOT NULL c);\nCREATE INDEX n_a ON n (a);\nCREATE UNIQUE INDEX n_a_u ON n (a);`,
    ],
  },
  {
    name: 'a temporal PRIMARY KEY ... WITHOUT OVERLAPS and a FOREIGN KEY ... PERIOD',
    minMajor: 18,
    sql: [
      'CREATE TABLE rooms (room int4range, during tstzrange, PRIMARY KEY (room, during WITHOUT OVERLAPS));\nCREATE TABLE bookings (id int PRIMARY KEY, room int4range, during tstzrange, FOREIGN KEY (room, PERIOD during) REFERENCES rooms (room, PERIOD during));',
      'CREATE INDEX rooms_room ON rooms (room);\nCREATE INDEX rooms_room_during ON rooms USING gist (room, during);\nCREATE INDEX bookings_room_during ON bookings USING gist (room, during);',
    ],
  },
  {
    name: 'a temporal UNIQUE ... WITHOUT OVERLAPS beside an index of its columns',
    minMajor: 18,
    sql: [
      'CREATE TABLE slots (room int4range, during tstzrange, CONSTRAINT slots_room_during UNIQUE (room, during WITHOUT OVERLAPS));\nCREATE INDEX slots_room ON slots USING gist (room);\nCREATE INDEX slots_room_btree ON slots (room, during);',
    ],
  },
  {
    name: 'MERGE ... WHEN NOT MATCHED BY SOURCE ... RETURNING merge_action(), old and new; UPDATE ... RETURNING old, new',
    minMajor: 18,
    sql: [
      `${accounts}\nMERGE INTO accounts a USING (VALUES (1, 'x@example.com')) v(id, email) ON a.id = v.id\n  WHEN MATCHED THEN UPDATE SET email = v.email\n  WHEN NOT MATCHED BY SOURCE THEN DELETE\n  WHEN NOT MATCHED THEN INSERT (id, email) VALUES (v.id, v.email)\n  RETURNING merge_action(), old.email, new.email;\nUPDATE accounts SET email = 'z' RETURNING old.email, new.email;\nCREATE INDEX accounts_email ON accounts (email);`,
    ],
  },
  {
    name: 'JSON_TABLE, and SQL/JSON constructors and IS JSON in index keys and predicates',
    minMajor: 17,
    sql: [
      `${accounts}\nSELECT * FROM JSON_TABLE('{"a":[1,2]}'::jsonb, '$.a[*]' COLUMNS (n int PATH '$', ord FOR ORDINALITY)) AS jt;\nCREATE INDEX accounts_object ON accounts ((JSON_OBJECT('e': email)::text));\nCREATE INDEX accounts_object2 ON accounts ((json_object('e' VALUE email)::text));\nCREATE INDEX accounts_scalar ON accounts ((JSON_SCALAR(total)::text));\nCREATE INDEX accounts_is_json ON accounts (id) WHERE email IS JSON OBJECT;\nCREATE INDEX accounts_is_json2 ON accounts (id) WHERE email IS JSON OBJECT;\nCREATE INDEX accounts_serialize ON accounts ((JSON_SERIALIZE(js::json RETURNING text)));\nCREATE INDEX accounts_array ON accounts ((JSON_ARRAY(email, total)::text));`,
    ],
  },
  {
    name: 'JSON_QUERY, JSON_VALUE and JSON_EXISTS in index keys and predicates',
    minMajor: 17,
    sql: [
      `${accounts}\nCREATE INDEX accounts_query ON accounts (JSON_QUERY(js, '$.a'));\nCREATE INDEX accounts_query_a ON accounts (JSON_QUERY(js, '$.a'), id);\nCREATE INDEX accounts_value ON accounts (JSON_VALUE(js, '$.b' RETURNING int DEFAULT 0 ON EMPTY));\nCREATE INDEX accounts_exists ON accounts (email) WHERE JSON_EXISTS(js, '$.c');\nCREATE INDEX accounts_exists2 ON accounts (email) WHERE JSON_EXISTS(js, '$.d');`,
    ],
  },
  {
    name: 'casefold() in an index key',
    minMajor: 18,
    sql: [`${accounts}\nCREATE INDEX accounts_casefold ON accounts (casefold(email));\nCREATE INDEX accounts_casefold2 ON accounts ((CASEFOLD( email )));\nSELECT array_sort(ARRAY[3, 1]);`],
  },
  {
    name: 'COPY ... ON_ERROR, LOG_VERBOSITY, REJECT_LIMIT with inline data',
    minMajor: 18,
    live: false,
    sql: [
      `${accounts}\nCOPY accounts (id, email) FROM STDIN WITH (FORMAT csv, ON_ERROR ignore, LOG_VERBOSITY verbose, REJECT_LIMIT 10);\n1,a@example.com\nnot a number,b@example.com\n\\.\nCREATE INDEX accounts_email ON accounts (email);\nCREATE INDEX accounts_email2 ON accounts (email);`,
    ],
  },
  {
    name: "CREATE INDEX ON ONLY a partitioned table, each partition's index attached; identity columns on a partitioned table",
    minMajor: 17,
    sql: [
      "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\nCREATE INDEX events_at ON ONLY events (at);\nCREATE INDEX events_2025_at ON events_2025 (at);\nALTER INDEX events_at ATTACH PARTITION events_2025_at;",
      'CREATE INDEX events_2026_at ON events_2026 (at);\nALTER INDEX events_at ATTACH PARTITION events_2026_at;\nCREATE INDEX events_at_id ON events (at, id);',
    ],
  },
  {
    name: 'ALTER TABLE ... MERGE PARTITIONS and SPLIT PARTITION (not in PostgreSQL 18: a syntax error)',
    minMajor: 18,
    live: false,
    sql: [
      "CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      "ALTER TABLE events MERGE PARTITIONS (events_2025, events_2026) INTO events_all;\nALTER TABLE events SPLIT PARTITION events_all INTO (PARTITION events_a FOR VALUES FROM ('2025-01-01') TO ('2026-01-01'), PARTITION events_b FOR VALUES FROM ('2026-01-01') TO ('2027-01-01'));",
    ],
  },
  {
    name: 'statistics and EXPLAIN options of PostgreSQL 17 and 18',
    minMajor: 18,
    sql: [
      'CREATE TABLE s (a int, b int);\nCREATE STATISTICS s_stats ON a, b FROM s;\nALTER STATISTICS s_stats SET STATISTICS DEFAULT;\nALTER TABLE s ALTER COLUMN a SET STATISTICS DEFAULT;\nEXPLAIN (MEMORY, SERIALIZE TEXT, ANALYZE) SELECT 1;\nCREATE INDEX s_a ON s (a);\nCREATE INDEX s_a_b ON s (a, b);',
    ],
  },
];
