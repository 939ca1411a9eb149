import type { RuleCase } from './types.js';

const rule = 'duplicates-constraint';

export const duplicatesConstraintCases: RuleCase[] = [
  {
    rule,
    name: 'plain index on the columns of a UNIQUE constraint',
    sql: ['CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE); CREATE INDEX ix_users_email ON users (email);'],
    expect: ['duplicates-constraint ix_users_email < users_email_key'],
    texts: [{ message: 'ix_users_email duplicates users_email_key, the index behind UNIQUE (email) on users', fix: 'DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;' }],
  },
  { rule, name: 'plain index on the primary key column', sql: ['CREATE TABLE t (id int PRIMARY KEY); CREATE INDEX ix_t_id ON t (id);'], expect: ['duplicates-constraint ix_t_id < t_pkey'] },
  {
    rule,
    name: 'plain index on the columns of a unique index without constraint (Prisma @unique)',
    sql: ['CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX t_a_b_key ON t (a, b); CREATE INDEX t_a_b_idx ON t (a, b);'],
    expect: ['duplicates-constraint t_a_b_idx < t_a_b_key'],
  },
  { rule, name: 'a unique index on the primary key', sql: ['CREATE TABLE t (id text PRIMARY KEY); CREATE UNIQUE INDEX t_id_key ON t (id);'], expect: ['duplicates-constraint t_id_key < t_pkey'] },
  {
    rule,
    name: 'two UNIQUE constraints in two statements: the newer one',
    sql: ['CREATE TABLE tags (id int PRIMARY KEY, name text UNIQUE); ALTER TABLE tags ADD CONSTRAINT uq_tags_name UNIQUE (name);'],
    expect: ['duplicates-constraint uq_tags_name < tags_name_key'],
    texts: [
      {
        message: 'uq_tags_name (a UNIQUE constraint) duplicates tags_name_key, the index behind UNIQUE (name) on tags (move any foreign key that references it first)',
        fix: 'ALTER TABLE public.tags DROP CONSTRAINT uq_tags_name;',
      },
    ],
  },
  {
    rule,
    name: 'NULLS NOT DISTINCT is stricter',
    sql: ['CREATE TABLE t (a int); CREATE UNIQUE INDEX u_nd ON t (a) NULLS NOT DISTINCT; ALTER TABLE t ADD CONSTRAINT u_c UNIQUE (a);'],
    expect: ['duplicates-constraint u_c < u_nd'],
  },
  {
    rule,
    name: 'not deferrable is stricter',
    sql: ['CREATE TABLE t (a int, CONSTRAINT u_def UNIQUE (a) DEFERRABLE); CREATE UNIQUE INDEX u_imm ON t (a);'],
    expect: ['duplicates-constraint u_def < u_imm'],
  },
  {
    rule,
    name: 'UNIQUE added later on the primary key column',
    sql: ['CREATE TABLE t (id int PRIMARY KEY); ALTER TABLE t ADD CONSTRAINT u UNIQUE (id);'],
    expect: ['duplicates-constraint u < t_pkey'],
  },
  { rule, name: 'PRIMARY KEY and UNIQUE on the same column in one CREATE TABLE merge', sql: ['CREATE TABLE t (id int PRIMARY KEY, CONSTRAINT u UNIQUE (id));'], expect: [] },
  {
    rule,
    name: 'UNIQUE USING INDEX turns an index into a constraint, renamed',
    sql: ['CREATE TABLE t (a int); CREATE UNIQUE INDEX tmp_u ON t (a); ALTER TABLE t ADD CONSTRAINT t_a_uq UNIQUE USING INDEX tmp_u; CREATE INDEX i ON t (a);'],
    expect: ['duplicates-constraint i < t_a_uq'],
  },
  {
    rule,
    name: 'RENAME CONSTRAINT renames its index',
    sql: ['CREATE TABLE t (a int CONSTRAINT u1 UNIQUE); ALTER TABLE t RENAME CONSTRAINT u1 TO u2; CREATE INDEX i ON t (a);'],
    expect: ['duplicates-constraint i < u2'],
  },
  {
    rule,
    name: "a partition's own constraint next to its copy of the parent's: the own one goes",
    sql: ['CREATE TABLE m (a int, k int, UNIQUE (a, k)) PARTITION BY LIST (k); CREATE TABLE m1 PARTITION OF m (UNIQUE (a, k)) FOR VALUES IN (1);'],
    expect: ['duplicates-constraint m1_a_k_key1 < m1_a_k_key'],
  },
  // Near-misses.
  { rule, name: 'PRIMARY KEY UNIQUE in one CREATE TABLE is one index', sql: ['CREATE TABLE t (id int PRIMARY KEY UNIQUE);'], expect: [] },
  { rule, name: 'UNIQUE twice in one CREATE TABLE is one index', sql: ['CREATE TABLE t (a int UNIQUE, UNIQUE (a));'], expect: [] },
  { rule, name: 'PRIMARY KEY UNIQUE in one ADD COLUMN is one index', sql: ['CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN id int PRIMARY KEY UNIQUE;'], expect: [] },
  // PostgreSQL transforms each ALTER TABLE subcommand alone: two ADD CONSTRAINTs make two indexes.
  {
    rule,
    name: 'identical constraints in two subcommands of one ALTER TABLE are two indexes',
    sql: ['CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT x UNIQUE (a), ADD CONSTRAINT y UNIQUE (a);'],
    expect: ['duplicates-constraint y < x'],
  },
  { rule, name: 'UNIQUE (a) next to a wider PRIMARY KEY (a, b) enforces something else', sql: ['CREATE TABLE t (a int, b int, PRIMARY KEY (a, b), UNIQUE (a));'], expect: [] },
  {
    rule,
    name: 'a unique index is not redundant to a wider unique index',
    sql: ['CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX u_ab ON t (a, b); CREATE UNIQUE INDEX u_a ON t (a);'],
    expect: [],
  },
  {
    rule,
    name: 'NULLS DISTINCT does not make NULLS NOT DISTINCT redundant',
    sql: ['CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT); CREATE UNIQUE INDEX u2 ON t (a);'],
    expect: ['duplicates-constraint u2 < t_a_key'],
  },
  { rule, name: 'a partial unique index does not cover a full plain one', sql: ['CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX u ON t (a) WHERE b > 0; CREATE INDEX i ON t (a);'], expect: [] },
  { rule, name: 'a plain index with another operator class', sql: ['CREATE TABLE t (c text UNIQUE); CREATE INDEX i ON t (c text_pattern_ops);'], expect: [] },
  { rule, name: 'a plain index with another collation', sql: ['CREATE TABLE t (c text UNIQUE); CREATE INDEX i ON t (c COLLATE "C");'], expect: [] },
  { rule, name: 'a plain index with INCLUDE columns the unique one lacks', sql: ['CREATE TABLE t (a int UNIQUE, b int); CREATE INDEX i ON t (a) INCLUDE (b);'], expect: [] },
  { rule, name: 'an EXCLUDE constraint index is never reported', sql: ['CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&)); CREATE INDEX i ON t USING gist (r);'], expect: [] },
  { rule, name: 'dropping the constraint removes its index', sql: ['CREATE TABLE t (a int CONSTRAINT u UNIQUE); CREATE INDEX i ON t (a); ALTER TABLE t DROP CONSTRAINT u;'], expect: [] },
  // Lint: a new constraint makes an existing plain index redundant: the finding goes on the new statement.
  {
    rule,
    name: 'lint: a new UNIQUE constraint names the existing index to drop',
    mode: 'lint',
    base: ['CREATE TABLE t (a int);\nCREATE INDEX ix_t_a ON t (a);'],
    sql: ['\nALTER TABLE t ADD CONSTRAINT t_a_uq UNIQUE (a);'],
    expect: ['duplicates-constraint ix_t_a < t_a_uq @2'],
  },
];
