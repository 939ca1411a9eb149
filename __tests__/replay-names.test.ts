/**
 * Names, renames and qualified names: each case runs on the real server and
 * through the static replay, and both must hold the same indexes and foreign
 * keys under the same names, and reject the same statements.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Finding } from '../src/findings.js';
import { cliFindings } from './helpers/cliFindings.js';
import { applySql } from './helpers/testDatabase.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';
import { runBothWays } from './helpers/serverAgreement.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase('names');
});

afterAll(async () => {
  await db?.close();
});

async function expectAgreement(sql: string): Promise<string[]> {
  const sides = await runBothWays(db, sql);
  expect(sides.replay).toEqual(sides.server);
  expect(sides.replayRejected).toEqual(sides.serverRejected);
  return sides.server;
}

/** Cases run on the server and through the replay: both must build the same thing and reject the same statements. */
const SERVER_CASES: Record<string, Array<[string, string]>> = {
  'default index names': [
    [
      'INCLUDE columns are part of the name (the case of the issue)',
      'CREATE TABLE t (a int, b int); CREATE INDEX ON t (a) INCLUDE (b); CREATE INDEX t_a_idx ON t (a) WHERE b > 0; CREATE INDEX ON t (a, b);',
    ],
    ['INCLUDE of several columns', 'CREATE TABLE t (a int, b int, c text); CREATE INDEX ON t (b) INCLUDE (a, c); CREATE UNIQUE INDEX ON t (a) INCLUDE (b);'],
    ['a repeated column is numbered', 'CREATE TABLE t (a int, b int); CREATE INDEX ON t (a, a); CREATE INDEX ON t (a) INCLUDE (a);'],
    ['function calls, numbered when repeated', 'CREATE TABLE t (c text); CREATE INDEX ON t (lower(c)); CREATE INDEX ON t (lower(c), upper(c), lower(c)); CREATE INDEX ON t ((pg_catalog.lower(c)));'],
    [
      'casts name the column inside them, or the type',
      "CREATE TABLE t (a int, c text); CREATE INDEX ON t ((a::text)); CREATE INDEX ON t ((a::bigint::text)); CREATE INDEX ON t ((c::int)); CREATE INDEX ON t ((c::varchar(3))); CREATE INDEX ON t ((a::text::varchar)); CREATE INDEX ON t (('x'::text || c));",
    ],
    [
      'operators are "expr"',
      "CREATE TABLE t (a int, b int, c text, d jsonb); CREATE INDEX ON t ((a + 1)); CREATE INDEX ON t ((d->'x')); CREATE INDEX ON t ((d->>'x')); CREATE INDEX ON t ((a IS NULL)); CREATE INDEX ON t ((NOT (a = 1))); CREATE INDEX ON t ((a = 1 AND b = 2)); CREATE INDEX ON t ((-a)); CREATE INDEX ON t ((c || 'x'));",
    ],
    [
      'CASE is "case" unless its ELSE has a name',
      'CREATE TABLE t (a int, b int); CREATE INDEX ON t ((CASE WHEN a > 0 THEN 1 ELSE 0 END)); CREATE INDEX ON t ((CASE WHEN a > 0 THEN 1 ELSE b END)); CREATE INDEX ON t ((CASE WHEN a > 0 THEN 1 ELSE b::bigint END)); CREATE INDEX ON t ((CASE WHEN a > 0 THEN 1 END));',
    ],
    [
      'coalesce, nullif, greatest, least, arrays, subscripts, collations',
      'CREATE TABLE t (a int, b int, c text, e int[]); CREATE INDEX ON t ((coalesce(a, 0))); CREATE INDEX ON t ((nullif(a, 0))); CREATE INDEX ON t ((greatest(a, b))); CREATE INDEX ON t ((least(a, b))); CREATE INDEX ON t ((ARRAY[a, b])); CREATE INDEX ON t ((e[1])); CREATE INDEX ON t ((e[1:2])); CREATE INDEX ON t ((c COLLATE "C")); CREATE INDEX ON t ((lower(c) COLLATE "C"));',
    ],
    [
      'a name is clipped to 63 bytes, counting the number',
      `CREATE TABLE ${'t'.repeat(40)} (${'a'.repeat(40)} int, ${'b'.repeat(40)} int); CREATE INDEX ON ${'t'.repeat(40)} (${'a'.repeat(40)}, ${'b'.repeat(40)}); CREATE INDEX ON ${'t'.repeat(40)} (${'a'.repeat(40)}, ${'b'.repeat(40)}); CREATE INDEX ON ${'t'.repeat(40)} (${'a'.repeat(40)}) INCLUDE (${'b'.repeat(40)});`,
    ],
  ],
  'default constraint names': [
    [
      'primary key, unique, exclusion, foreign key',
      'CREATE TABLE p (id int PRIMARY KEY, code int UNIQUE, r int4range, EXCLUDE USING gist (r WITH &&)); CREATE TABLE c (id int, p_id int REFERENCES p, code int REFERENCES p (code), UNIQUE (p_id, code));',
    ],
    ['unique constraints with INCLUDE', 'CREATE TABLE t (a int, b int, c int, UNIQUE (a) INCLUDE (b), PRIMARY KEY (c) INCLUDE (a)); ALTER TABLE t ADD UNIQUE (b) INCLUDE (c);'],
    [
      'a constraint name avoids the names of other constraints and relations',
      'CREATE TABLE t (a int, CONSTRAINT t_a_key CHECK (a > 0)); CREATE INDEX t_a_key1 ON t (a); ALTER TABLE t ADD UNIQUE (a);',
    ],
    [
      'unnamed CHECK constraints are named in turn, and their names are taken',
      'CREATE TABLE t (a int CHECK (a > 0), CONSTRAINT t_a_check CHECK (a < 10)); CREATE TABLE t3 (a int, CONSTRAINT t3_a_check UNIQUE (a), CHECK (a > 0)); CREATE TABLE t4 (a int, CONSTRAINT t4_a_check FOREIGN KEY (a) REFERENCES t4 (a), CHECK (a > 0), UNIQUE (a)); CREATE TABLE t2 (a int, b int, CHECK (a > b), CHECK (a > 0), CHECK (a > 1), CHECK (a + a > 0), b2 int CHECK (b2 > a)); ALTER TABLE t2 ADD CONSTRAINT t2_a_check2 UNIQUE (a); ALTER TABLE t2 ADD CONSTRAINT t2_check1 UNIQUE (b); ALTER TABLE t2 ADD CHECK (b > 0), ADD CONSTRAINT t2_b_check UNIQUE (b); ALTER TABLE t2 ADD CHECK (b > 0), ADD CONSTRAINT t2_b_check1 UNIQUE (b); ALTER TABLE t2 ADD COLUMN c int CHECK (c > 0); ALTER TABLE t2 ADD CONSTRAINT t2_c_check UNIQUE (c); ALTER TABLE t2 DROP CONSTRAINT t2_c_check; ALTER TABLE t2 ADD CONSTRAINT t2_c_check UNIQUE (c);',
    ],
    ['an index name avoids relation names, not constraint names', 'CREATE TABLE t (a int, CONSTRAINT t_a_idx CHECK (a > 0)); CREATE INDEX ON t (a);'],
    [
      'foreign keys of the same columns are numbered',
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p_id int REFERENCES p, FOREIGN KEY (p_id) REFERENCES p); ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p;',
    ],
  ],
  "partitions' copies": [
    [
      'copies name their INCLUDE columns and expressions',
      'CREATE TABLE p (a int, b int, c text) PARTITION BY LIST (a); CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1); CREATE INDEX ON p (b) INCLUDE (c); CREATE INDEX ON p (lower(c)); CREATE INDEX ON p ((b + 1), (b + 2)); CREATE TABLE p2 PARTITION OF p FOR VALUES IN (2);',
    ],
    [
      'a column renamed after the index keeps its name in the copies (and in LIKE)',
      'CREATE TABLE p (a int, b int) PARTITION BY LIST (a); CREATE INDEX ON p (b) INCLUDE (a); CREATE INDEX ON p ((b + 1)); ALTER TABLE p RENAME COLUMN b TO x; CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1); CREATE TABLE l (LIKE p INCLUDING INDEXES); CREATE INDEX ON p (x);',
    ],
    [
      'constraint copies',
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b), UNIQUE (a) INCLUDE (b)) PARTITION BY LIST (a); CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1); CREATE TABLE p2 (a int NOT NULL, b int NOT NULL); ALTER TABLE p ATTACH PARTITION p2 FOR VALUES IN (2);',
    ],
  ],
  'names that are taken': [
    [
      'a constraint named like an existing relation or constraint',
      'CREATE TABLE t (a int, b int, CONSTRAINT c CHECK (a > 0)); CREATE TABLE u (a int); CREATE INDEX i ON u (a); ALTER TABLE t ADD CONSTRAINT k UNIQUE (a); ALTER TABLE t ADD CONSTRAINT k UNIQUE (b); ALTER TABLE t ADD CONSTRAINT i UNIQUE (b); ALTER TABLE t ADD CONSTRAINT c UNIQUE (b); ALTER TABLE t ADD CONSTRAINT u PRIMARY KEY (b);',
    ],
    [
      'CREATE TABLE with a constraint named like an existing relation',
      'CREATE TABLE u (a int); CREATE INDEX i ON u (a); CREATE TABLE t (a int, CONSTRAINT i UNIQUE (a)); CREATE TABLE t2 (a int CONSTRAINT u PRIMARY KEY); CREATE TABLE t3 (a int, b int, CONSTRAINT k UNIQUE (a), CONSTRAINT k UNIQUE (b)); CREATE TABLE t4 (a int, CONSTRAINT t4 UNIQUE (a)); CREATE TABLE t5 (a int, CONSTRAINT t5 CHECK (a > 0));',
    ],
    [
      'a name dropped earlier in the same ALTER TABLE is free',
      'CREATE TABLE t (id int, a int, CONSTRAINT t_pkey PRIMARY KEY (id), CONSTRAINT k UNIQUE (a)); ALTER TABLE t DROP CONSTRAINT t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY (id, a); ALTER TABLE t DROP CONSTRAINT k, ADD CONSTRAINT k UNIQUE (a, id);',
    ],
    [
      'a foreign key named like another constraint of its table',
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (a int, b int, CONSTRAINT k UNIQUE (a)); ALTER TABLE c ADD CONSTRAINT k FOREIGN KEY (b) REFERENCES p; ALTER TABLE c ADD CONSTRAINT f FOREIGN KEY (b) REFERENCES p; ALTER TABLE c ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES p; ALTER TABLE c ADD CONSTRAINT p_pkey FOREIGN KEY (a) REFERENCES p;',
    ],
    [
      'the sequence of a serial column goes with its table or column, and moves with its table',
      'CREATE SCHEMA S_b; CREATE TABLE t (id serial, n bigserial, a int GENERATED ALWAYS AS IDENTITY); DROP TABLE t; CREATE SEQUENCE t_id_seq; CREATE TABLE t (id serial, n bigserial); ALTER TABLE t DROP COLUMN n; CREATE INDEX t_n_seq ON t (id); ALTER TABLE t RENAME COLUMN id TO x; ALTER TABLE t SET SCHEMA S_b; CREATE INDEX t_id_seq1 ON S_b.t (x); CREATE INDEX t_id_seq1 ON t_id_seq (x);',
    ],
    [
      'a table, sequence or view named like an existing relation',
      'CREATE TABLE u (a int); CREATE INDEX i ON u (a); CREATE SEQUENCE sq; CREATE TABLE i (a int); CREATE TABLE sq (a int); CREATE SEQUENCE u; CREATE VIEW i AS SELECT 1 AS x; CREATE INDEX ON u (a);',
    ],
  ],
  'columns qualified with their table': [
    [
      'in predicates and keys',
      'CREATE TABLE t (a int, b int); CREATE INDEX i1 ON t (a) WHERE t.b > 0; CREATE INDEX i2 ON t ((t.a + 1)); CREATE INDEX ON t ((t.a)); CREATE INDEX i3 ON t (lower(t.a::text)) WHERE t.a IS NOT NULL AND t.b > 0;',
    ],
    ['with the schema too', 'CREATE SCHEMA S_x; CREATE TABLE S_x.t (a int, b int); CREATE INDEX i1 ON S_x.t (a) WHERE S_x.t.b > 0; CREATE INDEX i2 ON S_x.t (a) WHERE t.b > 0;'],
  ],
  renames: [
    [
      'ALTER INDEX renames a table, ALTER TABLE an index',
      'CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a); ALTER INDEX t RENAME TO t2; ALTER TABLE i RENAME TO i2; CREATE INDEX ON t2 (a); CREATE INDEX i ON t2 (b);',
    ],
    [
      'sequences and views through either, and the kind checked by the others',
      'CREATE TABLE t (a int); CREATE INDEX i ON t (a); CREATE SEQUENCE sq; CREATE VIEW v AS SELECT 1 AS x; ALTER TABLE sq RENAME TO sq2; ALTER INDEX v RENAME TO v2; ALTER SEQUENCE t RENAME TO t3; ALTER VIEW i RENAME TO i3; ALTER MATERIALIZED VIEW i RENAME TO i4; CREATE INDEX sq ON t (a); CREATE INDEX v ON t (a); CREATE INDEX sq2 ON t (a);',
    ],
    [
      'a rename onto a taken name is rejected and loses nothing',
      'CREATE TABLE t (a int, b int); CREATE TABLE u (a int); CREATE INDEX i ON t (a); CREATE INDEX j ON t (b); CREATE SEQUENCE sq; ALTER INDEX i RENAME TO j; ALTER TABLE t RENAME TO u; ALTER TABLE i RENAME TO sq; ALTER INDEX i RENAME TO u; ALTER INDEX i RENAME TO i; CREATE INDEX ON t (a); CREATE INDEX ON u (a);',
    ],
    [
      'an index behind a constraint takes the constraint with it, and back',
      'CREATE TABLE t (a int, b int, CONSTRAINT t_a_key UNIQUE (a), PRIMARY KEY (b)); ALTER INDEX t_a_key RENAME TO k; ALTER TABLE t RENAME CONSTRAINT t_pkey TO pk; ALTER TABLE t ADD UNIQUE (a);',
    ],
    [
      'an index behind a constraint is not renamed onto another constraint of its table',
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int, b int, CONSTRAINT c CHECK (a > 0), UNIQUE (a), CONSTRAINT fk FOREIGN KEY (b) REFERENCES p); CREATE TABLE u (a int UNIQUE); ALTER INDEX t_a_key RENAME TO c; ALTER INDEX t_a_key RENAME TO fk; ALTER INDEX t_a_key RENAME TO p_pkey; ALTER INDEX u_a_key RENAME TO c; CREATE INDEX c ON t (a);',
    ],
    [
      'a constraint rename onto a taken constraint or relation name is rejected',
      'CREATE TABLE t (a int, b int, CONSTRAINT k UNIQUE (a), CONSTRAINT c CHECK (a > 0), CONSTRAINT k2 UNIQUE (b)); CREATE INDEX i ON t (b); ALTER TABLE t RENAME CONSTRAINT k TO c; ALTER TABLE t RENAME CONSTRAINT k TO i; ALTER TABLE t RENAME CONSTRAINT k TO k2; ALTER TABLE t RENAME CONSTRAINT k TO k; ALTER TABLE t RENAME CONSTRAINT c TO k; ALTER TABLE t RENAME CONSTRAINT c TO c2; ALTER TABLE t RENAME CONSTRAINT k TO c;',
    ],
    [
      'a foreign key renamed keeps its index-free verdict and its new name',
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p_id int REFERENCES p, q int); ALTER TABLE c RENAME CONSTRAINT c_p_id_fkey TO fk; ALTER TABLE c RENAME CONSTRAINT fk TO p_pkey; ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p;',
    ],
    [
      'a column rename onto a taken column is rejected',
      'CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a); ALTER TABLE t RENAME COLUMN a TO b; ALTER TABLE t RENAME COLUMN a TO c; CREATE INDEX ON t (c);',
    ],
    [
      'an inherited column is renamed on the parent, not on a child alone nor on the parent ONLY',
      'CREATE TABLE p (a int, z int); CREATE TABLE c (b int) INHERITS (p); CREATE TABLE g (x int) INHERITS (c); CREATE INDEX ON c (a); CREATE INDEX ON g (b); ALTER TABLE c RENAME COLUMN a TO d; ALTER TABLE ONLY p RENAME COLUMN a TO d; ALTER TABLE g RENAME COLUMN b TO bb; ALTER TABLE c RENAME COLUMN b TO bb; ALTER TABLE p RENAME COLUMN a TO d; CREATE INDEX ON c (d); CREATE INDEX ON g (bb); CREATE TABLE q (a int) PARTITION BY LIST (a); CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1); ALTER TABLE q1 RENAME COLUMN a TO b; ALTER TABLE ONLY q RENAME COLUMN a TO b; CREATE INDEX ON q1 (a); CREATE TABLE e (a int) PARTITION BY LIST (a); ALTER TABLE ONLY e RENAME COLUMN a TO b; CREATE INDEX ON e (b); CREATE TABLE p2 (y int); CREATE TABLE c2 (y int, w int) INHERITS (p2); ALTER TABLE c2 NO INHERIT p2; ALTER TABLE c2 RENAME COLUMN y TO y2; ALTER TABLE p2 RENAME COLUMN y TO y3; ALTER TABLE c2 ADD COLUMN d int, ADD COLUMN z int, INHERIT p; ALTER TABLE c2 RENAME COLUMN d TO d2; ALTER TABLE c2 RENAME COLUMN w TO w2; CREATE INDEX ON c2 (y2, w2, d);',
    ],
    [
      'SET SCHEMA moves a table with its indexes, and sequences and views, unless a name is taken there',
      'CREATE SCHEMA S_b; CREATE TABLE t (a int); CREATE INDEX i ON t (a); CREATE SEQUENCE sq; CREATE VIEW v AS SELECT 1 AS x; CREATE TABLE S_b.t (b int); ALTER TABLE t SET SCHEMA S_b; CREATE INDEX i2 ON S_b.t (b); CREATE TABLE u (a int); CREATE INDEX i2 ON u (a); ALTER TABLE u SET SCHEMA S_b; ALTER TABLE i SET SCHEMA S_b; ALTER TABLE sq SET SCHEMA S_b; ALTER VIEW v SET SCHEMA S_b; ALTER SEQUENCE t SET SCHEMA S_b; CREATE INDEX sq ON t (a); CREATE INDEX v ON t (a); CREATE INDEX sq ON S_b.t (b); CREATE TABLE w (a int); CREATE INDEX w_i ON w (a); ALTER TABLE w SET SCHEMA S_b; CREATE INDEX w_i ON t (a); CREATE INDEX w_i ON S_b.w (a);',
    ],
    ['a schema rename carries its tables and indexes', 'CREATE SCHEMA S_x; CREATE TABLE S_x.t (a int); CREATE INDEX ON S_x.t (a); ALTER SCHEMA S_x RENAME TO S_y; CREATE INDEX ON S_y.t (a);'],
  ],
  'qualified names': [
    [
      '"a.b".c and a."b.c" are two tables',
      'CREATE SCHEMA "S_a.b"; CREATE SCHEMA S_a; CREATE TABLE "S_a.b".c (x int); CREATE TABLE S_a."b.c" (x int); CREATE INDEX i ON "S_a.b".c (x); CREATE INDEX i ON S_a."b.c" (x); CREATE INDEX ON "S_a.b".c (x); CREATE INDEX ON S_a."b.c" (x);',
    ],
    [
      'names with quotes, capitals and keywords',
      'CREATE TABLE "a""b" ("Col" int, "select" int); CREATE INDEX ON "a""b" ("Col"); CREATE INDEX "My Index" ON "a""b" ("select"); CREATE TABLE "Parent" (id int PRIMARY KEY); CREATE TABLE "a.b" (p int REFERENCES "Parent");',
    ],
    ['partitions of a table with a dot in its name', 'CREATE TABLE "p.q" (a int, b int) PARTITION BY LIST (a); CREATE TABLE "p.q.1" PARTITION OF "p.q" FOR VALUES IN (1); CREATE INDEX ON "p.q" (b);'],
  ],
};

