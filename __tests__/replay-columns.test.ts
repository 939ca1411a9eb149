/**
 * Which columns a table has, through DROP and ADD COLUMN, inheritance and
 * partitions, and the statements PostgreSQL refuses for naming a column the
 * table lacks. A column the replay wrongly thinks gone would make it refuse
 * an index the server builds: each case also holds near misses PostgreSQL
 * accepts. Each case runs on the server and in the replay.
 */
import { describe } from '@jest/globals';
import { testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'a typed table takes no part in inheritance, and DROP TYPE ... CASCADE drops it (RESTRICT is refused)': `
    CREATE TYPE person_type AS (id int, name text);
    CREATE TABLE persons OF person_type (PRIMARY KEY (id));
    CREATE TABLE stuff (id int UNIQUE);
    ALTER TABLE persons INHERIT stuff;
    DROP TABLE stuff;
    DROP TYPE person_type RESTRICT;
    CREATE INDEX persons_name ON persons (name);
    DROP TYPE person_type CASCADE;
    CREATE TYPE pair AS (a int, b int);
    CREATE TABLE pairs OF pair;
    ALTER TABLE pairs NOT OF;
    CREATE TABLE base (a int UNIQUE);
    ALTER TABLE pairs INHERIT base;
    CREATE INDEX pairs_a ON pairs (a);
    DROP TYPE pair;
    DROP TABLE base;`,
  'a key, INCLUDE column or foreign key naming a dropped column is refused, a column added back is not': `
    CREATE TABLE t (a int, b int, c int);
    CREATE TABLE r (id int UNIQUE);
    ALTER TABLE t DROP COLUMN a;
    ALTER TABLE t ADD PRIMARY KEY (a);
    ALTER TABLE t ADD PRIMARY KEY ("........pg.dropped.1........");
    ALTER TABLE t ADD UNIQUE (a);
    ALTER TABLE t ADD UNIQUE (b) INCLUDE (a);
    ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES r (id);
    ALTER TABLE r ADD FOREIGN KEY (id) REFERENCES t (a);
    ALTER TABLE t ADD PRIMARY KEY (b), DROP COLUMN b;
    CREATE INDEX t_a ON t (a);
    CREATE INDEX t_b_a ON t (b) INCLUDE (a);
    CREATE TABLE f (x int REFERENCES t (a));
    CREATE TABLE g (x int, PRIMARY KEY (y));
    CREATE TABLE h (x int, UNIQUE (x) INCLUDE (y));
    CREATE INDEX t_b ON t (b);
    CREATE TABLE ok1 (PRIMARY KEY (x), x int);
    ALTER TABLE t ADD COLUMN a int, ADD UNIQUE (a);
    ALTER TABLE t DROP COLUMN c, ADD COLUMN c int, ADD PRIMARY KEY (c);
    ALTER TABLE t ADD UNIQUE (b) INCLUDE (a), ADD FOREIGN KEY (a) REFERENCES r (id);
    ALTER TABLE r ADD FOREIGN KEY (id) REFERENCES t (a);
    CREATE TABLE ok2 (x int REFERENCES t (a), y int, z int, FOREIGN KEY (y, z) REFERENCES ok2 (y, z), UNIQUE (y, z));`,
  'DROP COLUMN of a missing column is refused, with IF EXISTS it is not': `
    CREATE TABLE t (a int, b int);
    ALTER TABLE t DROP COLUMN nope, ADD UNIQUE (a);
    ALTER TABLE t DROP COLUMN IF EXISTS nope, ADD UNIQUE (b);
    ALTER TABLE t DROP COLUMN xmin, ADD PRIMARY KEY (a);`,
  'ADD COLUMN reaches inheriting tables and partitions, at every level; ONLY, or on a partition, is refused': `
    CREATE TABLE p (a int);
    CREATE TABLE c () INHERITS (p);
    CREATE TABLE gc () INHERITS (c);
    ALTER TABLE p ADD COLUMN b int;
    CREATE UNIQUE INDEX gc_b ON gc (b);
    ALTER TABLE c ADD PRIMARY KEY (b);
    CREATE TABLE pp (a int, b int) PARTITION BY LIST (a);
    CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1) PARTITION BY LIST (b);
    CREATE TABLE pp11 PARTITION OF pp1 FOR VALUES IN (1);
    ALTER TABLE pp ADD COLUMN c int;
    CREATE INDEX pp11_c ON pp11 (c);
    ALTER TABLE ONLY p ADD COLUMN z int UNIQUE;
    ALTER TABLE pp11 ADD COLUMN z int UNIQUE;
    CREATE INDEX p_z ON p (z);
    CREATE INDEX pp11_z ON pp11 (z);
    CREATE TABLE lone (a int);
    ALTER TABLE ONLY lone ADD COLUMN z int UNIQUE;`,
  'DROP COLUMN of a parent leaves a child the column it defines itself or has from another parent': `
    CREATE TABLE p (a int, b int);
    CREATE TABLE q (a int);
    CREATE TABLE c1 (a int) INHERITS (p);
    CREATE TABLE c2 () INHERITS (p);
    CREATE TABLE c3 () INHERITS (p, q);
    CREATE TABLE c4 (LIKE p);
    ALTER TABLE c4 INHERIT p;
    CREATE TABLE g2 () INHERITS (c2);
    CREATE INDEX c1_a ON c1 (a);
    CREATE INDEX c2_a ON c2 (a);
    CREATE INDEX c3_a ON c3 (a);
    CREATE INDEX c4_a ON c4 (a);
    CREATE INDEX g2_a ON g2 (a);
    ALTER TABLE p DROP COLUMN a;
    CREATE INDEX c1_a2 ON c1 (a);
    CREATE INDEX c2_a2 ON c2 (a);
    CREATE INDEX c3_a2 ON c3 (a);
    CREATE INDEX c4_a2 ON c4 (a);
    CREATE INDEX g2_a2 ON g2 (a);
    ALTER TABLE ONLY p DROP COLUMN b;
    CREATE INDEX c2_b ON c2 (b);
    ALTER TABLE c2 DROP COLUMN b;
    CREATE INDEX c2_b2 ON c2 (b);
    CREATE INDEX g2_b ON g2 (b);`,
  'a child cannot drop an inherited column, nor a partitioned table its key or, ONLY, a column of its partitions': `
    CREATE TABLE p (a int, b int);
    CREATE TABLE c () INHERITS (p);
    CREATE UNIQUE INDEX c_a ON c (a);
    ALTER TABLE c DROP COLUMN a;
    ALTER TABLE c DROP COLUMN IF EXISTS zz, ADD PRIMARY KEY (b);
    CREATE TABLE pt (a int, b int) PARTITION BY LIST (a);
    CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1);
    CREATE INDEX pt1_b ON pt1 (b);
    ALTER TABLE pt DROP COLUMN a;
    ALTER TABLE pt1 DROP COLUMN b;
    ALTER TABLE ONLY pt DROP COLUMN b;
    CREATE INDEX pt_a ON pt (a);
    CREATE TABLE empty (a int, b int) PARTITION BY LIST (a);
    ALTER TABLE ONLY empty DROP COLUMN b;
    CREATE INDEX empty_b ON empty (b);`,
  'INHERIT of a table missing a column, and ATTACH of a table with one more or one less, are refused': `
    CREATE TABLE p (a int, b int);
    CREATE TABLE c (a int);
    ALTER TABLE c INHERIT p;
    ALTER TABLE p ADD COLUMN z int;
    CREATE INDEX c_z ON c (z);
    CREATE TABLE d (b int, a int, z int, own int);
    ALTER TABLE d INHERIT p;
    ALTER TABLE p ADD COLUMN y int;
    CREATE INDEX d_y ON d (y);
    CREATE TABLE pt (a int, b int) PARTITION BY LIST (a);
    CREATE INDEX pt_a ON pt (a);
    CREATE TABLE extra (a int, b int, e int);
    ALTER TABLE pt ATTACH PARTITION extra FOR VALUES IN (1);
    CREATE TABLE fewer (a int);
    ALTER TABLE pt ATTACH PARTITION fewer FOR VALUES IN (2);
    CREATE TABLE same (b int, a int);
    ALTER TABLE pt ATTACH PARTITION same FOR VALUES IN (3);`,
  'a detached partition, or a table after NO INHERIT, keeps its columns as its own': `
    CREATE TABLE pt (a int, b int) PARTITION BY LIST (a);
    CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1);
    ALTER TABLE pt DETACH PARTITION pt1;
    ALTER TABLE pt DROP COLUMN b;
    CREATE INDEX pt1_b ON pt1 (b);
    CREATE TABLE p (a int, b int);
    CREATE TABLE c () INHERITS (p);
    ALTER TABLE c NO INHERIT p;
    ALTER TABLE c INHERIT p;
    ALTER TABLE p DROP COLUMN b;
    CREATE INDEX c_b ON c (b);`,
  'DROP DOMAIN or DROP TYPE of an enum is refused while a column has the type, and CASCADE drops the columns, or the partitioned table whose key reads one': `
    CREATE DOMAIN d AS int;
    CREATE TYPE mood AS ENUM ('a', 'b');
    CREATE TABLE t (a d, b int, m mood, ms mood[], UNIQUE (a), UNIQUE (b), UNIQUE (m));
    CREATE INDEX t_b_a ON t (b) INCLUDE (a);
    CREATE INDEX t_ms ON t (ms);
    CREATE TABLE pt (a d, b int) PARTITION BY RANGE (a);
    CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (1) TO (10);
    CREATE INDEX pt_b ON pt (b);
    CREATE TABLE pe (a d, b int UNIQUE) PARTITION BY LIST (b);
    CREATE TABLE px (a d, b int, r int REFERENCES t (b)) PARTITION BY RANGE ((a + 1));
    CREATE TABLE other (b int PRIMARY KEY);
    DROP DOMAIN d;
    DROP TYPE mood;
    CREATE INDEX t_a ON t (a);
    DROP DOMAIN d CASCADE;
    DROP TYPE mood CASCADE;
    CREATE TABLE pt (a int PRIMARY KEY);
    CREATE TABLE px (a int PRIMARY KEY);
    CREATE INDEX t_a2 ON t (a);
    CREATE INDEX t_m ON t (m);
    CREATE INDEX pe_b ON pe (b);
    CREATE INDEX pe_a ON pe (a);
    DROP DOMAIN IF EXISTS d;
    DROP TYPE IF EXISTS mood;`,
  'a dropped column a view, trigger, policy, publication, generated column or use of the row type may need is not taken for missing; one a foreign key references is not dropped': `
    CREATE TABLE t (a int, b int, c int, d int, e int);
    CREATE VIEW v AS SELECT b FROM t;
    ALTER TABLE t DROP COLUMN b;
    CREATE INDEX t_b ON t (b);
    CREATE TABLE t_like (LIKE t);
    CREATE INDEX t_like_b ON t_like (b);
    CREATE TABLE t_child () INHERITS (t);
    CREATE INDEX t_child_b ON t_child (b);
    ALTER TABLE t RENAME COLUMN b TO b2;
    CREATE INDEX t_b2 ON t (b2);
    CREATE FUNCTION trg() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER tr BEFORE UPDATE OF c ON t FOR EACH ROW EXECUTE FUNCTION trg();
    ALTER TABLE t DROP COLUMN c;
    CREATE INDEX t_c ON t (c);
    CREATE POLICY p ON t USING (d > 0);
    ALTER TABLE t DROP COLUMN d;
    CREATE INDEX t_d ON t (d);
    CREATE PUBLICATION pub_replay_columns FOR TABLE t (a, e);
    ALTER TABLE t DROP COLUMN e;
    CREATE INDEX t_e ON t (e);
    DROP PUBLICATION pub_replay_columns;
    CREATE TABLE rt (a int, b int);
    CREATE FUNCTION rt_rows() RETURNS SETOF rt AS $$ SELECT * FROM rt $$ LANGUAGE sql;
    CREATE VIEW rtv AS SELECT * FROM rt_rows();
    ALTER TABLE rt DROP COLUMN b;
    CREATE INDEX rt_b ON rt (b);
    CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
    ALTER TABLE g DROP COLUMN a;
    CREATE INDEX g_a ON g (a);
    CREATE TABLE quiet (a int, z int);
    CREATE TRIGGER tr2 BEFORE INSERT ON quiet FOR EACH ROW EXECUTE FUNCTION trg();
    ALTER TABLE quiet DROP COLUMN z;
    CREATE INDEX quiet_z ON quiet (z);
    CREATE TABLE pk (id int PRIMARY KEY, other int);
    CREATE TABLE fk (id int REFERENCES pk (id));
    ALTER TABLE pk DROP COLUMN id;
    CREATE INDEX pk_id ON pk (id);
    ALTER TABLE pk DROP COLUMN id CASCADE;
    CREATE INDEX pk_id2 ON pk (id);
    CREATE TABLE self (id int PRIMARY KEY, up int REFERENCES self (id));
    ALTER TABLE self DROP COLUMN up;
    CREATE INDEX self_up ON self (up);`,
  'after schema changes the replay cannot follow, no index is refused for a column of a table made before': `
    CREATE TABLE t (a int);
    DO $$ BEGIN EXECUTE 'ALTER TABLE t ADD COLUMN b int'; END $$;
    CREATE INDEX t_b ON t (b);
    ALTER TABLE t ADD UNIQUE (b);
    CREATE TABLE later (a int);
    CREATE INDEX later_b ON later (b);
    CREATE FUNCTION adds() RETURNS void AS $$ BEGIN EXECUTE 'ALTER TABLE later ADD COLUMN c int'; END $$ LANGUAGE plpgsql;
    SELECT adds();
    CREATE INDEX later_c ON later (c);`,
  'after SQL psql runs that the file does not hold, no index is refused for a column of a table made before': `
    CREATE TABLE t (a int);
    SELECT format('ALTER TABLE t ADD COLUMN %I int', 'b') \\gexec
    CREATE INDEX t_b ON t (b);
    CREATE TABLE later (a int);
    CREATE INDEX later_b ON later (b);
    ALTER TABLE later ADD UNIQUE (b);
    CREATE TABLE child () INHERITS (t);
    CREATE INDEX child_b ON child (b);
    CREATE TABLE copy (LIKE t);
    CREATE INDEX copy_b ON copy (b);`,
  'a CHECK constraint may read tableoid, no other system column': `
    CREATE TABLE s1 (a int PRIMARY KEY, CHECK (ctid IS NOT NULL));
    CREATE TABLE s2 (a int PRIMARY KEY CHECK (s2.xmin IS NOT NULL));
    CREATE TABLE s3 (a int PRIMARY KEY);
    ALTER TABLE s3 ADD COLUMN b int UNIQUE CHECK (cmin IS NOT NULL);
    ALTER TABLE s3 ADD CONSTRAINT c CHECK (xmax IS NOT NULL), ADD UNIQUE (a);
    CREATE TABLE ok (a int PRIMARY KEY, CHECK (tableoid::regclass::text = 'ok'));
    ALTER TABLE s3 ADD COLUMN c int UNIQUE CHECK (s3.tableoid IS NOT NULL);`,
  'ON COMMIT is refused on a permanent table; ON COMMIT DROP drops the table when its transaction commits': `
    CREATE TABLE t1 (a int PRIMARY KEY) ON COMMIT DELETE ROWS;
    CREATE TABLE t2 (a int PRIMARY KEY) ON COMMIT PRESERVE ROWS;
    CREATE TABLE t3 ON COMMIT DROP AS SELECT 1 AS a;
    CREATE TABLE t3 (a int PRIMARY KEY);
    CREATE TABLE tt (a int);
    CREATE TEMP TABLE tt (a int) ON COMMIT DROP;
    CREATE INDEX tt_a ON tt (a);
    BEGIN;
    CREATE TEMP TABLE tt (a int) ON COMMIT DROP;
    CREATE INDEX tt_in_block ON tt (a);
    COMMIT;
    CREATE INDEX tt_after_commit ON tt (a);
    BEGIN;
    CREATE TEMP TABLE tt ON COMMIT DROP AS SELECT 1 AS a;
    SAVEPOINT s;
    ROLLBACK TO s;
    COMMIT;
    CREATE INDEX tt_after_ctas ON tt (a);
    CREATE TEMP TABLE keep (a int) ON COMMIT DELETE ROWS;
    CREATE TABLE pg_temp.keep2 (a int) ON COMMIT PRESERVE ROWS;`,
  'ALTER TABLE of a view makes no table of it, and a refused view depends on nothing': `
    CREATE TABLE base (a int PRIMARY KEY);
    CREATE VIEW v AS SELECT * FROM base;
    ALTER TABLE v ALTER COLUMN a SET NOT NULL;
    DROP VIEW v;
    CREATE TABLE v (a int PRIMARY KEY);
    CREATE TABLE w (x int);
    CREATE VIEW w AS SELECT * FROM base;
    DROP TABLE base;`,
};

describe('the columns of each table are what PostgreSQL has', () => {
  // Each case replayed as the engine replays a file (Replayer.startFile reads what psql runs that the file does not hold).
  testAgreement(cases, { startFile: true });
});
