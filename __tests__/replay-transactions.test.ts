/**
 * Transaction blocks: for each case the static replay holds exactly the
 * indexes and foreign keys PostgreSQL's catalog holds after psql runs the
 * same SQL (ROLLBACK, savepoints, aborted blocks, SET LOCAL).
 */
import { describe, expect, test } from '@jest/globals';
import { testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'ROLLBACK undoes the block, and names taken inside it are free again': `
    BEGIN;
    CREATE TABLE t (a int);
    CREATE INDEX ON t (a);
    ROLLBACK;
    CREATE TABLE t (a int, b int);
    CREATE INDEX ON t (a);
    CREATE INDEX ON t (a);`,
  'ROLLBACK brings back what the block dropped, foreign keys and partitions links included': `
    CREATE TABLE ref (id int PRIMARY KEY);
    CREATE TABLE p (a int, r int REFERENCES ref) PARTITION BY RANGE (a);
    CREATE TABLE c PARTITION OF p FOR VALUES FROM (0) TO (10);
    CREATE INDEX ON p (a);
    BEGIN;
    DROP TABLE ref CASCADE;
    ALTER TABLE p DETACH PARTITION c;
    ROLLBACK;
    DROP INDEX p_a_idx;
    CREATE INDEX ON c (r);`,
  'ROLLBACK TO SAVEPOINT undoes only what came after the savepoint, and can be repeated': `
    BEGIN;
    CREATE TABLE t (a int, b int);
    SAVEPOINT s;
    CREATE INDEX ON t (a);
    ROLLBACK TO SAVEPOINT s;
    CREATE INDEX ON t (b);
    ROLLBACK TO s;
    CREATE INDEX ON t (a, b);
    COMMIT;`,
  'RELEASE keeps the work of the inner savepoint as part of the outer one': `
    CREATE TABLE t (a int, b int);
    BEGIN;
    SAVEPOINT a;
    CREATE INDEX i1 ON t (a);
    SAVEPOINT b;
    CREATE INDEX i2 ON t (b);
    RELEASE SAVEPOINT b;
    CREATE INDEX i3 ON t (a, b);
    ROLLBACK TO SAVEPOINT a;
    CREATE INDEX i4 ON t (b, a);
    COMMIT;`,
  'a column rename rolled back leaves expression keys as they were': `
    CREATE TABLE t (a int, b int);
    CREATE INDEX i ON t ((a + 1)) WHERE b > 0;
    BEGIN;
    ALTER TABLE t RENAME COLUMN a TO c;
    ALTER TABLE t RENAME COLUMN b TO d;
    ROLLBACK;
    CREATE INDEX j ON t ((a + 1)) WHERE b > 0;`,
  'a rejected statement aborts the block: later statements fail, COMMIT rolls back': `
    BEGIN;
    CREATE TABLE t (a int);
    CREATE INDEX x ON t (a);
    CREATE INDEX x ON t (a);
    CREATE INDEX y ON t (a);
    COMMIT;
    CREATE TABLE u (a int);
    CREATE INDEX ON u (a);`,
  'ROLLBACK TO a savepoint before the failure makes the block usable again': `
    BEGIN;
    CREATE TABLE t (a int, b int);
    SAVEPOINT s;
    CREATE INDEX x ON t (a);
    CREATE INDEX x ON t (b);
    CREATE INDEX z ON t (a, b);
    ROLLBACK TO SAVEPOINT s;
    CREATE INDEX y ON t (b);
    COMMIT;`,
  'ROLLBACK TO or RELEASE of a savepoint that does not exist aborts the block': `
    BEGIN;
    CREATE TABLE t (a int);
    RELEASE SAVEPOINT nowhere;
    CREATE INDEX ON t (a);
    COMMIT;
    BEGIN;
    CREATE TABLE u (a int);
    ROLLBACK TO SAVEPOINT nowhere;
    CREATE INDEX ON u (a);
    COMMIT;`,
  'CREATE INDEX CONCURRENTLY inside a block is rejected and aborts it': `
    CREATE TABLE t (a int, b int);
    BEGIN;
    CREATE INDEX i ON t (b);
    CREATE INDEX CONCURRENTLY j ON t (a);
    COMMIT;
    BEGIN;
    VACUUM t;
    CREATE INDEX k ON t (a);
    END;
    CREATE INDEX CONCURRENTLY l ON t (a, b);`,
  'ROLLBACK AND CHAIN starts a new block; COMMIT AND CHAIN keeps what came before': `
    BEGIN;
    CREATE TABLE t (a int);
    ROLLBACK AND CHAIN;
    CREATE TABLE u (a int);
    COMMIT AND CHAIN;
    CREATE INDEX ON u (a);
    ROLLBACK;
    CREATE TABLE t (a int, b int);
    CREATE INDEX ON t (b);`,
  'a block never committed is rolled back when the session ends': `
    CREATE TABLE kept (a int);
    CREATE INDEX ON kept (a);
    BEGIN;
    CREATE TABLE t (a int);
    CREATE INDEX ON t (a);
    DROP INDEX kept_a_idx;`,
  'SET LOCAL search_path ends with its transaction': `
    CREATE SCHEMA s;
    BEGIN;
    SET LOCAL search_path = s;
    CREATE TABLE t (a int);
    CREATE INDEX ON t (a);
    COMMIT;
    CREATE TABLE t (a int, b int);
    CREATE INDEX ON t (b);
    BEGIN;
    SELECT set_config('search_path', 's', true);
    CREATE INDEX ON t ((a + 1));
    COMMIT;
    CREATE INDEX ON t (b, a);
    SET LOCAL search_path = s;
    CREATE INDEX ON t (a);`,
  'a plain SET inside a rolled-back block or savepoint is undone; after COMMIT it stays': `
    CREATE SCHEMA s;
    CREATE TABLE s.t (a int);
    CREATE TABLE public.t (a int, b int);
    BEGIN;
    SET search_path = s;
    ROLLBACK;
    CREATE INDEX ON t (b);
    BEGIN;
    SAVEPOINT x;
    SET search_path = s;
    ROLLBACK TO SAVEPOINT x;
    CREATE INDEX ON t (a, b);
    SET LOCAL search_path = public;
    SET search_path = s;
    COMMIT;
    CREATE INDEX ON t (a);`,
  "psql's ON_ERROR_ROLLBACK on: a failed statement is rolled back alone, and the block goes on": `
    \\set ON_ERROR_ROLLBACK on
    BEGIN;
    CREATE TABLE bla (s no_such_type PRIMARY KEY);
    CREATE TABLE bla (s text PRIMARY KEY);
    CREATE TABLE t (a int PRIMARY KEY);
    CREATE TABLE t (b int PRIMARY KEY);
    ROLLBACK TO SAVEPOINT nowhere;
    CREATE INDEX ON t (a);
    COMMIT;
    \\set ON_ERROR_ROLLBACK maybe
    BEGIN;
    CREATE TABLE u (a int PRIMARY KEY);
    CREATE TABLE u (b int);
    CREATE INDEX ON u (a);
    COMMIT;`,
  "psql's ON_ERROR_ROLLBACK off, interactive (off in a script) or unset: a failed statement aborts the block": `
    \\set ON_ERROR_ROLLBACK interactive
    BEGIN;
    CREATE TABLE t (a int PRIMARY KEY);
    CREATE TABLE t (b int);
    COMMIT;
    \\set ON_ERROR_ROLLBACK on
    \\unset ON_ERROR_ROLLBACK
    BEGIN;
    CREATE TABLE u (a int PRIMARY KEY);
    CREATE TABLE u (b int);
    COMMIT;
    \\set ON_ERROR_ROLLBACK on
    \\set ON_ERROR_ROLLBACK of
    BEGIN;
    CREATE TABLE v (a int PRIMARY KEY);
    CREATE TABLE v (b int);
    COMMIT;
    CREATE TABLE w (a int PRIMARY KEY);`,
  "psql's AUTOCOMMIT off: psql opens a block before a statement outside one, and AUTOCOMMIT on leaves it open until the end": `
    CREATE TABLE t (a int PRIMARY KEY);
    \\set AUTOCOMMIT off
    CREATE TABLE u (a int PRIMARY KEY);
    ROLLBACK;
    CREATE TABLE v (a int PRIMARY KEY);
    COMMIT;
    CREATE INDEX CONCURRENTLY t_a ON t (a);
    /* a comment */ SAVEPOINT s;
    CREATE TABLE w (a int PRIMARY KEY);
    ROLLBACK TO SAVEPOINT s;
    COMMIT;
    SELECT 1;
    \\set AUTOCOMMIT on
    DROP TABLE t;`,
  "psql's AUTOCOMMIT off: a failed statement aborts the block psql opened, unless ON_ERROR_ROLLBACK is on": `
    \\set AUTOCOMMIT off
    CREATE TABLE t (a int PRIMARY KEY);
    CREATE TABLE t (b int);
    COMMIT;
    \\set ON_ERROR_ROLLBACK on
    CREATE TABLE u (a int PRIMARY KEY);
    CREATE TABLE u (b int);
    CREATE INDEX ON u (a);
    COMMIT;`,
  "psql's \\connect inside an aborted block ends it: what follows runs in a new session": `
    BEGIN;
    CREATE TABLE x (a int PRIMARY KEY);
    CREATE TABLE x (a int);
    \\c
    CREATE TABLE y (a int PRIMARY KEY);`,
};