for (const [group, cases] of Object.entries(SERVER_CASES)) {
  describe(group, () => {
    test.each(cases)('%s', async (_name, sql) => {
      await expectAgreement(sql);
    });
  });
}

/**
 * The audit of a file and the audit of the database it built, in one form.
 * The case runs in `schema`; `S_` in its text names further schemas after it.
 */
async function auditBothWays(schema: string, sql: string): Promise<{ files: string[]; live: string[]; fixes: string[] }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgil-names-')), '0001.sql');
  const text = `CREATE SCHEMA ${schema}; SET search_path TO ${schema};\n${sql.replace(/\bS_/g, `${schema}_`)}`;
  writeFileSync(file, text);
  await dropSchemas(schema);
  await applySql(db.client, text);
  await db.client.query('RESET search_path');
  const schemas = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2', [schema, `${schema}\\_%`])).rows.map((r) => r.n);
  const shown = (findings: Finding[]) =>
    findings
      .filter((f) => f.rule !== 'syntax-error')
      .map((f) => `${f.rule} ${f.table} ${f.index ?? f.foreignKey} < ${(f.relatedIndexes ?? []).join(', ')}: ${f.fix}`)
      .sort();
  const fromFiles = await cliFindings(['audit', file]);
  const live = await cliFindings(['audit', '--database-url', db.url, ...schemas.flatMap((s) => ['--schema', s])]);
  return { files: shown(fromFiles), live: shown(live), fixes: fromFiles.flatMap((f) => (f.fix ? [f.fix] : [])) };
}

