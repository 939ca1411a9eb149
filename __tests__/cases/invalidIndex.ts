import type { RuleCase } from './types.js';

const rule = 'invalid-index';
const partitioned = 'CREATE TABLE m (a int, k int) PARTITION BY LIST (k); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1);';

// Statically, only an index made ON ONLY a partitioned table can be invalid; a failed
// CREATE INDEX CONCURRENTLY is seen in a live database (live-database.test.ts).
export const invalidIndexCases: RuleCase[] = [
  {
    rule,
    name: 'ON ONLY a partitioned table, with a partition not attached',
    sql: [`${partitioned} CREATE INDEX m_a ON ONLY m (a);`],
    expect: ['invalid-index m_a'],
    texts: [{ message: 'm_a (a) on m is invalid: not every partition has an index attached to it (ALTER INDEX ... ATTACH PARTITION)', fix: 'DROP INDEX IF EXISTS public.m_a;' }],
  },
  // Near-misses.
  { rule, name: 'ON ONLY, then every partition attached', sql: [`${partitioned} CREATE INDEX m_a ON ONLY m (a); CREATE INDEX m1_a ON m1 (a); ALTER INDEX m_a ATTACH PARTITION m1_a;`], expect: [] },
  { rule, name: 'ON ONLY a partitioned table without partitions', sql: ['CREATE TABLE m (a int, k int) PARTITION BY LIST (k); CREATE INDEX m_a ON ONLY m (a);'], expect: [] },
  { rule, name: 'an index on the partitioned table itself, copied to every partition', sql: [`${partitioned} CREATE INDEX m_a ON m (a);`], expect: [] },
];
