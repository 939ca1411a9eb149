/**
 * The JSON report against its published JSON Schema (docs/report.schema.json):
 * every output these tests can make without a database — the examples in
 * audit and lint, every rule case, syntax errors, suppressions, notes. The
 * outputs over a database are checked in live-database.test.ts, the rule
 * pages' in rule-docs.test.ts, the Action's report file in action.test.ts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { formatJson } from '../src/report/json.js';
import { ALL_RULE_CASES } from './cases/index.js';
import { lintSql } from './helpers/lintSql.js';
import { reportProblems } from './helpers/reportSchema.js';

async function cliJson(...args: string[]): Promise<string> {
  let out = '';
  await runCli([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: process.cwd() });
  return out;
}

describe('the examples', () => {
  const helpdesk = readdirSync('examples/helpdesk')
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join('examples/helpdesk', f));
  test.each([
    ['audit examples/migrations', ['audit', 'examples/migrations']],
    ['lint examples/migrations --changed 0003', ['lint', 'examples/migrations', '--changed', 'examples/migrations/0003_order_history.sql']],
    ['audit examples/helpdesk', ['audit', 'examples/helpdesk']],
    ...helpdesk.map((f, i) => [`lint examples/helpdesk up to ${path.basename(f)}`, ['lint', ...helpdesk.slice(0, i + 1), '--changed', f]] as [string, string[]]),
  ])('%s', async (_name, args) => {
    const out = await cliJson(...args);
    expect(reportProblems(out)).toEqual([]);
    expect(JSON.parse(out).findings.length).toBeGreaterThan(0);
  });
});

test.each(ALL_RULE_CASES.map((c) => [`${c.rule}: ${c.name}`, c] as const))('rule case %s', async (_name, c) => {
  const report = await lintSql({ base: c.base, changed: c.sql }, c.mode ?? 'audit');
  expect(reportProblems(formatJson(report))).toEqual([]);
});

test('syntax errors, unused suppressions and notes', async () => {
  const report = await lintSql(
    [
      "\\set ON_ERROR_STOP on\nCREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a ON ${schema}.t (a);\n-- pg-index-lint-ignore leading-prefix: gone\nCREATE INDEX t_a2 ON t (a);\nDO $$ BEGIN EXECUTE 'CREATE INDEX x ON t (a)'; END $$;\n",
    ].join(''),
  );
  const text = formatJson(report);
  expect(reportProblems(text)).toEqual([]);
  const rules = JSON.parse(text).findings.map((f: { rule: string }) => f.rule);
  expect(rules).toEqual(expect.arrayContaining(['syntax-error', 'unused-suppression']));
  expect(JSON.parse(text).notes.length).toBeGreaterThan(0);
});

test('the schema can fail: a missing field, an unknown rule, a wrong count, a position without a file', async () => {
  const good = JSON.parse(await cliJson('audit', 'examples/migrations'));
  const variants: Array<(r: typeof good) => void> = [
    (r) => delete r.findings[0].fix,
    (r) => (r.findings[0].rule = 'made-up-rule'),
    (r) => (r.summary.errors += 1),
    (r) => (r.findings[0].file = null),
    (r) => (r.findings[0].extra = 1),
    (r) => (r.notes = [{ file: 'x.sql', line: -1, message: 'm' }]),
  ];
  for (const change of variants) {
    const report = structuredClone(good);
    change(report);
    expect(reportProblems(JSON.stringify(report)).length).toBeGreaterThan(0);
  }
});
