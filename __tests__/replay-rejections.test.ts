/**
 * Statements PostgreSQL rejects for what they say are not applied: for each
 * case the static replay holds exactly the indexes and foreign keys
 * PostgreSQL's catalog holds after psql runs the same SQL.
 */
import { describe } from '@jest/globals';
import { testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'ALTER COLUMN TYPE that no equality operator compares with the referenced column': `
    CREATE TABLE ref (id int PRIMARY KEY, code text UNIQUE);
    CREATE TABLE c (r int REFERENCES ref, s text REFERENCES ref (code));
    ALTER TABLE c ALTER COLUMN r TYPE text, ADD UNIQUE (s);
    ALTER TABLE c ALTER COLUMN r TYPE numeric;
    CREATE INDEX ON c (r);`,
  'ALTER COLUMN TYPE that a family or an implicit cast still compares': `
    CREATE TABLE ref (id int PRIMARY KEY, code text UNIQUE);
    CREATE TABLE c (r int REFERENCES ref, s text REFERENCES ref (code));
    ALTER TABLE c ALTER COLUMN r TYPE bigint;
    ALTER TABLE c ALTER COLUMN r TYPE smallint;
    ALTER TABLE c ALTER COLUMN s TYPE varchar(20), ADD UNIQUE (s);
    ALTER TABLE c ALTER COLUMN s TYPE char(20);
    CREATE INDEX ON c (r);`,
  'ALTER COLUMN TYPE of a referenced column': `
    CREATE TABLE ref (id int PRIMARY KEY);
    CREATE TABLE c (r smallint REFERENCES ref);
    ALTER TABLE ref ALTER COLUMN id TYPE text;
    ALTER TABLE ref ALTER COLUMN id TYPE bigint, ADD UNIQUE (id);`,
  'storage parameters out of range or unknown to the method': `
    CREATE TABLE t (a int, b text, r int4range);
    CREATE INDEX i1 ON t (a) WITH (fillfactor = 9);
    CREATE INDEX i2 ON t (a) WITH (fillfactor = 101);
    CREATE INDEX i3 ON t (a) WITH (foo = 1);
    CREATE INDEX i4 ON t (a) WITH (deduplicate_items = maybe);
    CREATE INDEX i5 ON t USING hash (a) WITH (deduplicate_items = off);
    CREATE INDEX i6 ON t USING brin (a) WITH (pages_per_range = 0);
    CREATE INDEX i7 ON t (a) WITH (fillfactor);
    CREATE INDEX i8 ON t USING gist (r) WITH (fillfactor = 9);
    CREATE INDEX ok1 ON t (a) WITH (fillfactor = 10, deduplicate_items = of);
    CREATE INDEX ok2 ON t USING hash (a) WITH (FILLFACTOR = '50');
    CREATE INDEX ok3 ON t USING brin (a) WITH (pages_per_range = 1, autosummarize = on);
    CREATE INDEX ok4 ON t USING gist (r) WITH (buffering = auto, fillfactor = 10);`,
  'storage parameters of constraints and tables': `
    CREATE TABLE f1 (a int, b int) WITH (fillfactor = 9);
    CREATE TABLE f2 (a int, b int, UNIQUE (a) WITH (fillfactor = 9));
    CREATE TABLE f3 (a int PRIMARY KEY WITH (fillfactor = 5), b int);
    CREATE TABLE f4 (a int, b int, UNIQUE (a) WITH (fillfactor = 90)) WITH (fillfactor = 50);
    ALTER TABLE f4 ADD PRIMARY KEY (b) WITH (fillfactor = 5);
    ALTER TABLE f4 ADD UNIQUE (a, b) WITH (fillfactor = 20);`,
  'a row or a set-returning function as an index key, options of an operator class that has none': `
    CREATE TABLE t (a int, b text);
    CREATE INDEX i1 ON t ((ROW(a, b)));
    CREATE INDEX i2 ON t (generate_series(1, a));
    CREATE INDEX i3 ON t ((a + generate_series(1, 2)));
    CREATE INDEX i4 ON t (a int4_ops (foo = 1));
    CREATE INDEX i5 ON t USING hash (b text_ops (foo = 1));
    CREATE INDEX ok1 ON t ((a + 1));`,
  'a foreign key that references a column twice': `
    CREATE TABLE d (a int, b int, PRIMARY KEY (a, b));
    CREATE TABLE e1 (x int, y int, FOREIGN KEY (x, y) REFERENCES d (a, a));
    CREATE TABLE e2 (x int, y int, FOREIGN KEY (x, x) REFERENCES d (a, b));
    ALTER TABLE e2 ADD FOREIGN KEY (x, y) REFERENCES d (b, b), ADD UNIQUE (y);
    ALTER TABLE e2 ADD FOREIGN KEY (y, y) REFERENCES d;`,
  'a foreign key whose column types no equality operator compares, in CREATE TABLE (inherited and LIKE columns too) and ALTER TABLE': `
    CREATE TABLE base (b1 int NOT NULL);
    CREATE TABLE pk (p1 inet, PRIMARY KEY (b1, p1)) INHERITS (base);
    CREATE TABLE f1 (x cidr, y int[], FOREIGN KEY (x, y) REFERENCES pk);
    CREATE TABLE f2 (x int, y cidr, FOREIGN KEY (x, y) REFERENCES pk (b1, p1));
    CREATE TABLE f3 (x bigint, y inet, FOREIGN KEY (y, x) REFERENCES pk (p1, b1));
    CREATE TABLE f4 (LIKE f2, FOREIGN KEY (y, x) REFERENCES pk);
    CREATE TABLE f5 (x text, y inet);
    ALTER TABLE f5 ADD FOREIGN KEY (x, y) REFERENCES pk;
    ALTER TABLE f5 ADD UNIQUE (x), ADD FOREIGN KEY (y, x) REFERENCES pk (p1, b1);
    CREATE INDEX ON f5 (x);`,
  'CREATE TABLE AS and SELECT INTO of a name that is taken; SELECT INTO creates a table': `
    CREATE TABLE s (a int);
    CREATE INDEX s_a ON s (a);
    SELECT * INTO TABLE t FROM s;
    CREATE INDEX ON t (a);
    CREATE TABLE s_a AS SELECT 1 AS a;
    SELECT 1 AS a INTO s;
    CREATE TABLE IF NOT EXISTS t AS SELECT 1 AS b;
    CREATE INDEX ON s (a);
    CREATE INDEX ON t (a);`,
};

describe('statements PostgreSQL rejects are not applied', () => {
  testAgreement(cases);
});
