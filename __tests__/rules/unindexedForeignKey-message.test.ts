/**
 * What unindexed-foreign-key says and the fix it gives: an index that serves
 * part of the key is named, and the fix of a partitioned table is a statement
 * PostgreSQL accepts there (no CONCURRENTLY), which removes the finding.
 */
import { describe, expect, test } from '@jest/globals';
import { lintSql } from '../helpers/lintSql.js';
import { openTestDatabase } from '../helpers/testDatabase.js';

const partialSchema = `
  CREATE TABLE partitions (id int, build_id int, PRIMARY KEY (id, build_id));
  CREATE TABLE builds (partition_id int, build_id int, name text,
    FOREIGN KEY (partition_id, build_id) REFERENCES partitions (id, build_id));
  CREATE INDEX builds_build_id_name_idx ON builds (build_id, name);`;

const partitionedSchema = `
  CREATE TABLE customers (id int PRIMARY KEY);
  CREATE TABLE orders (id int, customer_id int REFERENCES customers, placed date) PARTITION BY RANGE (placed);
  CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY RANGE (id);
  CREATE TABLE orders_2026_low PARTITION OF orders_2026 FOR VALUES FROM (0) TO (1000);`;

describe('unindexed-foreign-key message and fix', () => {
  test('an index that leads with some of the columns is named, with what is left to filter', async () => {
    const [finding] = (await lintSql(partialSchema)).findings;
    expect(finding.rule).toBe('unindexed-foreign-key');
    expect(finding.message).toBe(
      'foreign key builds_partition_id_build_id_fkey on builds (partition_id, build_id) has no index that leads with all its columns: ' +
        'builds_build_id_name_idx narrows each DELETE or key UPDATE on partitions to the rows of builds with the same build_id, which are then filtered on partition_id',
    );
  });

  test('with no usable index, every DELETE scans the table', async () => {
    const [finding] = (await lintSql('CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p_id int REFERENCES p, a int); CREATE INDEX ON c (a, p_id);')).findings;
    expect(finding.message).toBe('foreign key c_p_id_fkey on c (p_id) has no index: every DELETE or key UPDATE on p scans c');
    expect(finding.fix).toBe('CREATE INDEX CONCURRENTLY IF NOT EXISTS c_p_id_idx ON public.c (p_id);');
  });

  test('on a partitioned table the fix is not CONCURRENTLY, says why, and PostgreSQL accepts it', async () => {
    const report = await lintSql(partitionedSchema);
    expect(report.findings.map((f) => f.rule)).toEqual(['unindexed-foreign-key']);
    const [finding] = report.findings;
    expect(finding.fix).toBe('CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON public.orders (customer_id);');
    expect(finding.message).toContain('PostgreSQL cannot build an index CONCURRENTLY');

    const db = await openTestDatabase('fkfix');
    try {
      await db.client.query(partitionedSchema);
      await db.client.query(finding.fix!);
      const levels = await db.client.query<{ n: string }>("SELECT count(*) AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relname LIKE 'orders%'");
      expect(Number(levels.rows[0].n)).toBe(3);
    } finally {
      await db.close();
    }
    expect((await lintSql(partitionedSchema + '\n' + finding.fix)).findings).toEqual([]);
  });
});
