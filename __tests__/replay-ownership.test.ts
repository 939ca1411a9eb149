/**
 * Ownership: the role the session acts as owns what it creates, and DROP
 * OWNED / REASSIGN OWNED act on that. For each case the static replay holds
 * exactly the indexes and foreign keys PostgreSQL's catalog holds after psql
 * runs the same SQL. Roles belong to the cluster, not to the database a case
 * runs in: each case names its own (R1, R2 become names of this run), and
 * they are dropped at the end.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { lintSql } from './helpers/lintSql.js';
import { replayModel } from './helpers/replayModel.js';
import { testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'DROP OWNED drops the tables made under SET SESSION AUTHORIZATION, with the foreign keys on them; the others stay': `
    CREATE ROLE R1;
    GRANT CREATE ON SCHEMA public TO R1;
    CREATE TABLE before (id int PRIMARY KEY);
    SET SESSION AUTHORIZATION R1;
    CREATE TABLE theirs (id int PRIMARY KEY);
    CREATE TABLE theirs_child (id int PRIMARY KEY, p int REFERENCES theirs);
    RESET SESSION AUTHORIZATION;
    CREATE TABLE mine (id int PRIMARY KEY);
    DROP OWNED BY R1;`,
  'SET ROLE, SET LOCAL ROLE and a SET ROLE rolled back decide who owns a table': `
    CREATE ROLE R1;
    GRANT CREATE ON SCHEMA public TO R1;
    SET ROLE R1;
    CREATE TABLE a (id int PRIMARY KEY);
    RESET ROLE;
    BEGIN;
    SET LOCAL ROLE R1;
    CREATE TABLE b (id int PRIMARY KEY);
    COMMIT;
    CREATE TABLE c (id int PRIMARY KEY);
    BEGIN;
    SET ROLE R1;
    ROLLBACK;
    CREATE TABLE d (id int PRIMARY KEY);
    SET SESSION AUTHORIZATION R1;
    SET ROLE NONE;
    CREATE TABLE e (id int PRIMARY KEY);
    RESET SESSION AUTHORIZATION;
    SET ROLE R1;
    DROP OWNED BY CURRENT_USER;
    RESET ROLE;`,
  'psql \\connect starts a session as the role the file connects as': `
    CREATE ROLE R1;
    GRANT CREATE ON SCHEMA public TO R1;
    SET SESSION AUTHORIZATION R1;
    CREATE TABLE a (id int PRIMARY KEY);
    \\c -
    CREATE TABLE b (id int PRIMARY KEY);
    DROP OWNED BY R1;`,
  'ALTER TABLE OWNER TO and REASSIGN OWNED hand tables over; a partition keeps its owner but goes with its table': `
    CREATE ROLE R1;
    CREATE ROLE R2;
    CREATE TABLE p (id int, PRIMARY KEY (id)) PARTITION BY RANGE (id);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10);
    CREATE TABLE q (id int PRIMARY KEY);
    CREATE TABLE r (id int PRIMARY KEY);
    CREATE TABLE s (id int PRIMARY KEY);
    ALTER TABLE p OWNER TO R1;
    ALTER TABLE q OWNER TO R1;
    ALTER INDEX s_pkey OWNER TO R1;
    REASSIGN OWNED BY R1 TO R2;
    ALTER TABLE r OWNER TO R1;
    DROP OWNED BY R2;`,
  'DROP OWNED without CASCADE is refused while a foreign key of a table of another role references theirs': `
    CREATE ROLE R1;
    CREATE TABLE t (id int PRIMARY KEY);
    ALTER TABLE t OWNER TO R1;
    CREATE TABLE ref (id int PRIMARY KEY, t_id int REFERENCES t);
    DROP OWNED BY R1;`,
  'DROP OWNED without CASCADE is refused while a table of another role inherits from theirs': `
    CREATE ROLE R1;
    CREATE TABLE u (id int PRIMARY KEY);
    ALTER TABLE u OWNER TO R1;
    CREATE TABLE heir (b int PRIMARY KEY) INHERITS (u);
    DROP OWNED BY R1;`,
  'DROP OWNED CASCADE takes the foreign keys and materialized views of other roles on theirs; an ALTER TABLE PostgreSQL rejects hands nothing over': `
    CREATE ROLE R1;
    CREATE TABLE t (id int PRIMARY KEY);
    ALTER TABLE t OWNER TO R1;
    CREATE MATERIALIZED VIEW m AS SELECT * FROM t;
    CREATE INDEX ON m (id);
    CREATE TABLE ref (id int PRIMARY KEY, t_id int REFERENCES t);
    CREATE TABLE ref2 (id int PRIMARY KEY, t_id int REFERENCES t);
    ALTER TABLE ref OWNER TO R1;
    ALTER TABLE ref2 ADD CONSTRAINT t_pkey UNIQUE (id), OWNER TO R1;
    DROP OWNED BY R1 CASCADE;`,
  'a view of another role that reads their table refuses DROP OWNED': `
    CREATE ROLE R1;
    CREATE TABLE t (id int PRIMARY KEY);
    ALTER TABLE t OWNER TO R1;
    CREATE VIEW v AS SELECT * FROM t;
    DROP OWNED BY R1;`,
  'their own view and materialized view go with their table': `
    CREATE ROLE R1;
    CREATE TABLE t (id int PRIMARY KEY);
    ALTER TABLE t OWNER TO R1;
    CREATE MATERIALIZED VIEW m AS SELECT * FROM t;
    ALTER MATERIALIZED VIEW m OWNER TO R1;
    CREATE INDEX ON m (id);
    CREATE VIEW v AS SELECT * FROM m;
    ALTER VIEW v OWNER TO R1;
    DROP OWNED BY R1;`,
  'a schema of the role is refused to DROP OWNED while a table of another role is in it': `
    CREATE ROLE R1;
    CREATE SCHEMA r AUTHORIZATION R1;
    CREATE TABLE r.b (id int PRIMARY KEY);
    CREATE TABLE c (id int PRIMARY KEY);
    ALTER TABLE c OWNER TO R1;
    DROP OWNED BY R1;`,
  'a schema of the role goes with DROP OWNED, with what it is created with; CASCADE takes the tables of other roles in it': `
    CREATE ROLE R1;
    CREATE SCHEMA s AUTHORIZATION R1 CREATE TABLE a (id int PRIMARY KEY);
    CREATE TABLE c (id int PRIMARY KEY);
    ALTER TABLE c OWNER TO R1;
    DROP OWNED BY R1;
    SET search_path = s, public;
    CREATE TABLE d (id int PRIMARY KEY);
    RESET search_path;
    CREATE SCHEMA q;
    CREATE TABLE q.e (id int PRIMARY KEY);
    ALTER SCHEMA q OWNER TO R1;
    DROP OWNED BY R1 CASCADE;`,
  'a view renamed keeps its owner: a materialized view of another role over it refuses DROP OWNED BY CURRENT_USER': `
    CREATE ROLE R1;
    GRANT CREATE ON SCHEMA public TO R1;
    SET ROLE R1;
    CREATE TABLE u (id int PRIMARY KEY);
    CREATE VIEW v AS SELECT 1 AS x;
    ALTER VIEW v RENAME TO w;
    RESET ROLE;
    CREATE MATERIALIZED VIEW m AS SELECT * FROM w;
    CREATE INDEX ON m (x);
    SET ROLE R1;
    DROP OWNED BY CURRENT_USER;
    RESET ROLE;`,
};

const roles = new Set<string>();
const named: Record<string, string> = {};
Object.entries(cases).forEach(([name, sql], n) => {
  named[name] = sql.replace(/\bR(\d)\b/g, (_, i: string) => {
    const role = `pgil_own_${process.pid}_${n}_${i}`;
    roles.add(role);
    return role;
  });
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const role of roles) await client.query(`DROP ROLE IF EXISTS ${role}`);
  } finally {
    await client.end();
  }
});

describe('ownership agrees with PostgreSQL', () => {
  testAgreement(named);
});

test('DROP OWNED BY a role the files never create may be the role they connect as: a note says so, and it is not refused for what that role made', async () => {
  const sql = `CREATE TABLE t (id int PRIMARY KEY);
ALTER TABLE t OWNER TO app_owner;
CREATE TABLE ref (id int PRIMARY KEY, t_id int REFERENCES t);
DROP OWNED BY app_owner;`;
  const report = await lintSql(sql);
  expect(report.notes.map((n) => `${n.line}: ${n.message}`)).toEqual([
    '4: DROP OWNED BY app_owner: if that is the role the migrations connect as, PostgreSQL also drops the objects they created without SET ROLE, which the model does not',
  ]);
  const model = await replayModel([sql]);
  expect([...model.tables.keys()]).toEqual(['public.ref']);
  // A role the files create is not the one they connect as: then the foreign key of ref refuses it.
  const created = await replayModel([`CREATE ROLE app_owner;\n${sql}`]);
  expect([...created.tables.keys()].sort()).toEqual(['public.ref', 'public.t']);
});
