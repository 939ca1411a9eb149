/**
 * Migration files in PostgreSQL 17 and 18 syntax, through the command line:
 * no form ends a run with an internal error (exit 2), and every finding and
 * note names its file and line. The live audit's agreement with these files
 * is checked in catalog-agreement.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { NEW_SYNTAX_FORMS } from './cases/newSyntax.js';

/** The environment names no database, whatever the test run's own does. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

function project(texts: string[]): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-syntax-'));
  const files = texts.map((text, i) => {
    const file = `${String(i + 1).padStart(4, '0')}.sql`;
    writeFileSync(path.join(dir, file), text);
    return file;
  });
  return { dir, files };
}

interface Located {
  file?: string | null;
  line?: number;
}

async function run(dir: string, args: string[]): Promise<{ code: number; err: string; findings: Array<Located & { rule: string; message: string }>; notes: Located[] }> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: ENV });
  expect(err).not.toMatch(/internal error/);
  expect(code).not.toBe(2);
  const report = JSON.parse(out);
  return { code, err, findings: report.findings, notes: report.notes };
}

function expectLocated(items: Located[], files: string[]): void {
  for (const item of items) {
    expect(files).toContain(item.file);
    expect(item.line).toBeGreaterThan(0);
  }
}

describe.each(['audit', 'lint'] as const)('%s', (command) => {
  test.each(NEW_SYNTAX_FORMS.map((f) => [f.name, f] as const))('%s', async (_name, form) => {
    const { dir, files } = project(form.sql);
    const args = command === 'lint' ? ['lint', ...files, '--changed', files[files.length - 1]] : ['audit', ...files];
    const { findings, notes } = await run(dir, args);
    expectLocated(findings, files);
    expectLocated(notes, files);
  });

  test('all the forms, one after another', async () => {
    const { dir, files } = project(NEW_SYNTAX_FORMS.flatMap((f) => f.sql.map((text) => `CREATE SCHEMA IF NOT EXISTS s;\nDROP SCHEMA s CASCADE;\nCREATE SCHEMA s;\nSET search_path TO s;\n${text}`)));
    const { findings, notes } = await run(dir, [command, ...files]);
    expectLocated(findings, files);
    expectLocated(notes, files);
  });
});

test('what PostgreSQL 18 does not parse is a syntax error at its line, and the run goes on to the next statement', async () => {
  const form = NEW_SYNTAX_FORMS.find((f) => f.name.startsWith('ALTER TABLE ... MERGE PARTITIONS'));
  const { dir, files } = project([...form!.sql, 'CREATE INDEX events_at ON events (at);\nCREATE INDEX events_at2 ON events (at);']);
  const { findings } = await run(dir, ['audit', ...files]);
  expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['syntax-error 0002.sql:1', 'syntax-error 0002.sql:2', 'duplicate-index 0003.sql:2']);
});