describe('transaction blocks agree with PostgreSQL', () => {
  testAgreement(cases);
});

describe('what the replay says about transaction blocks', () => {
  test('an aborted block, COMMIT that rolls back, CONCURRENTLY in a block, a block never committed', async () => {
    const { lintSql } = await import('./helpers/lintSql.js');
    const report = await lintSql({
      changed: [
        'BEGIN;\nCREATE TABLE t (a int);\nCREATE INDEX x ON t (a);\nCREATE INDEX x ON t (a);\nCREATE INDEX y ON t (a);\nCOMMIT;',
        'BEGIN;\nCREATE TABLE u (a int);\nCREATE INDEX CONCURRENTLY ON u (a);\nROLLBACK;\nBEGIN;\nCREATE TABLE v (a int);',
      ],
    });
    expect(report.notes.map((n) => `${n.line}: ${n.message}`)).toEqual([
      '4: relation x already exists: PostgreSQL rejects this statement, so it is not applied',
      '5: the transaction is aborted by the statement at line 4, which PostgreSQL rejects: until ROLLBACK, PostgreSQL rejects this statement, so it is not applied',
      // This file never says ROLLBACK: its block was not copied at BEGIN (see Replayer.startFile).
      '6: PostgreSQL rolls back what the statements since line 1 did, but the model keeps it: it is not copied at BEGIN in a file that never says ROLLBACK',
      '3: CREATE INDEX CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects this statement, so it is not applied',
      '5: this transaction is never committed: PostgreSQL rolls it back when the session ends, so its changes are not applied',
    ]);
    expect(report.findings).toEqual([]);
  });
});

