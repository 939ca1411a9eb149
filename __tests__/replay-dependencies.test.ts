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
};

describe('views and materialized views agree with PostgreSQL', () => {
  testAgreement(cases);
});
