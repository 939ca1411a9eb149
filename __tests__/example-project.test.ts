/**
 * The project's own example (examples/migrations) shows every rule firing,
 * and the output the README shows for it is the output the CLI gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { RULES } from '../src/rules/index.js';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd: process.cwd() });
  return { code, out };
}

describe('examples/migrations', () => {
  test('every rule fires in the audit', async () => {
    const { code, out } = await cli('audit', 'examples/migrations', '--format', 'json');
    expect(code).toBe(1);
    const rules = new Set(JSON.parse(out).findings.map((f: { rule: string }) => f.rule));
    // invalid-index needs a database: statically only an unattached ON ONLY index is invalid.
    for (const rule of RULES.filter((r) => r.check && r.id !== 'invalid-index')) expect(rules).toContain(rule.id);
  });

  test('the audit output in the README is the real output', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('```text\n', readme.indexOf('The audit prints the following')) + '```text\n'.length;
    const shown = readme.slice(start, readme.indexOf('```', start));
    expect((await cli('audit', 'examples/migrations')).out).toBe(shown);
  });

  test('lint of the last file reports only on that file', async () => {
    const { code, out } = await cli('lint', 'examples/migrations', '--changed', 'examples/migrations/0003_order_history.sql', '--format', 'json');
    expect(code).toBe(1);
    const findings = JSON.parse(out).findings as Array<{ file: string; rule: string; line: number }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['examples/migrations/0003_order_history.sql']));
  });
});
