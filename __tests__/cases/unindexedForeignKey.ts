import type { RuleCase } from './types.js';

const rule = 'unindexed-foreign-key';
const parent = 'CREATE TABLE p (id int PRIMARY KEY, k1 int, k2 int, code text UNIQUE, n numeric UNIQUE, UNIQUE (k1, k2));';

export const unindexedForeignKeyCases: RuleCase[] = [
  {
    rule,
    name: 'a foreign key with no index',
    sql: [`${parent} CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);`],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id)'],
    texts: [{ message: 'foreign key c_p_id_fkey on c (p_id) has no index: every DELETE or key UPDATE on p scans c', fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS c_p_id_idx ON public.c (p_id);' }],
  },
  {
    rule,
    name: 'a named foreign key from ALTER TABLE',
    sql: [`${parent} CREATE TABLE c (p_id int); ALTER TABLE c ADD CONSTRAINT fk_parent FOREIGN KEY (p_id) REFERENCES p (id);`],
    expect: ['unindexed-foreign-key fk_parent (p_id)'],
  },
  {
    rule,
    name: 'an index that does not lead with the column',
    sql: [`${parent} CREATE TABLE c (a int, p_id int REFERENCES p); CREATE INDEX i ON c (a, p_id);`],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id)'],
  },
  {
    rule,
    name: 'a soft-delete partial index',
    sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p, deleted_at timestamptz); CREATE INDEX i ON c (p_id) WHERE deleted_at IS NULL;`],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id)'],
  },
  {
    rule,
    name: 'GIN, GiST and BRIN do not count',
    sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i ON c USING brin (p_id);`],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id)'],
  },
  {
    rule,
    name: 'an expression index does not count',
    sql: [`${parent} CREATE TABLE c (code text REFERENCES p (code)); CREATE INDEX i ON c (lower(code));`],
    expect: ['unindexed-foreign-key c_code_fkey (code)'],
  },
  {
    rule,
    name: 'an INCLUDE column does not count',
    sql: [`${parent} CREATE TABLE c (a int, p_id int REFERENCES p); CREATE INDEX i ON c (a) INCLUDE (p_id);`],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id)'],
  },
  {
    rule,
    name: 'a two-column key with a column between',
    sql: [`${parent} CREATE TABLE c (k1 int, k2 int, x int, FOREIGN KEY (k1, k2) REFERENCES p (k1, k2)); CREATE INDEX i ON c (k1, x, k2);`],
    expect: ['unindexed-foreign-key c_k1_k2_fkey (k1, k2)'],
  },
  {
    rule,
    name: "another collation than the column's",
    sql: [`${parent} CREATE TABLE c (code text REFERENCES p (code)); CREATE INDEX i ON c (code COLLATE "C");`],
    expect: ['unindexed-foreign-key c_code_fkey (code)'],
  },
  {
    rule,
    name: 'an int column referencing numeric is cast: its index cannot serve',
    sql: [`${parent} CREATE TABLE c (n int REFERENCES p (n)); CREATE INDEX i ON c (n);`],
    expect: ['unindexed-foreign-key c_n_fkey (n)'],
    texts: [
      {
        message:
          'foreign key c_n_fkey on c (n) has no index: every DELETE or key UPDATE on p scans c; PostgreSQL compares n as numeric, the type of the referenced key, so an index on the column itself cannot serve the check: an index on (n::numeric) can',
        fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS c_n_idx ON public.c ((n::numeric));',
      },
    ],
  },
  {
    rule,
    name: 'an index on the cast the check compares serves an int column referencing numeric',
    sql: [`${parent} CREATE TABLE c (n int REFERENCES p (n), s smallint REFERENCES p (n)); CREATE INDEX i ON c (((n)::numeric)); CREATE INDEX j ON c (CAST(s AS decimal)) WHERE s IS NOT NULL;`],
    expect: [],
  },
  {
    rule,
    name: 'a cast with a type modifier, or to another type, is not the cast the check compares',
    sql: [`${parent} CREATE TABLE c (n int REFERENCES p (n), m int REFERENCES p (n)); CREATE INDEX i ON c ((n::numeric(10, 2))); CREATE INDEX j ON c ((m::int8));`],
    expect: ['unindexed-foreign-key c_m_fkey (m)', 'unindexed-foreign-key c_n_fkey (n)'],
  },
  {
    rule,
    name: 'a two-column key with one column cast: the fix indexes the cast beside the plain column',
    sql: [
      'CREATE TABLE q (a int, b numeric, UNIQUE (a, b)); CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES q (a, b)); CREATE TABLE d (a int, b int, FOREIGN KEY (a, b) REFERENCES q (a, b)); CREATE INDEX i ON d ((b::numeric), a);',
    ],
    expect: ['unindexed-foreign-key c_a_b_fkey (a, b)'],
    texts: [
      {
        message:
          'foreign key c_a_b_fkey on c (a, b) has no index: every DELETE or key UPDATE on q scans c; PostgreSQL compares b as numeric, the type of the referenced key, so an index on the column itself cannot serve the check: an index on (b::numeric) can',
        fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS c_a_b_idx ON public.c (a, (b::numeric));',
      },
    ],
  },
  {
    rule,
    name: 'a char column referencing text is cast to text: the index on the cast serves, whose type the normal form of expressions drops',
    sql: [
      `${parent} CREATE TABLE c (code char(8) REFERENCES p (code)); CREATE INDEX i ON c (code); CREATE TABLE d (code char(8) REFERENCES p (code)); CREATE INDEX j ON d ((code::varchar)); CREATE TABLE e (code char(8) REFERENCES p (code)); CREATE INDEX k ON e ((code::text));`,
    ],
    expect: ['unindexed-foreign-key c_code_fkey (code)', 'unindexed-foreign-key d_code_fkey (code)'],
    texts: [
      {
        message:
          'foreign key c_code_fkey on c (code) has no index: every DELETE or key UPDATE on p scans c; PostgreSQL compares code as text, the type of the referenced key, so an index on the column itself cannot serve the check: an index on (code::text) can',
        fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS c_code_idx ON public.c ((code::text));',
      },
      {
        message:
          'foreign key d_code_fkey on d (code) has no index: every DELETE or key UPDATE on p scans d; PostgreSQL compares code as text, the type of the referenced key, so an index on the column itself cannot serve the check: an index on (code::text) can',
        fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS d_code_idx ON public.d ((code::text));',
      },
    ],
  },
  {
    rule,
    name: 'a bigint referencing int is compared without a cast: a plain index serves',
    sql: [`${parent} CREATE TABLE c (p_id bigint REFERENCES p (id)); CREATE INDEX i ON c (p_id);`],
    expect: [],
  },
  {
    rule,
    name: 'DROP COLUMN silently drops the index that served it',
    sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p, a int); CREATE INDEX i ON c (p_id, a); ALTER TABLE c DROP COLUMN a;`],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id)'],
  },
  {
    rule,
    name: 'ALTER COLUMN TYPE to the referenced type makes the index usable',
    sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p (n)); CREATE INDEX i ON c (p_id); ALTER TABLE c ALTER COLUMN p_id TYPE numeric;`],
    expect: [],
  },
  {
    rule,
    name: 'a foreign key on a partitioned table is judged once, on the parent',
    sql: [`${parent} CREATE TABLE m (p_id int REFERENCES p, k int) PARTITION BY RANGE (k); CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);`],
    expect: ['unindexed-foreign-key m_p_id_fkey (p_id)'],
  },
  {
    rule,
    name: 'RENAME COLUMN keeps the foreign key and its index together',
    sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i ON c (p_id); ALTER TABLE c RENAME COLUMN p_id TO parent_id;`],
    expect: [],
  },
  { rule, name: 'DROP CONSTRAINT of the foreign key leaves nothing to index', sql: [`${parent} CREATE TABLE c (p_id int CONSTRAINT fk REFERENCES p); ALTER TABLE c DROP CONSTRAINT fk;`], expect: [] },
  // Near-misses: covered.
  {
    rule,
    name: 'a constraint added to a partitioned table reaches its partitions, which keep it when detached',
    sql: [
      'CREATE TABLE r (id int PRIMARY KEY); CREATE TABLE m (r_id int REFERENCES r, k int) PARTITION BY LIST (k); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1); ALTER TABLE m ADD UNIQUE (r_id, k); ALTER TABLE m DETACH PARTITION m1;',
    ],
    expect: [],
  },
  {
    rule,
    name: "renaming a partitioned table keeps its partitions' indexes",
    sql: [
      'CREATE TABLE r (id int PRIMARY KEY); CREATE TABLE m (r_id int REFERENCES r, k int) PARTITION BY LIST (k); CREATE INDEX ON m (r_id); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1); ALTER TABLE m RENAME TO m_renamed; ALTER TABLE m_renamed DETACH PARTITION m1;',
    ],
    expect: [],
  },
  {
    rule,
    name: 'RENAME COLUMN on a partitioned table renames it in the partitions',
    sql: [
      'CREATE TABLE r (id int PRIMARY KEY); CREATE TABLE m (a int, k int) PARTITION BY LIST (k); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1); ALTER TABLE m RENAME COLUMN a TO b; ALTER TABLE m1 ADD FOREIGN KEY (b) REFERENCES r; CREATE INDEX ON m1 (b);',
    ],
    expect: [],
  },
  { rule, name: '((a)) is the plain column a', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX ON c ((p_id));`], expect: [] },
  { rule, name: 'a cast of the column to its own type is the column', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX ON c ((p_id::integer));`], expect: [] },
  {
    rule,
    name: 'bpchar_pattern_ops holds the equality of char keys',
    sql: ['CREATE TABLE r (code char(5) PRIMARY KEY); CREATE TABLE c (code char(5) REFERENCES r); CREATE INDEX ON c (code bpchar_pattern_ops);'],
    expect: [],
  },
  { rule, name: 'a plain index on the column', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i ON c (p_id);`], expect: [] },
  { rule, name: 'a wider index leading with the column', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p, a int); CREATE INDEX i ON c (p_id, a);`], expect: [] },
  { rule, name: 'the columns in another order', sql: [`${parent} CREATE TABLE c (k1 int, k2 int, FOREIGN KEY (k1, k2) REFERENCES p (k1, k2)); CREATE INDEX i ON c (k2, k1);`], expect: [] },
  { rule, name: 'a hash index on a one-column key', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i ON c USING hash (p_id);`], expect: [] },
  { rule, name: 'a partial index WHERE fk IS NOT NULL', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i ON c (p_id) WHERE p_id IS NOT NULL;`], expect: [] },
  { rule, name: 'a constraint index leading with the column', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p, a int, UNIQUE (p_id, a));`], expect: [] },
  { rule, name: 'the primary key is the foreign key', sql: [`${parent} CREATE TABLE c (p_id int PRIMARY KEY REFERENCES p);`], expect: [] },
  { rule, name: 'bigint referencing int: one operator family', sql: [`${parent} CREATE TABLE c (p_id bigint REFERENCES p); CREATE INDEX i ON c (p_id);`], expect: [] },
  { rule, name: 'DESC does not matter to an equality', sql: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i ON c (p_id DESC);`], expect: [] },
  // Lint: where the finding goes.
  {
    rule,
    name: 'lint: the DROP that removes the last index carries the finding',
    mode: 'lint',
    base: [`${parent} CREATE TABLE c (p_id int REFERENCES p, a int); CREATE INDEX i1 ON c (p_id); CREATE INDEX i2 ON c (p_id, a);`],
    sql: ['DROP INDEX i1;\nDROP INDEX i2;'],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id) @2'],
  },
  {
    rule,
    name: 'lint: a swap (create the new index, then drop the old) is quiet',
    mode: 'lint',
    base: [`${parent} CREATE TABLE c (p_id int REFERENCES p); CREATE INDEX i1 ON c (p_id);`],
    sql: ['CREATE INDEX i2 ON c (p_id) INCLUDE (p_id);\nDROP INDEX i1;'],
    expect: [],
  },
  {
    rule,
    name: 'lint: a new foreign key without index is reported on its statement',
    mode: 'lint',
    base: [parent],
    sql: ['CREATE TABLE c (id int);\nALTER TABLE c ADD COLUMN p_id int REFERENCES p;'],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id) @2'],
  },
  { rule, name: 'lint: a new foreign key indexed later in the change is quiet', mode: 'lint', base: [parent], sql: ['CREATE TABLE c (p_id int REFERENCES p);\nCREATE INDEX ON c (p_id);'], expect: [] },
  {
    rule,
    name: "lint: an old unindexed foreign key is not the change's business",
    mode: 'lint',
    base: [`${parent} CREATE TABLE c (p_id int REFERENCES p);`],
    sql: ['CREATE TABLE d (x int);'],
    expect: [],
  },
  {
    rule,
    name: 'lint: DROP COLUMN of the indexed column uncovers',
    mode: 'lint',
    base: [`${parent} CREATE TABLE c (p_id int REFERENCES p, a int); CREATE INDEX i ON c (p_id, a);`],
    sql: ['\nALTER TABLE c DROP COLUMN a;'],
    expect: ['unindexed-foreign-key c_p_id_fkey (p_id) @2'],
  },
];
