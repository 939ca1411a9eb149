/** The committed bundle runs as users run it: `node dist/cli.js`, with the parser's WebAssembly beside it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';

const cli = path.resolve('dist/cli.js');

test("the bundled CLI audits a migration and exits with the finding's code", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-dist-'));
  writeFileSync(path.join(dir, '1.sql'), 'CREATE TABLE t (a int, b int);\nCREATE INDEX t_a ON t (a);\nCREATE INDEX t_ab ON t (a, b);\n');
  const r = spawnSync(process.execPath, [cli, 'audit', '1.sql'], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('1.sql:2:1: error [leading-prefix] t_a (a) is a leading prefix of t_ab (a, b) on t');
  expect(r.status).toBe(1);
});

test('the bundled CLI prints its version', () => {
  const r = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test('the bundled CLI holds the rule pages: explain prints docs/rules/<id>.md from anywhere', () => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'pgil-dist-'));
  const r = spawnSync(process.execPath, [cli, 'explain', 'unknown-table'], { cwd: elsewhere, encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(readFileSync('docs/rules/unknown-table.md', 'utf8'));
});
