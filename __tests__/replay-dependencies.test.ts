/**
 * Views and materialized views depend on what they read: for each case the
 * static replay holds exactly the indexes and foreign keys PostgreSQL's
 * catalog holds after psql runs the same SQL.
 */
import { describe } from '@jest/globals';
import { testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'DROP TABLE ... CASCADE takes a materialized view and its indexes': `
    CREATE TABLE foo (a int, b int);
    CREATE MATERIALIZED VIEW mv AS SELECT * FROM foo;
    CREATE UNIQUE INDEX ON mv (a);
    DROP TABLE foo CASCADE;
    CREATE TABLE foo (a int);
    CREATE MATERIALIZED VIEW mv AS SELECT * FROM foo;
    CREATE UNIQUE INDEX ON mv (a);`,
  'DROP TABLE without CASCADE is rejected while a view reads the table': `
    CREATE TABLE t (a int);
    CREATE INDEX ON t (a);
    CREATE VIEW v AS SELECT a FROM t;
    DROP TABLE t;
    CREATE INDEX ON t (a);
    DROP VIEW v;
    DROP TABLE t;`,
  'a materialized view over a view over a table goes with the table': `
    CREATE TABLE t (a int);
    CREATE VIEW v AS SELECT * FROM t;
    CREATE MATERIALIZED VIEW m AS SELECT * FROM v;
    CREATE INDEX ON m (a);
    DROP VIEW v;
    DROP TABLE t CASCADE;
    CREATE TABLE m (a int);
    CREATE INDEX ON m (a);`,
  'a CTE named like a table is no dependency; a view replaced reads its new query': `
    CREATE TABLE x (a int);
    CREATE TABLE t (a int);
    CREATE TABLE u (a int);
    CREATE VIEW v AS WITH x AS (SELECT 1 AS a) SELECT x.a FROM x, u;
    CREATE OR REPLACE VIEW v AS SELECT 1 AS a FROM t;
    DROP TABLE x;
    DROP TABLE u;
    CREATE TABLE x (a int);
    CREATE INDEX ON x (a);
    CREATE INDEX ON t (a);`,
  'a renamed table keeps its dependents; a rolled-back DROP VIEW keeps the view': `
    CREATE TABLE t (a int);
    CREATE MATERIALIZED VIEW m AS SELECT * FROM t;
    CREATE INDEX ON m (a);
    ALTER TABLE t RENAME TO u;
    CREATE VIEW w AS SELECT * FROM u;
    BEGIN;
    DROP VIEW w;
    ROLLBACK;
    DROP MATERIALIZED VIEW m;
    DROP TABLE u;
    CREATE INDEX ON u (a);`,
  'a view dropped with its schema no longer holds a table': `
    CREATE SCHEMA s;
    CREATE TABLE t (a int);
    CREATE VIEW s.v AS SELECT * FROM t;
    DROP SCHEMA s CASCADE;
    DROP TABLE t;
    CREATE TABLE t (b int);
    CREATE INDEX ON t (b);`,
  'a view that selects a column it does not group by relies on the primary key: DROP CONSTRAINT needs CASCADE, which takes it': `
    CREATE TABLE t (key int PRIMARY KEY, data text);
    CREATE VIEW v AS SELECT * FROM t GROUP BY key;
    ALTER TABLE t DROP CONSTRAINT t_pkey;
    CREATE INDEX ON t (data);
    CREATE TABLE u (key int PRIMARY KEY, data text);
    CREATE MATERIALIZED VIEW m AS SELECT key, data FROM u GROUP BY key;
    CREATE INDEX ON m (key);
    ALTER TABLE u DROP CONSTRAINT u_pkey CASCADE;`,
  'no reliance on the key when every column selected is grouped or aggregated, the key is deferrable, or the view is gone': `
    CREATE TABLE g (key int PRIMARY KEY, data text);
    CREATE VIEW vg AS SELECT * FROM g GROUP BY key;
    DROP VIEW vg;
    ALTER TABLE g DROP CONSTRAINT g_pkey;
    CREATE TABLE t (key int PRIMARY KEY, data text);
    CREATE VIEW v1 AS SELECT key, count(data) FROM t GROUP BY key;
    CREATE VIEW v2 AS SELECT key, data FROM t GROUP BY key, data;
    CREATE VIEW v3 AS SELECT data FROM t GROUP BY data;
    ALTER TABLE t DROP CONSTRAINT t_pkey;
    CREATE TABLE d (key int, data text, CONSTRAINT d_pkey PRIMARY KEY (key) DEFERRABLE);
    CREATE VIEW vd AS SELECT * FROM d GROUP BY key;
    ALTER TABLE d DROP CONSTRAINT d_pkey;`,
  'the reliance follows the key renamed and its table moved; HAVING and a second table count too': `
    CREATE SCHEMA s;
    CREATE TABLE t (key int PRIMARY KEY, data text);
    CREATE TABLE o (id int PRIMARY KEY, t_key int);
    CREATE VIEW v AS SELECT t.key FROM t, o WHERE o.t_key = t.key GROUP BY t.key HAVING t.data <> '';
    ALTER INDEX t_pkey RENAME TO t_key_pk;
    ALTER TABLE t SET SCHEMA s;
    ALTER TABLE s.t DROP CONSTRAINT t_key_pk;`,
};

describe('views and materialized views agree with PostgreSQL', () => {
  testAgreement(cases);
});
