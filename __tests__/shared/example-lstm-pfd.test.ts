/**
 * Optional: the example of ../shared/examples/lstm-pfd and its EXPECTED.md,
 * all three sections, through the CLI (exit codes included). Skipped, with a
 * warning, when ../shared is not beside the checkout; the project's own
 * example of the same kind is examples/helpdesk (example-helpdesk.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../../src/cli/main.js';
import { sharedInput } from '../helpers/shared.js';

const found = sharedInput('examples/lstm-pfd/EXPECTED.md', 'the lstm-pfd example against its EXPECTED.md (3 tests)');
const present = found !== null;
const dir = path.resolve(process.cwd(), '../shared/examples/lstm-pfd');
const FILES = ['0001_initial_schema.sql', '0002_optimize_indexes.sql', '0003_reporting_indexes.sql'];
const f = (prefix: string) =>
  path.join(
    dir,
    FILES.find((x) => x.startsWith(prefix))!,
  );

async function cli(args: string[]): Promise<{ code: number; findings: Array<Record<string, unknown>> }> {
  let out = '';
  const code = await runCli([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir });
  return { code, findings: JSON.parse(out).findings };
}

/** Table rows of a section of EXPECTED.md: cells of each `| ... |` line after the header. */
function sectionRows(section: string): string[][] {
  const text = readFileSync(path.join(dir, 'EXPECTED.md'), 'utf8');
  const start = text.indexOf(`## ${section}`);
  const end = text.indexOf('\n## ', start + 1);
  return text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.startsWith('|---'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .filter((cells) => !['table', 'line'].includes(cells[0]));
}

(present ? describe : describe.skip)('lstm-pfd example (EXPECTED.md)', () => {
  test('1. audit of 0001 reports exactly the listed redundant indexes and the unindexed foreign key', async () => {
    const { code, findings } = await cli(['audit', f('0001')]);
    expect(code).toBe(1);
    const rows = sectionRows('1.');
    const expected = rows.map(([table, index, kept]) => `${table} ${index} ${kept.split(' ')[0]}`).sort();
    const got = findings
      .filter((x) => x.index)
      .map((x) => `${String(x.table).replace('public.', '')} ${x.index} ${(x.relatedIndexes as string[])[0]}`)
      .sort();
    expect(got).toEqual(expected);
    const rules = new Set(findings.filter((x) => x.index).map((x) => `${x.index} ${x.rule}`));
    expect(rules.has('ix_users_email duplicates-constraint')).toBe(true);
    expect(rules.has('ix_api_keys_user_id leading-prefix')).toBe(true);
    const fks = findings.filter((x) => x.rule === 'unindexed-foreign-key').map((x) => `${x.table} ${(x.columns as string[]).join(',')}`);
    expect(fks).toEqual(['public.experiment_tags tag_id']);
  });

  test('2. 0002 on top of 0001: eleven unindexed foreign keys on the DROP lines, exit 0', async () => {
    const { code, findings } = await cli(['lint', f('0001'), f('0002'), '--changed', f('0002')]);
    expect(code).toBe(0);
    const expected = sectionRows('2.').map(([line, , fk]) => `${line} ${fk.replace(/ /g, '')}`);
    const got = findings.map((x) => {
      expect(x.rule).toBe('unindexed-foreign-key');
      return `${x.line} ${String(x.table).replace('public.', '')}(${(x.columns as string[]).join(',')})`;
    });
    expect(got).toEqual(expected);
  });

  test('3. 0003 on top of 0001 and 0002: the four findings of its table, exit 1', async () => {
    const { code, findings } = await cli(['lint', f('0001'), f('0002'), f('0003'), '--changed', f('0003')]);
    expect(code).toBe(1);
    const expected = sectionRows('3.').map(([line, rule, index, because]) => `${line} ${rule} ${index.split(' ')[0]} ${because.split(' ')[0]}`);
    const got = findings.map((x) => `${x.line} ${x.rule} ${x.index} ${(x.relatedIndexes as string[])[0]}`);
    expect(got).toEqual(expected);
  });
});
