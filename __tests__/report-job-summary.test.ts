/** The job summary reporter: Markdown for $GITHUB_STEP_SUMMARY, lint and audit layouts. */
import { describe, expect, test } from '@jest/globals';
import { blankFinding, type Finding, type Note, type Report } from '../src/findings.js';
import { formatJobSummary } from '../src/report/jobSummary.js';

function finding(over: Partial<Finding>): Finding {
  return blankFinding(over.rule ?? 'duplicate-index', over);
}

function report(findings: Finding[], notes: Note[] = [], reclaimableBytes: number | null = null): Report {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    notes,
    summary: { files: 3, statements: 20, findings: findings.length, errors, warnings: findings.length - errors, notes: notes.length, uncheckedStatements: 0, reclaimableBytes },
  };
}

const GITHUB = { serverUrl: 'https://github.com/', repository: 'acme/shop', sha: 'abc123' };

/** The cells of a table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
}

// ------------------------------------------------------------------ lint

const dup = finding({
  rule: 'duplicate-index',
  file: 'migrations/0002_add_indexes.sql',
  line: 6,
  column: 1,
  table: 'public.orders',
  index: 'orders_placed_desc_idx',
  relatedIndexes: ['orders_placed_at_idx'],
  message: 'orders_placed_desc_idx duplicates orders_placed_at_idx (placed_at) on orders: the same keys',
  fix: 'DROP INDEX public.orders_placed_desc_idx;',
});
const fk = finding({
  rule: 'unindexed-foreign-key',
  severity: 'warning',
  file: 'db/0003 order history.sql',
  line: 24,
  column: 1,
  table: 'public.reviews',
  foreignKey: 'reviews_customer_id_fkey',
  columns: ['customer_id'],
  message: 'foreign key reviews_customer_id_fkey on reviews (customer_id) has no index',
  fix: 'CREATE INDEX ON public.reviews (customer_id);',
});
const piped = finding({
  rule: 'leading-prefix',
  file: 'migrations/0004_flags.sql',
  line: 2,
  table: 'public.events',
  index: 'events_flags_idx',
  relatedIndexes: ['events_flags_kind_idx'],
  message: 'events_flags_idx (flags | 4) is a leading prefix\nof events_flags_kind_idx',
  fix: 'DROP INDEX events_flags_idx; -- (flags | 4)',
});
const syntax = finding({ rule: 'syntax-error', file: 'migrations/0005_bad.sql', line: 3, column: 1, message: 'syntax error at or near "CREAT"' });

describe('lint mode', () => {
  test('heading, result line and one row a finding, linked to the commit', () => {
    expect(formatJobSummary(report([dup, fk, piped, syntax]), { mode: 'lint', ...GITHUB })).toBe(
      [
        '## pg-index-lint',
        '',
        '3 errors, 1 warning',
        '',
        '| Rule | Location | Index | Why | Fix |',
        '| --- | --- | --- | --- | --- |',
        '| duplicate-index (error) | [migrations/0002_add_indexes.sql:6](https://github.com/acme/shop/blob/abc123/migrations/0002_add_indexes.sql#L6) | `orders_placed_desc_idx` | orders_placed_desc_idx duplicates orders_placed_at_idx (placed_at) on orders: the same keys | `DROP INDEX public.orders_placed_desc_idx;` |',
        '| unindexed-foreign-key (warning) | [db/0003 order history.sql:24](https://github.com/acme/shop/blob/abc123/db/0003%20order%20history.sql#L24) | `reviews_customer_id_fkey` | foreign key reviews_customer_id_fkey on reviews (customer_id) has no index | `CREATE INDEX ON public.reviews (customer_id);` |',
        '| leading-prefix (error) | [migrations/0004_flags.sql:2](https://github.com/acme/shop/blob/abc123/migrations/0004_flags.sql#L2) | `events_flags_idx` | events_flags_idx (flags \\| 4) is a leading prefix of events_flags_kind_idx | `DROP INDEX events_flags_idx; -- (flags \\| 4)` |',
        '| syntax-error (error) | [migrations/0005_bad.sql:3](https://github.com/acme/shop/blob/abc123/migrations/0005_bad.sql#L3) | — | syntax error at or near "CREAT" | — |',
        '',
      ].join('\n'),
    );
  });

  test('without the repository, sha or server the location is plain text', () => {
    for (const context of [{}, { serverUrl: 'https://github.com', repository: 'acme/shop' }, { repository: 'acme/shop', sha: 'abc123' }]) {
      const md = formatJobSummary(report([dup]), { mode: 'lint', ...context });
      expect(md).not.toContain('](');
      expect(cells(tableRows(md)[1])[1]).toBe('migrations/0002_add_indexes.sql:6');
    }
  });

  test('every cell escapes | and newlines, so every row has five cells', () => {
    const md = formatJobSummary(report([dup, fk, piped, syntax]), { mode: 'lint', ...GITHUB });
    const rows = tableRows(md);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(cells(r)).toHaveLength(5);
    expect(md).not.toContain('prefix\nof');
    expect(cells(rows[3])[3]).toBe('events_flags_idx (flags \\| 4) is a leading prefix of events_flags_kind_idx');
  });

  test('Markdown in a message is shown, not rendered; underscores inside names stay as they are', () => {
    const odd = finding({
      file: 'a|b.sql',
      line: 1,
      index: 'x_idx',
      message: 'WHERE a <> 0 AND b * 2 > c [see] _private_ `tick` \\ & ~',
      fix: 'DROP INDEX "a`b";',
    });
    const row = tableRows(formatJobSummary(report([odd]), { mode: 'lint' }))[1];
    expect(cells(row)).toEqual(['duplicate-index (error)', 'a\\|b.sql:1', '`x_idx`', 'WHERE a \\<\\> 0 AND b \\* 2 \\> c \\[see\\] \\_private\\_ \\`tick\\` \\\\ \\& \\~', '``DROP INDEX "a`b";``']);
  });

  test('25 findings give 25 rows, in the report order', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      finding({
        rule: i % 2 ? 'unindexed-foreign-key' : 'duplicate-index',
        severity: i % 2 ? 'warning' : 'error',
        file: `m/${String(i).padStart(2, '0')}.sql`,
        line: i + 1,
        index: i % 2 ? null : `idx_${i}`,
        foreignKey: i % 2 ? `fk_${i}` : null,
        message: `finding ${i}`,
        fix: `fix ${i};`,
      }),
    );
    const md = formatJobSummary(report(many), { mode: 'lint', ...GITHUB });
    expect(md).toContain('\n13 errors, 12 warnings\n');
    const rows = tableRows(md).slice(1);
    expect(rows).toHaveLength(25);
    expect(rows.map((r) => cells(r)[2])).toEqual(many.map((f, i) => `\`${i % 2 ? `fk_${i}` : `idx_${i}`}\``));
    expect(rows[24]).toContain('(https://github.com/acme/shop/blob/abc123/m/24.sql#L25)');
  });

  test('no findings: the result line and no table', () => {
    expect(formatJobSummary(report([]), { mode: 'lint', ...GITHUB })).toBe('## pg-index-lint\n\nNo problems found\n');
    expect(formatJobSummary(report([dup]), { mode: 'lint' })).toContain('\n1 error, 0 warnings\n');
  });
});

// ----------------------------------------------------------------- audit

const bigPrefix = finding({
  rule: 'leading-prefix',
  table: 'public.events',
  index: 'events_created_idx',
  relatedIndexes: ['events_created_kind_idx'],
  sizeBytes: 5 * 1024 * 1024,
  scans: 0,
  message: 'events_created_idx is a leading prefix of events_created_kind_idx',
  fix: 'DROP INDEX CONCURRENTLY public.events_created_idx;',
});
const unsizedDup = finding({
  rule: 'duplicate-index',
  file: 'migrations/0002.sql',
  line: 9,
  table: 'public.orders',
  index: 'orders_a_idx',
  relatedIndexes: ['orders_b_idx', 'orders_c_idx'],
  message: 'orders_a_idx duplicates orders_b_idx',
  fix: 'DROP INDEX public.orders_a_idx;',
});
const invalid = finding({
  rule: 'invalid-index',
  table: 'public.orders',
  index: 'orders_tmp_idx',
  sizeBytes: 8192,
  scans: 3,
  message: 'orders_tmp_idx on orders is invalid',
  fix: 'DROP INDEX CONCURRENTLY public.orders_tmp_idx;',
});
const constraintDup = finding({
  rule: 'duplicates-constraint',
  table: 'public.users',
  index: 'users_email_idx',
  relatedIndexes: ['users_email_key'],
  constraint: null,
  sizeBytes: 2048,
  scans: 12,
  message: 'users_email_idx duplicates users_email_key',
  fix: 'DROP INDEX CONCURRENTLY public.users_email_idx;',
});
const liveFk = finding({
  rule: 'unindexed-foreign-key',
  severity: 'warning',
  table: 'public.events',
  foreignKey: 'events_user_id_fkey',
  columns: ['user_id'],
  message: 'foreign key events_user_id_fkey has no index | really',
  fix: 'CREATE INDEX ON public.events (user_id);',
});
const compositeFk = finding({
  rule: 'unindexed-foreign-key',
  severity: 'warning',
  table: 'public.members',
  foreignKey: 'members_team_fkey',
  columns: ['org_id', 'team_id'],
  message: 'foreign key members_team_fkey has no index',
  fix: 'CREATE INDEX ON public.members (org_id, team_id);',
});
const notes: Note[] = [
  { file: 'migrations/0001.sql', line: 4, message: 'skipped a DO block' },
  { file: 'snapshot.json', line: 0, message: 'this is a pg_indexes export: it has no foreign keys' },
];
const auditFindings = [unsizedDup, bigPrefix, liveFk, invalid, syntax, constraintDup, compositeFk];

describe('audit mode', () => {
  test('indexes by size, reclaimable total, foreign keys, other findings, then notes', () => {
    expect(formatJobSummary(report(auditFindings, notes, 5 * 1024 * 1024 + 8192 + 2048), { mode: 'audit', ...GITHUB })).toBe(
      [
        '## pg-index-lint',
        '',
        '5 errors, 2 warnings',
        '',
        '### Redundant and invalid indexes',
        '',
        '| Table | Index | Size | Scans | Made redundant by | Fix |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `public.events` | `events_created_idx` | 5.0 MB | 0 | `events_created_kind_idx` | `DROP INDEX CONCURRENTLY public.events_created_idx;` |',
        '| `public.orders` | `orders_tmp_idx` | 8.0 kB | 3 | (invalid) | `DROP INDEX CONCURRENTLY public.orders_tmp_idx;` |',
        '| `public.users` | `users_email_idx` | 2.0 kB | 12 | `users_email_key` | `DROP INDEX CONCURRENTLY public.users_email_idx;` |',
        '| `public.orders` | `orders_a_idx` | — | — | `orders_b_idx`, `orders_c_idx` | `DROP INDEX public.orders_a_idx;` |',
        '',
        'Total reclaimable: 5.0 MB',
        '',
        '### Unindexed foreign keys',
        '',
        '| Table | Foreign key | Columns | Index to create |',
        '| --- | --- | --- | --- |',
        '| `public.events` | `events_user_id_fkey` | `user_id` | `CREATE INDEX ON public.events (user_id);` |',
        '| `public.members` | `members_team_fkey` | `org_id`, `team_id` | `CREATE INDEX ON public.members (org_id, team_id);` |',
        '',
        '### Other findings',
        '',
        '- syntax-error (error) [migrations/0005_bad.sql:3](https://github.com/acme/shop/blob/abc123/migrations/0005_bad.sql#L3): syntax error at or near "CREAT"',
        '',
        '<details><summary>2 notes</summary>',
        '',
        '- migrations/0001.sql:4: skipped a DO block',
        '- snapshot.json: this is a pg_indexes export: it has no foreign keys',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  test('sizes sort descending with unknown sizes last, ties keep the report order', () => {
    const sized = (index: string, sizeBytes: number | null) => finding({ rule: 'duplicate-index', table: 't', index, sizeBytes, message: index });
    const md = formatJobSummary(report([sized('n1', null), sized('s10', 10), sized('s2000', 2000), sized('n2', null), sized('s10b', 10), sized('s0', 0)]), { mode: 'audit' });
    expect(
      tableRows(md)
        .slice(1, 7)
        .map((r) => cells(r)[1]),
    ).toEqual(['`s2000`', '`s10`', '`s10b`', '`s0`', '`n1`', '`n2`']);
    expect(
      tableRows(md)
        .slice(1, 7)
        .map((r) => cells(r)[2]),
    ).toEqual(['2.0 kB', '10 bytes', '10 bytes', '0 bytes', '—', '—']);
  });

  test('no reclaimable line when sizes are unknown; empty sections say so', () => {
    const md = formatJobSummary(report([unsizedDup]), { mode: 'audit' });
    expect(md).not.toContain('Total reclaimable');
    expect(md).toContain('### Unindexed foreign keys\n\nNone.\n');
    expect(md).not.toContain('### Other findings');
    expect(formatJobSummary(report([], [], 0), { mode: 'audit' })).toBe(
      '## pg-index-lint\n\nNo problems found\n\n### Redundant and invalid indexes\n\nNone.\n\nTotal reclaimable: 0 bytes\n\n### Unindexed foreign keys\n\nNone.\n',
    );
  });

  test('every finding appears once: index rows + foreign key rows + other items', () => {
    const md = formatJobSummary(report(auditFindings, notes, null), { mode: 'audit', ...GITHUB });
    const rows = tableRows(md).filter((r) => !r.startsWith('| Table '));
    const items = md.split('\n').filter((l) => l.startsWith('- ') && !l.includes('snapshot.json') && !l.includes('0001.sql'));
    expect(rows.length + items.length).toBe(auditFindings.length);
    for (const r of tableRows(md)) expect(cells(r).length === 6 || cells(r).length === 4).toBe(true);
    expect(md).toContain('| `public.events` | `events_user_id_fkey` | `user_id` |');
  });

  test('one note reads "1 note"; no notes, no details block', () => {
    expect(formatJobSummary(report([], [notes[0]]), { mode: 'lint' })).toContain('<details><summary>1 note</summary>\n\n- migrations/0001.sql:4: skipped a DO block\n\n</details>\n');
    expect(formatJobSummary(report([dup]), { mode: 'audit' })).not.toContain('<details>');
  });

  test('the same report gives the same summary', () => {
    const a = formatJobSummary(report(auditFindings, notes, 10), { mode: 'audit', ...GITHUB });
    expect(formatJobSummary(report([...auditFindings], [...notes], 10), { mode: 'audit', ...GITHUB })).toBe(a);
  });
});
