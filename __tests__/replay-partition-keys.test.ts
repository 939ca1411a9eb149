/**
 * PARTITION BY clauses PostgreSQL refuses, and their near misses it accepts:
 * each case runs on the server and in the replay. A foreign key on each
 * table shows whether it was made.
 */
import { describe } from '@jest/globals';
import { testAgreement } from './helpers/serverModel.js';

const functions = `
    CREATE TABLE ref (id int PRIMARY KEY);
    CREATE FUNCTION f_mutable_sql(int) RETURNS int AS $$ SELECT $1 + random()::int $$ LANGUAGE sql;
    CREATE FUNCTION f_inlined(int) RETURNS int AS $$ SELECT $1 + 1 $$ LANGUAGE sql;
    CREATE FUNCTION f_plpgsql(int) RETURNS int AS $$ BEGIN RETURN $1; END $$ LANGUAGE plpgsql;
    CREATE FUNCTION f_immutable(int) RETURNS int AS $$ BEGIN RETURN $1; END $$ LANGUAGE plpgsql IMMUTABLE;
    CREATE FUNCTION f_set(int) RETURNS SETOF int AS $$ SELECT $1 $$ LANGUAGE sql IMMUTABLE;`;

const cases: Record<string, string> = {
  'a key PostgreSQL cannot partition by is refused': `${functions}
    CREATE TABLE k1 (a int, b int, r int REFERENCES ref) PARTITION BY LIST (a, b);
    CREATE TABLE k2 (a int, r int REFERENCES ref) PARTITION BY RANGE (b);
    CREATE TABLE k3 (a int, r int REFERENCES ref) PARTITION BY RANGE (xmin);
    CREATE TABLE k4 (a int, r int REFERENCES ref) PARTITION BY RANGE ((42));
    CREATE TABLE k5 (a int, r int REFERENCES ref) PARTITION BY RANGE (a, (upper('x')));
    CREATE TABLE k6 (a int, r int REFERENCES ref) PARTITION BY RANGE ((avg(a)));
    CREATE TABLE k7 (a int, b int, r int REFERENCES ref) PARTITION BY RANGE ((avg(a) OVER (PARTITION BY b)));
    CREATE TABLE k8 (a int, r int REFERENCES ref) PARTITION BY LIST ((a IN (SELECT 1)));
    CREATE TABLE k9 (a int, b int, r int REFERENCES ref) PARTITION BY RANGE (((a, b)));
    CREATE TABLE k10 (a int, r int REFERENCES ref) PARTITION BY RANGE ((a + random()::int));
    CREATE TABLE k11 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_mutable_sql(a));
    CREATE TABLE k12 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_plpgsql(a));
    CREATE TABLE k13 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_set(a));
    CREATE TABLE k14 (a int, r int REFERENCES ref) PARTITION BY LIST ((a + ctid::text::int));
    CREATE TABLE k14b (a int, r int REFERENCES ref) PARTITION BY LIST ((tableoid::int + a));
    CREATE TABLE k15 (a point, r int REFERENCES ref) PARTITION BY LIST (a);
    CREATE TABLE k16 (a box, r int REFERENCES ref) PARTITION BY RANGE (a box_ops);
    CREATE TABLE k17 (a int, r int REFERENCES ref) PARTITION BY RANGE ((b + 1));
    CREATE TABLE k18 (a int, r int REFERENCES ref) INHERITS (ref) PARTITION BY LIST (a);
    CREATE TABLE k19 (a int4range, r int REFERENCES ref, EXCLUDE USING gist (a WITH &&)) PARTITION BY RANGE (a);`,
  'a key PostgreSQL can partition by is accepted': `${functions}
    CREATE TABLE ok1 (a int, b int, r int REFERENCES ref) PARTITION BY RANGE (a, b);
    CREATE TABLE ok2 (a int, r int REFERENCES ref) PARTITION BY RANGE ((a));
    CREATE TABLE ok3 (a int, r int REFERENCES ref) PARTITION BY RANGE ((a + 1));
    CREATE TABLE ok4 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_inlined(a));
    CREATE TABLE ok5 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_immutable(a));
    CREATE TABLE ok7 (a point, r int REFERENCES ref) PARTITION BY LIST ((a[0]));
    CREATE TABLE ok8 (a text, r int REFERENCES ref) PARTITION BY LIST (a text_pattern_ops);
    CREATE TABLE ok9 (a int, r int REFERENCES ref) PARTITION BY HASH (a);
    ALTER FUNCTION f_plpgsql(int) IMMUTABLE;
    CREATE TABLE ok10 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_plpgsql(a));
    DROP FUNCTION f_mutable_sql(int);
    CREATE FUNCTION f_mutable_sql(int) RETURNS int AS $$ SELECT $1 $$ LANGUAGE sql IMMUTABLE;
    CREATE TABLE ok11 (a int, r int REFERENCES ref) PARTITION BY RANGE (f_mutable_sql(a));
    CREATE TABLE ok12 (LIKE ref, a int, r int REFERENCES ref) PARTITION BY LIST (id);
    CREATE TABLE ok13 (a int, r int REFERENCES ref) PARTITION BY RANGE (abs(a));`,
};

describe('PARTITION BY as PostgreSQL checks it', () => {
  testAgreement(cases);
});
