/**
 * Partitions, inheritance and temporary tables: for each case the static
 * replay holds exactly the indexes and foreign keys PostgreSQL's catalog
 * holds after psql runs the same SQL.
 */
import { describe, expect, test } from '@jest/globals';
import { testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'a table attached to itself is rejected, and dropping it still works': `
    CREATE TABLE t (a int) PARTITION BY RANGE (a);
    CREATE INDEX ON t (a);
    ALTER TABLE t ATTACH PARTITION t FOR VALUES FROM (1) TO (2);
    CREATE TABLE u (a int, b int);
    DROP TABLE t;`,
  'a cycle of partitioned tables is rejected': `
    CREATE TABLE p1 (a int) PARTITION BY RANGE (a);
    CREATE TABLE p2 (a int) PARTITION BY RANGE (a);
    ALTER TABLE p1 ATTACH PARTITION p2 FOR VALUES FROM (0) TO (10);
    ALTER TABLE p2 ATTACH PARTITION p1 FOR VALUES FROM (0) TO (5);
    CREATE INDEX ON p1 (a);`,
  'attaching a partitioned table cascades indexes and foreign keys to every level': `
    CREATE TABLE ref (id int PRIMARY KEY);
    CREATE TABLE top (a int, r int REFERENCES ref) PARTITION BY RANGE (a);
    CREATE INDEX ON top (r);
    CREATE TABLE mid (a int, r int) PARTITION BY RANGE (a);
    CREATE TABLE leaf PARTITION OF mid FOR VALUES FROM (0) TO (10);
    ALTER TABLE top ATTACH PARTITION mid FOR VALUES FROM (0) TO (100);`,
  'a foreign key added to a parent reaches every level': `
    CREATE TABLE ref (id int PRIMARY KEY);
    CREATE TABLE top (a int, r int) PARTITION BY RANGE (a);
    CREATE TABLE mid PARTITION OF top FOR VALUES FROM (0) TO (100) PARTITION BY RANGE (a);
    CREATE TABLE leaf PARTITION OF mid FOR VALUES FROM (0) TO (10);
    ALTER TABLE top ADD FOREIGN KEY (r) REFERENCES ref;
    CREATE INDEX ON top (a, r);`,
  'an equivalent foreign key of the attached table is merged, also after DETACH and ATTACH': `
    CREATE TABLE ref (id int PRIMARY KEY);
    CREATE TABLE p (a int, r int REFERENCES ref) PARTITION BY RANGE (a);
    CREATE TABLE c (a int, r int REFERENCES ref);
    ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (0) TO (10);
    ALTER TABLE p DETACH PARTITION c;
    ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (0) TO (10);`,
  'a parent index stays invalid while an attached index is invalid': `
    CREATE TABLE p (a int) PARTITION BY RANGE (a);
    CREATE TABLE mid PARTITION OF p FOR VALUES FROM (0) TO (100) PARTITION BY RANGE (a);
    CREATE TABLE leaf PARTITION OF mid FOR VALUES FROM (0) TO (10);
    CREATE INDEX pi ON ONLY p (a);
    CREATE INDEX mi ON ONLY mid (a);
    ALTER INDEX pi ATTACH PARTITION mi;
    CREATE TABLE q (a int) PARTITION BY RANGE (a);
    CREATE TABLE qmid PARTITION OF q FOR VALUES FROM (0) TO (100) PARTITION BY RANGE (a);
    CREATE TABLE qleaf PARTITION OF qmid FOR VALUES FROM (0) TO (10);
    CREATE INDEX qi ON ONLY q (a);
    CREATE INDEX qmi ON ONLY qmid (a);
    ALTER INDEX qi ATTACH PARTITION qmi;
    CREATE INDEX qli ON qleaf (a);
    ALTER INDEX qmi ATTACH PARTITION qli;`,
  'a unique index without the partition key is rejected': `
    CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);
    CREATE UNIQUE INDEX ON p (b);
    CREATE UNIQUE INDEX ON p (b, a);
    ALTER TABLE p ADD PRIMARY KEY (b);
    ALTER TABLE p ADD UNIQUE (a, b);
    CREATE TABLE q (a int, b int PRIMARY KEY) PARTITION BY LIST (a);
    CREATE TABLE r (a int, b int, UNIQUE (a)) PARTITION BY HASH (a);`,
  'a second DEFAULT partition is rejected': `
    CREATE TABLE p (a int, b int) PARTITION BY LIST (a);
    CREATE INDEX ON p (b);
    CREATE TABLE d1 PARTITION OF p DEFAULT;
    CREATE TABLE d2 PARTITION OF p DEFAULT;
    CREATE TABLE d3 (a int, b int);
    ALTER TABLE p ATTACH PARTITION d3 DEFAULT;`,
  'DROP TABLE of an inheritance parent: rejected without CASCADE, takes its children with it': `
    CREATE TABLE parent (a int);
    CREATE TABLE child (b int) INHERITS (parent);
    CREATE INDEX ON child (a, b);
    DROP TABLE parent;
    CREATE TABLE parent2 (a int);
    CREATE TABLE child2 (b int) INHERITS (parent2);
    CREATE INDEX ON child2 (a, b);
    DROP TABLE parent2 CASCADE;`,
  'a table inheriting from itself or its own descendant is rejected, and dropping it still works': `
    CREATE TABLE a (x int);
    CREATE TABLE b (x int) INHERITS (a);
    ALTER TABLE a INHERIT b;
    ALTER TABLE a INHERIT a;
    CREATE TABLE c (x int);
    CREATE INDEX ON b (x);
    CREATE INDEX ON c (x);
    DROP TABLE a CASCADE;`,
  "CREATE INDEX on a parent attaches a partition's invalid index, and stays invalid with it": `
    CREATE TABLE p (a int) PARTITION BY RANGE (a);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (100) PARTITION BY RANGE (a);
    CREATE TABLE p11 PARTITION OF p1 FOR VALUES FROM (0) TO (50);
    CREATE TABLE p12 PARTITION OF p1 FOR VALUES FROM (50) TO (100);
    CREATE INDEX ON p12 (a);
    CREATE INDEX ON ONLY p1 (a);
    ALTER INDEX p1_a_idx ATTACH PARTITION p12_a_idx;
    CREATE INDEX ON p (a);
    CREATE INDEX ON p (a, a);`,
  'a partition of a table a foreign key references is not dropped; detached, it is': `
    CREATE TABLE pk (a int PRIMARY KEY) PARTITION BY RANGE (a);
    CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (0) TO (10);
    CREATE TABLE pk2 PARTITION OF pk FOR VALUES FROM (10) TO (20) PARTITION BY RANGE (a);
    CREATE TABLE pk21 PARTITION OF pk2 FOR VALUES FROM (10) TO (15);
    CREATE TABLE pk22 PARTITION OF pk2 FOR VALUES FROM (15) TO (20);
    CREATE TABLE fk (a int REFERENCES pk);
    DROP TABLE pk1;
    DROP TABLE pk2;
    DROP TABLE pk21;
    ALTER TABLE pk2 DETACH PARTITION pk22;
    DROP TABLE pk22;`,
  'DROP TABLE ... CASCADE of a referenced partition drops the foreign keys; a self-reference refuses the drop too': `
    CREATE TABLE pk (a int PRIMARY KEY) PARTITION BY RANGE (a);
    CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (0) TO (10);
    CREATE TABLE pk2 PARTITION OF pk FOR VALUES FROM (10) TO (20);
    CREATE TABLE fk (a int REFERENCES pk);
    CREATE TABLE fkp (a int REFERENCES pk) PARTITION BY RANGE (a);
    CREATE TABLE fkp1 PARTITION OF fkp FOR VALUES FROM (0) TO (10);
    DROP TABLE pk1 CASCADE;
    CREATE TABLE self (a int PRIMARY KEY, b int REFERENCES self) PARTITION BY RANGE (a);
    CREATE TABLE self1 PARTITION OF self FOR VALUES FROM (0) TO (10);
    DROP TABLE self1;`,
  'ATTACH PARTITION makes a copy rather than attach an invalid index; a new index on the parent reaches the partitions alone': `
    CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);
    CREATE INDEX p_a ON p (a);
    CREATE TABLE c (a int, b int) PARTITION BY RANGE (a);
    CREATE TABLE c1 PARTITION OF c FOR VALUES FROM (0) TO (10);
    CREATE INDEX c_a ON ONLY c (a);
    CREATE INDEX c_b ON ONLY c (b);
    ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (0) TO (100);
    CREATE INDEX p_ab ON p (a, b);
    ALTER TABLE p ADD UNIQUE (a, b);`,
  "a partition keeps the name of its own foreign key merged with the parent's, and so do its partitions": `
    CREATE TABLE ref (a int, b int, PRIMARY KEY (a, b));
    CREATE TABLE top (b int, a int) PARTITION BY LIST (a);
    ALTER TABLE top ADD FOREIGN KEY (a, b) REFERENCES ref ON DELETE CASCADE;
    CREATE TABLE mid (a int, b int, FOREIGN KEY (a, b) REFERENCES ref ON DELETE CASCADE) PARTITION BY RANGE (b, a);
    CREATE TABLE leaf1 PARTITION OF mid FOR VALUES FROM (1, 1) TO (100, 100);
    CREATE TABLE leaf2 (a int, b int, FOREIGN KEY (a, b) REFERENCES ref ON UPDATE SET NULL);
    ALTER TABLE mid ATTACH PARTITION leaf2 FOR VALUES FROM (100, 100) TO (1000, 1000);
    ALTER TABLE top ATTACH PARTITION mid FOR VALUES IN (3500, 3502);
    ALTER TABLE top DETACH PARTITION mid;
    ALTER TABLE top ATTACH PARTITION mid FOR VALUES IN (3500, 3502);`,
  'a temporary table and a permanent one are never partitions of each other': `
    CREATE TABLE perm_parent (a int) PARTITION BY LIST (a);
    CREATE TEMP TABLE temp_parent (a int) PARTITION BY LIST (a);
    CREATE INDEX ON perm_parent (a);
    CREATE TABLE perm_child (a int);
    CREATE INDEX ON perm_child (a);
    CREATE TEMP TABLE temp_child (a int);
    ALTER TABLE temp_parent ATTACH PARTITION perm_child DEFAULT;
    ALTER TABLE perm_parent ATTACH PARTITION temp_child DEFAULT;
    CREATE TEMP TABLE temp_part PARTITION OF perm_parent FOR VALUES IN (1);
    CREATE TABLE perm_part PARTITION OF temp_parent FOR VALUES IN (1);
    CREATE TABLE perm_part2 PARTITION OF perm_parent FOR VALUES IN (2);
    DROP TABLE temp_parent CASCADE;`,
  'a table inherits from no partition and no partitioned table, and a partitioned table from no table': `
    CREATE TABLE p (a int) PARTITION BY LIST (a);
    CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
    CREATE TABLE plain (a int);
    CREATE TABLE i1 (b int) INHERITS (p1);
    CREATE TABLE i2 (b int) INHERITS (p);
    CREATE TABLE i3 (b int) INHERITS (plain) PARTITION BY LIST (a);
    CREATE INDEX ON p (a);
    CREATE INDEX ON plain (a);
    CREATE TABLE q (a int) PARTITION BY LIST (a);
    CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1);
    CREATE INDEX ON q1 (a);
    CREATE TABLE i4 (b int) INHERITS (q1);
    CREATE TABLE i5 (a int);
    CREATE INDEX ON i5 (a);
    ALTER TABLE i5 INHERIT q1;
    DROP TABLE p1;
    DROP TABLE p;
    DROP TABLE plain;
    DROP TABLE q1;
    DROP TABLE q CASCADE;`,
  'DETACH PARTITION of a table that is not a partition of that table is rejected': `
    CREATE TABLE p (a int) PARTITION BY LIST (a);
    CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
    CREATE TABLE q (a int) PARTITION BY LIST (a);
    CREATE TABLE plain (a int);
    CREATE INDEX ON p (a);
    ALTER TABLE q DETACH PARTITION p1;
    ALTER TABLE q DETACH PARTITION plain;
    DROP TABLE p;`,
  'temporary tables shadow the permanent ones while they exist': `
    CREATE TABLE t (a int, b int);
    CREATE TEMP TABLE t (a int, b int);
    CREATE INDEX t_a ON t (a);
    CREATE INDEX ON public.t (b);
    CREATE TEMP TABLE x AS SELECT 1 AS a;
    CREATE INDEX ON x (a);
    DROP TABLE t;
    CREATE INDEX ON t (a);`,
};

describe('partitions, inheritance and temporary tables agree with PostgreSQL', () => {
  testAgreement(cases);
});

describe('a file is a session of its own', () => {
  test('its temporary tables are gone in the next file', async () => {
    const { lintSql, verdicts } = await import('./helpers/lintSql.js');
    const report = await lintSql({
      changed: ['CREATE TEMP TABLE t (a int);\nCREATE INDEX t_a ON t (a);', 'CREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);\nCREATE INDEX t_a2 ON t (a);'],
    });
    expect(verdicts(report)).toEqual(['duplicate-index t_a2 < t_a @3']);
    expect(report.notes.map((n) => n.message)).toEqual([]);
  });
});
