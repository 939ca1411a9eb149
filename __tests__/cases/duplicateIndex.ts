import type { RuleCase } from './types.js';

const rule = 'duplicate-index';
const t = 'CREATE TABLE t (id int PRIMARY KEY, a int, b int, c text, d jsonb, r int4range, e tsvector);';

export const duplicateIndexCases: RuleCase[] = [
  { rule, name: 'identical indexes', sql: [`${t} CREATE INDEX i1 ON t (a, b); CREATE INDEX i2 ON t (a, b);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'N identical indexes give N-1 findings', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a); CREATE INDEX i3 ON t (a);`], expect: ['duplicate-index i2 < i1', 'duplicate-index i3 < i1, i2'] },
  { rule, name: 'ASC written out is the default', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t USING btree (a ASC NULLS LAST);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'all orderings reversed: a backward scan gives the same order', sql: [`${t} CREATE INDEX i1 ON t (a, b); CREATE INDEX i2 ON t (a DESC, b DESC);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'DESC alone means DESC NULLS FIRST', sql: [`${t} CREATE INDEX i1 ON t (a DESC); CREATE INDEX i2 ON t (a DESC NULLS FIRST);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'default operator class written out', sql: [`${t} CREATE INDEX i1 ON t (c); CREATE INDEX i2 ON t (c text_ops);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'same expression written differently', sql: [`${t} CREATE INDEX i1 ON t (lower(c)); CREATE INDEX i2 ON t ((LOWER( c )));`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'same predicate, different parentheses and case', sql: [`${t} CREATE INDEX i1 ON t (a) WHERE b > 0; CREATE INDEX i2 ON t (a) WHERE ((B > 0));`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'same INCLUDE set in another order', sql: [`${t} CREATE INDEX i1 ON t (a) INCLUDE (b, c); CREATE INDEX i2 ON t (a) INCLUDE (c, b);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'identical GIN indexes', sql: [`${t} CREATE INDEX i1 ON t USING gin (d); CREATE INDEX i2 ON t USING gin (d);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'identical hash indexes', sql: [`${t} CREATE INDEX i1 ON t USING hash (a); CREATE INDEX i2 ON t USING hash (a);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'identical unique indexes', sql: [`${t} CREATE UNIQUE INDEX u1 ON t (a); CREATE UNIQUE INDEX u2 ON t (a);`], expect: ['duplicate-index u2 < u1'] },
  { rule, name: 'schema qualification, search_path and IF NOT EXISTS do not matter', sql: ['CREATE SCHEMA app; CREATE TABLE app.t (a int); CREATE INDEX i1 ON app.t (a); SET search_path TO app; CREATE INDEX CONCURRENTLY IF NOT EXISTS i2 ON t (a);'], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'unnamed indexes get PostgreSQL\'s names', sql: [`${t} CREATE INDEX ON t (a); CREATE INDEX ON t (a);`], expect: ['duplicate-index t_a_idx1 < t_a_idx'] },
  { rule, name: 'partitioned table: reported once, on the parent, never on a partition\'s copies', sql: ['CREATE TABLE m (a int, b int) PARTITION BY RANGE (a); CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10); CREATE INDEX mi1 ON m (b); CREATE INDEX mi2 ON m (b); CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);'], expect: ['duplicate-index mi2 < mi1'] },
  { rule, name: 'LIKE ... INCLUDING INDEXES copies the indexes with new names', sql: ['CREATE TABLE src (a int PRIMARY KEY, b int); CREATE INDEX src_b ON src (b); CREATE TABLE dst (LIKE src INCLUDING ALL); CREATE INDEX dst_b ON dst (b);'], expect: ['duplicate-index dst_b < dst_b_idx'] },
  { rule, name: 'SET SCHEMA moves the table with its indexes', sql: [`${t} CREATE SCHEMA archive; CREATE INDEX i1 ON t (a); ALTER TABLE t SET SCHEMA archive; CREATE INDEX i2 ON archive.t (a);`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'a DO block guarded by an existence test is followed', sql: [`${t} CREATE INDEX i1 ON t (a);\nDO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'i2') THEN CREATE INDEX i2 ON t (a); END IF; END $$;`], expect: ['duplicate-index i2 < i1'] },
  { rule, name: 'a DO block whose guard is already satisfied changes nothing', sql: [`${t} CREATE INDEX i1 ON t (a);\nDO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'i1') THEN CREATE INDEX i2 ON t (a); END IF; END $$;`], expect: [] },
  // Near-misses: none of these is a duplicate.
  { rule, name: 'DROP TABLE takes its indexes', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE TABLE t2 (a int); CREATE INDEX i2 ON t2 (a); DROP TABLE t;`], expect: [] },
  { rule, name: 'DROP SCHEMA ... CASCADE takes its tables', sql: ['CREATE SCHEMA old; CREATE TABLE old.t (a int); CREATE INDEX i1 ON old.t (a); CREATE INDEX i2 ON old.t (a); DROP SCHEMA old CASCADE;'], expect: [] },
  { rule, name: 'one ordering reversed, not all', sql: [`${t} CREATE INDEX i1 ON t (a, b); CREATE INDEX i2 ON t (a, b DESC);`], expect: [] },
  { rule, name: 'NULLS FIRST alone differs from the default', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a NULLS FIRST);`], expect: [] },
  { rule, name: 'another operator class', sql: [`${t} CREATE INDEX i1 ON t (c); CREATE INDEX i2 ON t (c text_pattern_ops);`], expect: [] },
  { rule, name: 'another collation', sql: [`${t} CREATE INDEX i1 ON t (c); CREATE INDEX i2 ON t (c COLLATE "C");`], expect: [] },
  { rule, name: 'another predicate', sql: [`${t} CREATE INDEX i1 ON t (a) WHERE b > 0; CREATE INDEX i2 ON t (a) WHERE b > 1;`], expect: [] },
  { rule, name: 'partial versus full', sql: [`${t} CREATE INDEX i1 ON t (a, b) WHERE b > 0; CREATE INDEX i2 ON t (a, b);`], expect: [] },
  { rule, name: 'expression versus column', sql: [`${t} CREATE INDEX i1 ON t (c); CREATE INDEX i2 ON t (lower(c));`], expect: [] },
  { rule, name: 'other methods: hash versus btree', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t USING hash (a);`], expect: [] },
  { rule, name: 'GiST versus BRIN on the same column', sql: [`${t} CREATE INDEX i1 ON t USING gist (r); CREATE INDEX i2 ON t USING brin (r);`], expect: [] },
  { rule, name: 'a GIN index is no prefix of a wider one', sql: [`${t} CREATE INDEX i1 ON t USING gin (e); CREATE INDEX i2 ON t USING gin (e, d);`], expect: [] },
  { rule, name: 'unique versus plain is not a plain duplicate', sql: [`${t} CREATE UNIQUE INDEX u1 ON t (a, b) WHERE a > 0; CREATE INDEX i1 ON t (b);`], expect: [] },
  { rule, name: 'different INCLUDE sets', sql: [`${t} CREATE INDEX i1 ON t (a) INCLUDE (b); CREATE INDEX i2 ON t (a) INCLUDE (c);`], expect: [] },
  { rule, name: 'an index that was dropped is gone', sql: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a); DROP INDEX i1;`], expect: [] },
  { rule, name: 'same columns on two tables', sql: [`${t} CREATE TABLE u (a int); CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON u (a);`], expect: [] },
  { rule, name: 'column 1 versus column 12 (names, never text prefixes)', sql: ['CREATE TABLE w (c1 int, c12 int); CREATE INDEX i1 ON w (c1); CREATE INDEX i2 ON w (c12);'], expect: [] },
  // Lint: where the finding goes.
  { rule, name: 'lint: the new index is reported on its own line', mode: 'lint', base: [`${t}\nCREATE INDEX i1 ON t (a);`], sql: ['-- a pull request\nCREATE INDEX i2 ON t (a);'], expect: ['duplicate-index i2 < i1 @2'] },
  { rule, name: 'lint: old duplicates are not the change\'s business', mode: 'lint', base: [`${t} CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a);`], sql: ['CREATE INDEX i3 ON t (b);'], expect: [] },
];
