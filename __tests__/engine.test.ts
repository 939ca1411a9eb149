/** The engine's placement of findings: audit versus lint, end-of-change semantics, notes. */
import { describe, expect, test } from '@jest/globals';
import { lintSql, verdicts } from './helpers/lintSql.js';

const SCHEMA = 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p, a int);\n';

describe('lint reports the state at the end of the change', () => {
  test('a redundancy created and resolved in the same change is not reported', async () => {
    const report = await lintSql({ base: [SCHEMA], changed: ['CREATE INDEX c_p ON c (p_id);\nCREATE INDEX c_p_a ON c (p_id, a);\nDROP INDEX c_p;'] }, 'lint');
    expect(verdicts(report)).toEqual([]);
  });

  test('an index created in the change that an older one makes redundant is reported on its line', async () => {
    const report = await lintSql({ base: [`${SCHEMA}CREATE INDEX c_p_a ON c (p_id, a);`], changed: ['\n\nCREATE INDEX c_p ON c (p_id);'] }, 'lint');
    expect(verdicts(report)).toEqual(['leading-prefix c_p < c_p_a @3']);
  });

  test('without --changed, every file counts as changed', async () => {
    const report = await lintSql({ changed: [SCHEMA, 'CREATE INDEX c_p ON c (p_id);\nCREATE INDEX c_p2 ON c (p_id);'] }, 'lint');
    expect(verdicts(report)).toEqual(['duplicate-index c_p2 < c_p @2']);
  });
});

describe('audit reports where things were created', () => {
  test('the redundant index at its CREATE, the foreign key at its CREATE TABLE', async () => {
    const report = await lintSql({ changed: [`${SCHEMA}CREATE INDEX c_a ON c (a);\nCREATE INDEX c_a_id ON c (a, id);`] });
    expect(verdicts(report)).toEqual(['unindexed-foreign-key c_p_id_fkey (p_id) @2', 'leading-prefix c_a < c_a_id @3']);
  });
});

describe('notes', () => {
  test('DDL in a DO block that cannot be followed is said, not guessed', async () => {
    const report = await lintSql(`CREATE TABLE t (a int);\nDO $$ BEGIN IF random() > 0.5 THEN CREATE INDEX t_a ON t (a); END IF; END $$;\nCREATE INDEX t_a2 ON t (a);`);
    expect(verdicts(report)).toEqual([]);
    expect(report.notes.map((n) => `${n.line} ${n.message}`)).toEqual([
      '2 DO block not followed in part: it runs CREATE INDEX under a condition that cannot be evaluated statically; changes it makes to indexes or constraints are not in the model',
    ]);
  });

  test('dynamic SQL in a function is said', async () => {
    const report = await lintSql(`CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'CREATE INDEX x ON t (a)'; END $$;`);
    expect(report.notes.map((n) => n.message)).toEqual(['function mk runs dynamic SQL (EXECUTE); calls to it are not followed']);
  });

  test('DDL in a function body is found whatever its letter case; a trigger function that touches no schema is silent', async () => {
    const report = await lintSql(
      `CREATE FUNCTION rm() RETURNS void LANGUAGE plpgsql AS $$ BEGIN Drop Index t_a; END $$;\n` +
        `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created := now(); RETURN NEW; END $$;`,
    );
    expect(report.notes.map((n) => n.message)).toEqual(['function rm runs DROP INDEX; calls to it are not followed']);
  });

  test('a DO block that only moves rows is silent', async () => {
    const report = await lintSql(`CREATE TABLE t (a int);\nDO $$ BEGIN UPDATE t SET a = 1; END $$;`);
    expect(report.notes).toEqual([]);
  });

  test('an index on a table the migrations never create is said once, as an unknown-table finding rather than also as a note', async () => {
    const report = await lintSql('CREATE INDEX i ON legacy (a);');
    expect(report.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['unknown-table 1']);
    expect(report.notes.map((n) => n.message)).toEqual([]);
  });

  test('CREATE TABLE of a table that exists is not applied (PostgreSQL rejects it)', async () => {
    const report = await lintSql('CREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);\nCREATE TABLE t (b int);\nCREATE INDEX t_a2 ON t (a);');
    expect(verdicts(report)).toEqual(['duplicate-index t_a2 < t_a @4']);
    expect(report.notes.map((n) => `${n.line} ${n.message}`)).toEqual(['3 table t already exists: PostgreSQL rejects this statement, so it is not applied']);
  });
});

