import type { RuleCase } from './types.js';

const rule = 'leading-prefix';
const t = 'CREATE TABLE t (id int PRIMARY KEY, a int, b int, c text, x boolean);';

export const leadingPrefixCases: RuleCase[] = [
  {
    rule,
    name: '(a) leads (a, b)',
    sql: [`${t} CREATE INDEX i_a ON t (a); CREATE INDEX i_ab ON t (a, b);`],
    expect: ['leading-prefix i_a < i_ab'],
    texts: [{ message: 'i_a (a) is a leading prefix of i_ab (a, b) on t, which serves the same lookups', fix: 'DROP INDEX CONCURRENTLY IF EXISTS public.i_a;' }],
  },
  { rule, name: '(a) leads a wider unique index', sql: [`${t} CREATE INDEX i_a ON t (a); CREATE UNIQUE INDEX u_ab ON t (a, b);`], expect: ['leading-prefix i_a < u_ab'] },
  { rule, name: 'reversed orderings of the prefix', sql: [`${t} CREATE INDEX i_a ON t (a DESC); CREATE INDEX i_ab ON t (a, b);`], expect: ['leading-prefix i_a < i_ab'] },
  { rule, name: "INCLUDE columns found among the wider index's keys", sql: [`${t} CREATE INDEX i_a ON t (a) INCLUDE (b); CREATE INDEX i_ab ON t (a, b);`], expect: ['leading-prefix i_a < i_ab'] },
  { rule, name: "same keys, INCLUDE a subset of the other's", sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a) INCLUDE (b);`], expect: ['leading-prefix i1 < i2'] },
  { rule, name: 'expression prefix', sql: [`${t} CREATE INDEX i1 ON t (lower(c)); CREATE INDEX i2 ON t (lower(c), a);`], expect: ['leading-prefix i1 < i2'] },
  { rule, name: 'same predicate', sql: [`${t} CREATE INDEX i1 ON t (a) WHERE x; CREATE INDEX i2 ON t (a, b) WHERE x;`], expect: ['leading-prefix i1 < i2'] },
  {
    rule,
    name: 'covered by two wider indexes: one finding naming both',
    sql: [`${t} CREATE INDEX i_a ON t (a); CREATE INDEX i_ab ON t (a, b); CREATE INDEX i_ac ON t (a, c);`],
    expect: ['leading-prefix i_a < i_ab, i_ac'],
  },
  // Near-misses.
  {
    rule,
    name: 'DROP COLUMN on a partitioned table drops it, and its indexes, in the partitions',
    sql: [
      'CREATE TABLE m (a int, b int, k int) PARTITION BY LIST (k); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1); CREATE INDEX m1_a ON m1 (a); CREATE INDEX m1_ab ON m1 (a, b); ALTER TABLE m DROP COLUMN a;',
    ],
    expect: [],
  },
  {
    rule,
    name: 'ALTER TABLE ONLY a partitioned table: its new primary key is invalid until attached',
    sql: [
      'CREATE TABLE m (a int NOT NULL, k int NOT NULL) PARTITION BY LIST (k); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1); CREATE INDEX m_a ON m (a); ALTER TABLE ONLY m ADD CONSTRAINT m_pk PRIMARY KEY (a, k);',
    ],
    expect: [],
  },
  {
    rule,
    name: 'a temporary table is not the permanent one of the same name',
    sql: ['CREATE TABLE t (a int, b int); CREATE INDEX ON t (a, b); CREATE TEMP TABLE t (a int); CREATE INDEX tmp_a ON t (a);'],
    expect: [],
  },
  {
    rule,
    name: 'a quoted schema in search_path keeps its case',
    sql: [
      'CREATE SCHEMA "App"; CREATE SCHEMA app; SET search_path TO "App"; CREATE TABLE t (a int, b int); CREATE INDEX i1 ON t (a); SET search_path TO App; CREATE TABLE t (a int, b int); CREATE INDEX i2 ON t (a, b);',
    ],
    expect: [],
  },
  { rule, name: '(a) and (b, a)', sql: [`${t} CREATE INDEX i_a ON t (a); CREATE INDEX i_ba ON t (b, a);`], expect: [] },
  { rule, name: 'a predicate the wider one lacks', sql: [`${t} CREATE INDEX i1 ON t (a) WHERE x; CREATE INDEX i2 ON t (a, b);`], expect: [] },
  { rule, name: 'the wider one is partial', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a, b) WHERE x;`], expect: [] },
  { rule, name: 'orderings neither equal nor all reversed', sql: [`${t} CREATE INDEX i1 ON t (a, b DESC); CREATE INDEX i2 ON t (a, b, c);`], expect: [] },
  { rule, name: 'another operator class on the prefix', sql: [`${t} CREATE INDEX i1 ON t (c text_pattern_ops); CREATE INDEX i2 ON t (c, a);`], expect: [] },
  { rule, name: 'another collation on the prefix', sql: [`${t} CREATE INDEX i1 ON t (c COLLATE "C"); CREATE INDEX i2 ON t (c, a);`], expect: [] },
  { rule, name: 'an INCLUDE column the wider index does not have', sql: [`${t} CREATE INDEX i1 ON t (a) INCLUDE (c); CREATE INDEX i2 ON t (a, b);`], expect: [] },
  { rule, name: 'a unique prefix enforces something the wider index does not', sql: [`${t} CREATE UNIQUE INDEX u_a ON t (a); CREATE INDEX i_ab ON t (a, b);`], expect: [] },
  { rule, name: 'hash, GIN, GiST and BRIN have no prefix rule', sql: [`${t} CREATE INDEX i1 ON t USING brin (a); CREATE INDEX i2 ON t USING brin (a, b);`], expect: [] },
  { rule, name: 'a btree prefix of a hash index', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t USING hash (a);`], expect: [] },
  { rule, name: 'the primary key is never reported', sql: ['CREATE TABLE t (a int, b int, PRIMARY KEY (a)); CREATE INDEX i_ab ON t (a, b);'], expect: [] },
  { rule, name: 'DROP COLUMN drops the wider index with it', sql: [`${t} CREATE INDEX i_a ON t (a); CREATE INDEX i_ab ON t (a, b); ALTER TABLE t DROP COLUMN b;`], expect: [] },
  {
    rule,
    name: 'RENAME COLUMN keeps the relation',
    sql: [`${t} CREATE INDEX i_a ON t (a); CREATE INDEX i_ab ON t (a, b); ALTER TABLE t RENAME COLUMN a TO z;`],
    expect: ['leading-prefix i_a < i_ab'],
  },
  {
    rule,
    name: 'RENAME INDEX and RENAME TABLE follow the objects',
    sql: [`${t} CREATE INDEX i_a ON t (a); CREATE INDEX i_ab ON t (a, b); ALTER INDEX i_a RENAME TO i_first; ALTER TABLE t RENAME TO t2;`],
    expect: ['leading-prefix i_first < i_ab'],
  },
  { rule, name: 'the swap: create the wider index, drop the narrower', mode: 'lint', base: [t, 'CREATE INDEX i_a ON t (a);'], sql: ['CREATE INDEX i_ab ON t (a, b);\nDROP INDEX i_a;'], expect: [] },
  {
    rule,
    name: 'lint: a new wider index names the existing narrower one',
    mode: 'lint',
    base: [t, 'CREATE INDEX i_a ON t (a);'],
    sql: ['\n\nCREATE INDEX i_ab ON t (a, b);'],
    expect: ['leading-prefix i_a < i_ab @3'],
  },
];