async function dropSchemas(schema: string): Promise<void> {
  const schemas = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2', [schema, `${schema}\\_%`])).rows.map((r) => r.n);
  for (const s of schemas) await db.client.query(`DROP SCHEMA "${s.replace(/"/g, '""')}" CASCADE`);
}

describe('the case of the issue, end to end', () => {
  test('both audits name the covered index, and its fix leaves the partial index on the server', async () => {
    const schema = `names_issue_${process.pid}`;
    const { files, live } = await auditBothWays(schema, 'CREATE TABLE t (a int, b int); CREATE INDEX ON t (a) INCLUDE (b); CREATE INDEX t_a_idx ON t (a) WHERE b > 0; CREATE INDEX ON t (a, b);');
    expect(files).toEqual(live);
    expect(files).toEqual([`leading-prefix ${schema}.t t_a_b_idx < t_a_b_idx1: DROP INDEX CONCURRENTLY IF EXISTS ${schema}.t_a_b_idx;`]);
    await db.client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${schema}.t_a_b_idx`);
    const left = await db.client.query<{ n: string }>('SELECT indexname AS n FROM pg_indexes WHERE schemaname = $1 ORDER BY 1', [schema]);
    expect(left.rows.map((r) => r.n)).toEqual(['t_a_b_idx1', 't_a_idx']);
    await dropSchemas(schema);
  });
});

describe('columns qualified with their table', () => {
  test('a predicate written with the table is a duplicate of the bare one, in both audits', async () => {
    const schema = `names_qualified_${process.pid}`;
    const { files, live } = await auditBothWays(
      schema,
      `CREATE TABLE t (a int, b int); CREATE INDEX i1 ON t (a) WHERE b > 0; CREATE INDEX i2 ON t (a) WHERE t.b > 0; CREATE INDEX i3 ON t (a) WHERE ${schema}.t.b > 0;`,
    );
    expect(files).toEqual(live);
    expect(files).toEqual([
      `duplicate-index ${schema}.t i2 < i1: DROP INDEX CONCURRENTLY IF EXISTS ${schema}.i2;`,
      `duplicate-index ${schema}.t i3 < i1, i2: DROP INDEX CONCURRENTLY IF EXISTS ${schema}.i3;`,
    ]);
    await dropSchemas(schema);
  });
});

describe('qualified names', () => {
  test('fixes quote every name, both audits agree, and the server takes every fix', async () => {
    const schema = `names_quoted_${process.pid}`;
    const { files, live, fixes } = await auditBothWays(
      schema,
      `CREATE SCHEMA "S_a.b"; CREATE SCHEMA S_a;
       CREATE TABLE "S_a.b".c (x int, y int); CREATE TABLE S_a."b.c" (x int, y int);
       CREATE INDEX "My Index" ON "S_a.b".c (x); CREATE INDEX ON "S_a.b".c (x, y); CREATE INDEX ON S_a."b.c" (y);
       CREATE TABLE "Parent" (id int PRIMARY KEY); CREATE TABLE "a""b" ("Parent Id" int REFERENCES "Parent", "select" int REFERENCES "Parent");`,
    );
    expect(files).toEqual(live);
    expect(files).toEqual([
      `leading-prefix "${schema}_a.b".c My Index < c_x_y_idx: DROP INDEX CONCURRENTLY IF EXISTS "${schema}_a.b"."My Index";`,
      `unindexed-foreign-key ${schema}."a""b" a"b_Parent Id_fkey < : CREATE INDEX CONCURRENTLY IF NOT EXISTS "a""b_Parent Id_idx" ON ${schema}."a""b" ("Parent Id");`,
      `unindexed-foreign-key ${schema}."a""b" a"b_select_fkey < : CREATE INDEX CONCURRENTLY IF NOT EXISTS "a""b_select_idx" ON ${schema}."a""b" ("select");`,
    ]);
    for (const fix of fixes) await db.client.query(fix);
    const again = await cliFindings(['audit', '--database-url', db.url, '--schema', schema, '--schema', `${schema}_a.b`, '--schema', `${schema}_a`]);
    expect(again.filter((f) => f.rule !== 'syntax-error')).toEqual([]);
    await dropSchemas(schema);
  });
});

