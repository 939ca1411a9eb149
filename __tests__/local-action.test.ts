/**
 * The Action run from its sources with GitHub's @github/local-action, as
 * docs/action.md says: `npx @github/local-action run . src/main.ts .env`.
 * The tool replaces @actions/core with its own and calls run() of src/main.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';

test('local-action runs src/main.ts on the example project', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-local-action-'));
  const envFile = path.join(dir, '.env');
  writeFileSync(envFile, ['INPUT_MIGRATIONS=examples/migrations/*.sql', 'INPUT_MODE=audit', 'INPUT_FAIL-ON=never', 'GITHUB_EVENT_NAME=workflow_dispatch', `RUNNER_TEMP=${dir}`, ''].join('\n'));
  const bin = path.resolve('node_modules/.bin/local-action');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'NODE_OPTIONS'));
  const r = await new Promise<{ status: number | null; out: string }>((resolve) => {
    const child = spawn(bin, ['run', '.', 'src/main.ts', envFile], { cwd: process.cwd(), env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out }));
  });
  expect(r.status).toBe(0);
  expect(r.out).toContain('::error title=duplicates-constraint,file=examples/migrations/0002_add_indexes.sql,line=6,');
  expect(r.out).toContain('::set-output name=findings::6');
  expect(r.out).toContain(`::set-output name=report::${path.join(dir, 'pg-index-lint-report.json')}`);
  expect(r.out).toContain('::warning::no job summary written: GITHUB_STEP_SUMMARY is not set');
  expect(r.out).not.toContain('::error::');
}, 120_000);
