/**
 * The rule pages (docs/rules/<id>.md) are run, not just read. Every finding
 * kind the tool can emit has a page; every ```sql fires block, linted alone as
 * example.sql, reports the page's rule (and, when a ```text block follows, the
 * text output is that block, summary line aside); every ```sql quiet block
 * reports nothing at all. A ```sql database block is applied to a real
 * PostgreSQL first, and the page's examples are then linted against it as a
 * change (`lint --database-url --changed`). SARIF and --links point at the pages.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { formatSarif } from '../src/report/sarif.js';
import { RULES } from '../src/rules/index.js';
import { RULE_DOCS_BASE } from '../src/report/ruleDocs.js';
import { reportProblems } from './helpers/reportSchema.js';
import { applySql, openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

const DOCS = path.resolve('docs/rules');
const KINDS: string[] = RULES.map((r) => r.id);

interface Example {
  verdict: 'fires' | 'quiet';
  sql: string;
  /** The ```text block right after a firing example, if there is one. */
  output: string | null;
}

interface Page {
  rule: string;
  database: string | null;
  examples: Example[];
}

function readPage(rule: string): Page {
  const text = readFileSync(path.join(DOCS, `${rule}.md`), 'utf8');
  const blocks = [...text.matchAll(/^```(\w+)(?: (\w+))?\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], mark: m[2] ?? '', body: m[3] }));
  const page: Page = { rule, database: null, examples: [] };
  blocks.forEach((b, i) => {
    if (b.lang !== 'sql') return;
    if (b.mark === 'database') page.database = b.body;
    else if (b.mark === 'fires' || b.mark === 'quiet') {
      const next = blocks[i + 1];
      page.examples.push({ verdict: b.mark, sql: b.body, output: b.mark === 'fires' && next?.lang === 'text' ? next.body : null });
    } else if (b.mark !== '') throw new Error(`docs/rules/${rule}.md: unknown mark "${b.mark}" on a sql block (fires, quiet or database)`);
  });
  return page;
}

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase('ruledocs');
});

afterAll(async () => {
  await db?.close();
});

async function lintExample(page: Page, example: Example, extra: string[] = []): Promise<{ code: number; out: string; err: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-ruledoc-'));
  writeFileSync(path.join(dir, 'example.sql'), example.sql);
  let args = ['audit', 'example.sql'];
  if (page.database !== null) {
    await db.client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await db.client.query('CREATE SCHEMA public');
    await applySql(db.client, page.database);
    args = ['lint', '--database-url', db.url, '--changed', 'example.sql'];
  }
  let out = '';
  let err = '';
  const code = await runCli([...args, ...extra], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: { ...process.env, DATABASE_URL: '' } });
  return { code, out, err };
}

test('every finding kind the tool emits has a page, and every page is a finding kind', () => {
  // README.md is the index of the pages, made from the registry.
  const pages = readdirSync(DOCS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.slice(0, -3))
    .sort();
  expect(pages).toEqual([...KINDS].sort());
});

describe.each(KINDS)('docs/rules/%s.md', (rule) => {
  const page = readPage(rule);

  test('has the sections a rule page promises, an example that fires and one that stays quiet', () => {
    const text = readFileSync(path.join(DOCS, `${rule}.md`), 'utf8');
    expect(text.startsWith(`# ${rule}\n`)).toBe(true);
    for (const section of ['## What it reports', '## Why it matters', '## Example', '## Near-misses that stay quiet', '## Fix', '## Suppress']) {
      expect(text).toContain(`\n${section}\n`);
    }
    expect(page.examples.filter((e) => e.verdict === 'fires').length).toBeGreaterThan(0);
    expect(page.examples.filter((e) => e.verdict === 'quiet').length).toBeGreaterThan(0);
  });

  test.each(page.examples.map((e, i) => [i + 1, e.verdict, e] as const))('example %i %s', async (_n, verdict, example) => {
    const { out, err } = await lintExample(page, example, ['--format', 'json']);
    expect(err).toBe('');
    expect(reportProblems(out)).toEqual([]);
    const findings = JSON.parse(out).findings as Array<{ rule: string }>;
    if (verdict === 'quiet') expect(findings).toEqual([]);
    else expect(findings.map((f) => f.rule)).toContain(rule);
    if (example.output !== null) {
      const text = await lintExample(page, example);
      const lines = text.out.split('\n');
      // The last line is the summary ("1 error, 0 warnings (1 file, 3 statements)."): the page leaves it out.
      expect(lines.slice(0, -2).join('\n') + '\n').toBe(example.output);
    }
  });
});

test('SARIF rules carry helpUri to their page, and --links prints it under each finding', async () => {
  const sarif = JSON.parse(
    formatSarif(
      { findings: [], notes: [], summary: { files: 0, statements: 0, findings: 0, errors: 0, warnings: 0, notes: 0, reclaimableBytes: null, uncheckedStatements: 0 } },
      { toolVersion: '1.0.0' },
    ),
  );
  const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
  expect(rules.map((r) => r.id)).toEqual(KINDS);
  for (const r of rules) {
    expect(r.helpUri).toBe(`${RULE_DOCS_BASE}${r.id}.md`);
    expect(existsSync(path.join(DOCS, `${r.id}.md`))).toBe(true);
  }
  expect(RULE_DOCS_BASE).toBe('https://github.com/pg-index-lint/pg-index-lint/blob/v1/docs/rules/');

  const page = readPage('leading-prefix');
  const { out } = await lintExample({ ...page, database: null }, page.examples[0], ['--links']);
  expect(out.split('\n').slice(0, 3)).toEqual([
    expect.stringMatching(/^example\.sql:2:1: error \[leading-prefix\] /),
    '    fix: DROP INDEX CONCURRENTLY IF EXISTS public.events_account_idx;',
    '    see: https://github.com/pg-index-lint/pg-index-lint/blob/v1/docs/rules/leading-prefix.md',
  ]);
});