describe('the names of the indexes that fixes create', () => {
  test('clipped to 63 bytes as PostgreSQL clips, clear of every relation and of each other; the server takes them all', async () => {
    const schema = `names_fkfix_${process.pid}`;
    const long = 'tbl_' + 'é'.repeat(25);
    const column = (c: string) => `col_${'é'.repeat(21)}_${c}`;
    const { files, live, fixes } = await auditBothWays(
      schema,
      `CREATE TABLE p (id int PRIMARY KEY, id2 int UNIQUE);
       CREATE TABLE "${long}" ("${column('a')}" int REFERENCES p, "${column('b')}" int REFERENCES p (id2));
       CREATE TABLE c (p_id int REFERENCES p, q int); CREATE INDEX c_p_id_idx ON c (q);
       CREATE TABLE d (p_id int, FOREIGN KEY (p_id) REFERENCES p, FOREIGN KEY (p_id) REFERENCES p (id2)); CREATE SEQUENCE d_p_id_idx;`,
    );
    expect(files).toEqual(live);
    const names = fixes.map((f) => /IF NOT EXISTS ("(?:[^"]|"")+"|\S+) ON/.exec(f)?.[1]);
    expect(names).toHaveLength(5);
    for (const name of names) expect(Buffer.byteLength(name!.replace(/^"|"$/g, ''))).toBeLessThanOrEqual(63);
    expect(names).toContain('c_p_id_idx1');
    expect(names.filter((n) => n === 'd_p_id_idx1')).toHaveLength(2);
    for (const fix of fixes) await db.client.query(fix);
    const again = await cliFindings(['audit', '--database-url', db.url, '--schema', schema]);
    expect(again.filter((f) => f.rule === 'unindexed-foreign-key')).toEqual([]);
    await dropSchemas(schema);
  });
});