describe('invalid indexes', () => {
  test('an index ON ONLY a partitioned table, never attached, is invalid; it is dropped without CONCURRENTLY', async () => {
    const report = await lintSql('CREATE TABLE m (a int, k int) PARTITION BY LIST (k);\nCREATE TABLE m1 PARTITION OF m FOR VALUES IN (1);\nCREATE INDEX m_a ON ONLY m (a);');
    expect(report.findings.map((f) => `${f.rule} ${f.index} ${f.fix}`)).toEqual(['invalid-index m_a DROP INDEX IF EXISTS public.m_a;']);
  });

  test("attaching every partition's index makes it valid", async () => {
    const report = await lintSql(
      'CREATE TABLE m (a int, k int) PARTITION BY LIST (k);\nCREATE TABLE m1 PARTITION OF m FOR VALUES IN (1);\nCREATE INDEX m_a ON ONLY m (a);\nCREATE INDEX m1_a ON m1 (a);\nALTER INDEX m_a ATTACH PARTITION m1_a;',
    );
    expect(report.findings).toEqual([]);
  });
});

describe('unknown-table: statements on a table no file given creates', () => {
  test('one finding a table, on the first statement under review naming it; the summary counts the statements', async () => {
    const report = await lintSql(
      { changed: ['CREATE INDEX u_email ON users (email);\nCREATE INDEX u_email2 ON users (email);\nALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE (note);'] },
      'lint',
    );
    const unknown = report.findings.filter((f) => f.rule === 'unknown-table');
    expect(unknown.map((f) => `${f.table} @${f.line} ${f.severity}`)).toEqual(['public.users @1 error', 'public.orders @3 error']);
    expect(unknown[0].message).toBe(
      'table users is created by no file given: its indexes and foreign keys cannot be checked against the rest of the table; give the migration that creates it (or every migration, with --changed for the ones under review), --database-url or --snapshot',
    );
    expect(report.summary.uncheckedStatements).toBe(3);
    // What is known is still checked.
    expect(verdicts(report)).toContain('duplicate-index u_email2 < u_email @2');
  });

  test('a table created in an earlier file, or in the same file, is known', async () => {
    const base = await lintSql({ base: ['CREATE TABLE users (id int, email text);'], changed: ['CREATE INDEX u_email ON users (email);'] }, 'lint');
    const same = await lintSql({ changed: ['CREATE TABLE users (id int, email text);\nCREATE INDEX u_email ON users (email);\nCREATE TABLE r AS SELECT 1 AS x;\nCREATE INDEX ON r (x);'] });
    for (const report of [base, same]) {
      expect(report.findings.filter((f) => f.rule === 'unknown-table')).toEqual([]);
      expect(report.summary.uncheckedStatements).toBe(0);
    }
  });

  test('in a lint, an unchanged file on an unknown table is not reported, the changed one is', async () => {
    const report = await lintSql({ base: ['CREATE INDEX u_a ON users (a);'], changed: ['CREATE INDEX u_b ON users (b);'] }, 'lint');
    expect(report.findings.filter((f) => f.rule === 'unknown-table').map((f) => f.line)).toEqual([1]);
    expect(report.summary.uncheckedStatements).toBe(1);
  });

  test('the configuration can make it a warning or turn it off', async () => {
    const { defaultConfig } = await import('../src/config.js');
    const config = defaultConfig();
    config.rules['unknown-table'] = 'warning';
    expect((await lintSql('CREATE INDEX u_a ON users (a);', 'audit', config)).findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['unknown-table warning']);
    config.rules['unknown-table'] = 'off';
    expect((await lintSql('CREATE INDEX u_a ON users (a);', 'audit', config)).findings).toEqual([]);
  });
});