describe("psql's AUTOCOMMIT off sends BEGIN before every statement but those command_no_begin names", () => {
  test('transaction control (but SAVEPOINT and RELEASE) and what cannot run in a block, told by the first words', async () => {
    const { sentWithoutBegin } = await import('../src/model/replay/transactions.js');
    const without = [
      'COMMIT',
      'end',
      'ROLLBACK TO SAVEPOINT s',
      'PREPARE TRANSACTION $$x$$',
      'VACUUM t',
      'CLUSTER',
      'CLUSTER (VERBOSE)',
      'CREATE DATABASE d',
      'DROP TABLESPACE s',
      '/* why */ CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)',
      '-- why\nDROP INDEX CONCURRENTLY i',
      'REINDEX TABLE CONCURRENTLY t',
      'REINDEX SYSTEM',
      'ALTER SYSTEM SET work_mem = 1',
      'DISCARD ALL',
    ];
    const withBegin = [
      'SAVEPOINT s',
      'RELEASE s',
      'PREPARE p AS SELECT 1',
      'CLUSTER t',
      'CREATE INDEX i ON t (a)',
      'CREATE TABLE database (a int)',
      'DROP TABLE t',
      'DISCARD PLANS',
      'SELECT 1',
      'ANALYZE t',
    ];
    expect(without.filter((s) => !sentWithoutBegin(s))).toEqual([]);
    expect(withBegin.filter((s) => sentWithoutBegin(s))).toEqual([]);
  });
});
