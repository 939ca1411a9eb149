/**
 * Statements PostgreSQL rejects for what they say are not applied: for each
 * case the static replay holds exactly the indexes and foreign keys
 * PostgreSQL's catalog holds after psql runs the same SQL.
 */
import { describe, expect, test } from '@jest/globals';
import { describeModel, staticModel, testAgreement } from './helpers/serverModel.js';

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
  'table storage parameters: every parameter of a table and of its TOAST table, read as PostgreSQL reads numbers': `
    CREATE TABLE f1 (a int PRIMARY KEY) WITH (not_a_parameter = 2);
    CREATE TABLE f2 (a int PRIMARY KEY) WITH (autovacuum_analyze_scale_factor = -10.0);
    CREATE TABLE f3 (a int PRIMARY KEY) WITH (autovacuum_enabled = 12);
    CREATE TABLE f4 (a int PRIMARY KEY) WITH (fillfactor = 30, fillfactor = 40);
    CREATE TABLE f5 (a int PRIMARY KEY) WITH ("FillFactor" = 50);
    CREATE TABLE f6 (a int PRIMARY KEY) WITH (fillfactor = '010');
    CREATE TABLE f7 (a int PRIMARY KEY) WITH (fillfactor = '08');
    CREATE TABLE f8 (a int PRIMARY KEY) WITH (fillfactor = ' .5e2');
    CREATE TABLE f9 (a int PRIMARY KEY) WITH (fillfactor = 2147483648);
    CREATE TABLE f10 (a int PRIMARY KEY) WITH (toast_tuple_target = 127);
    CREATE TABLE f11 (a int PRIMARY KEY) WITH (vacuum_index_cleanup = maybe);
    CREATE TABLE f12 (a int PRIMARY KEY) WITH (toast.fillfactor = 50);
    CREATE TABLE f13 (a int PRIMARY KEY) WITH (heap.fillfactor = 50);
    CREATE TABLE f14 (a int PRIMARY KEY) WITH (toast.autovacuum_enabled = false, toast.autovacuum_enabled = true);
    CREATE TABLE f15 (a int PRIMARY KEY) WITH (autovacuum_freeze_max_age = 99999);
    CREATE TABLE f16 (a int PRIMARY KEY) WITH (autovacuum_vacuum_cost_delay = 'nan');
    CREATE TABLE f17 (a int PRIMARY KEY) WITH (constructor = 1);
    CREATE TABLE ok1 (a int PRIMARY KEY) WITH (fillfactor = 30.5, autovacuum_enabled = of);
    CREATE TABLE ok2 (a int PRIMARY KEY) WITH (fillfactor = '0x20', parallel_workers = 0, toast_tuple_target = 128);
    CREATE TABLE ok3 (a int PRIMARY KEY) WITH (fillfactor = 9.5, autovacuum_analyze_scale_factor = ' 1e1 ');
    CREATE TABLE ok4 (a int PRIMARY KEY) WITH (fillfactor = '.5e2 ', log_autovacuum_min_duration = -1, user_catalog_table);
    CREATE TABLE ok5 (a int PRIMARY KEY) WITH (toast.autovacuum_enabled = false, autovacuum_enabled = true, toast.vacuum_truncate = off);
    CREATE TABLE ok6 (a int PRIMARY KEY) WITH (autovacuum_vacuum_insert_threshold = -1, autovacuum_multixact_freeze_max_age = 10000, oids = false, oids = false);`,
  'a partitioned table takes no storage parameter of its own; CREATE TABLE AS checks them too': `
    CREATE TABLE p1 (a int PRIMARY KEY) PARTITION BY LIST (a) WITH (fillfactor = 50);
    CREATE TABLE p2 (a int PRIMARY KEY) PARTITION BY LIST (a) WITH (toast.autovacuum_enabled = false, oids = false);
    CREATE TABLE c2 PARTITION OF p2 (PRIMARY KEY (a)) FOR VALUES IN (1) WITH (fillfactor = 5);
    CREATE TABLE c3 PARTITION OF p2 FOR VALUES IN (2) WITH (fillfactor = 50);
    CREATE TABLE s1 WITH (fillfactor = 5) AS SELECT 1 AS a;
    CREATE MATERIALIZED VIEW s2 WITH (autovacuum_enabled = maybe) AS SELECT 1 AS a;
    CREATE TABLE s3 WITH (fillfactor = 50) AS SELECT 1 AS a;
    CREATE TABLE s3 WITH (fillfactor = 5) AS SELECT 1 AS a;
    CREATE TABLE s1 (a int PRIMARY KEY);
    CREATE TABLE s2 (a int PRIMARY KEY);
    CREATE INDEX ON s3 (a);`,
  'index storage parameters: no namespace, none given twice, the btree parameter that is deprecated but still accepted': `
    CREATE TABLE t (a int);
    CREATE INDEX i1 ON t (a) WITH (toast.fillfactor = 50);
    CREATE INDEX i2 ON t (a) WITH (fillfactor = 50, fillfactor = 60);
    CREATE INDEX i3 ON t (a) WITH ("Fillfactor" = 50);
    CREATE INDEX ok1 ON t (a) WITH (vacuum_cleanup_index_scale_factor = 0.5);
    CREATE INDEX ok2 ON t (a) WITH (fillfactor = 30.5);`,
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

describe('storage parameters only some supported majors know are accepted', () => {
  test('the parameters PostgreSQL 18 adds, and vacuum_index_cleanup as PostgreSQL 13 (a boolean) and 14 and later (auto too) read it', async () => {
    const model = await staticModel(`
      CREATE TABLE t1 (a int PRIMARY KEY) WITH (vacuum_max_eager_freeze_failure_rate = 0.5, autovacuum_vacuum_max_threshold = -1, vacuum_index_cleanup = AUTO);
      CREATE TABLE t2 (a int PRIMARY KEY) WITH (toast.vacuum_max_eager_freeze_failure_rate = 1, vacuum_index_cleanup = tr);
      CREATE TABLE f1 (a int PRIMARY KEY) WITH (vacuum_max_eager_freeze_failure_rate = 1.5);`);
    expect(describeModel(model)).toEqual([
      'index public.t1_pkey on public.t1 unique btree (a) constraint primary t1_pkey',
      'index public.t2_pkey on public.t2 unique btree (a) constraint primary t2_pkey',
    ]);
  });
});
