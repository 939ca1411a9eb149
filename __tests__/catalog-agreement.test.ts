/**
 * The live path and the static path give the same verdicts. Each fixture is
 * applied to a real PostgreSQL, then `audit --database-url` (a snapshot of the
 * catalog, read over the tool's read-only connection) must report exactly
 * what `audit` of the files reports: the rule cases, the project's example,
 * ../shared/examples/lstm-pfd and the histories of ../shared/corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Finding } from '../src/findings.js';
import { ALL_RULE_CASES } from './cases/index.js';
import { cliFindings } from './helpers/cliFindings.js';
import { applySql, openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

let db: TestDatabase;
let caseNumber = 0;

beforeAll(async () => {
  db = await openTestDatabase('agreement');
});

afterAll(async () => {
  await db?.close();
});

/** What a finding says, with the case's schema written as public (the static replay's default). */
function verdicts(findings: Finding[], schema: string): string[] {
  return findings
    .filter((f) => f.rule !== 'syntax-error')
    .map((f) => {
      const table = (f.table ?? '').replace(new RegExp(`^${schema}\\.`), 'public.');
      if (f.rule === 'unindexed-foreign-key') return `${f.rule} ${table} ${f.foreignKey} (${f.columns?.join(', ')})`;
      return `${f.rule} ${table} ${f.index} < ${[...(f.relatedIndexes ?? [])].sort().join(', ')}`;
    })
    .sort();
}

/**
 * Applies files to a fresh schema of the test database (or, for histories
 * that name `public` themselves, to a fresh `public`) and compares both audits.
 */
async function agree(files: string[], inPublic = false): Promise<{ live: string[]; files: string[] }> {
  const schema = inPublic ? 'public' : `case_${++caseNumber}`;
  const before = new Set((await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n));
  if (inPublic) {
    await db.client.query('DROP SCHEMA public CASCADE');
    before.delete('public');
  }
  await db.client.query(`CREATE SCHEMA ${schema}`);
  try {
    await db.client.query(`SET search_path TO ${schema}, public`);
    for (const file of files) await applySql(db.client, readFileSync(file, 'utf8'));
    await db.client.query('RESET search_path');
    const schemas = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n).filter((n) => !before.has(n));
    const live = await cliFindings(['audit', '--database-url', db.url, ...schemas.flatMap((s) => ['--schema', s])]);
    const fromFiles = await cliFindings(['audit', ...files]);
    return { live: verdicts(live, schema), files: verdicts(fromFiles, schema) };
  } finally {
    await db.client.query('RESET search_path');
    const created = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n).filter((n) => !before.has(n));
    for (const s of created) await db.client.query(`DROP SCHEMA "${s}" CASCADE`);
    if (inPublic) await db.client.query('CREATE SCHEMA IF NOT EXISTS public');
  }
}

function writeCase(texts: string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-agree-'));
  return texts.map((text, i) => {
    const file = path.join(dir, `${String(i + 1).padStart(4, '0')}.sql`);
    writeFileSync(file, text);
    return file;
  });
}

describe('rule cases', () => {
  // Temporary tables live only in the session that made them: no snapshot can see them.
  const cases = ALL_RULE_CASES.filter((c) => ![...(c.base ?? []), ...c.sql].some((s) => /\btemp(orary)?\s+table\b/i.test(s)));
  test.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const { live, files } = await agree(writeCase([...(c.base ?? []), ...c.sql]));
    expect(live).toEqual(files);
  });
});

describe('examples', () => {
  test('examples/migrations', async () => {
    // A database has no comments to suppress findings with: compare the files without them.
    const dir = path.resolve('examples/migrations');
    const texts = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^.*pg-index-lint-ignore.*$/gm, ''));
    const { live, files } = await agree(writeCase(texts));
    expect(live).toEqual(files);
    expect(live.length).toBeGreaterThan(0);
  });

  const lstm = path.resolve('../shared/examples/lstm-pfd');
  (existsSync(lstm) ? test : test.skip)('../shared/examples/lstm-pfd, after each file', async () => {
    const all = ['0001_initial_schema.sql', '0002_optimize_indexes.sql', '0003_reporting_indexes.sql'].map((f) => path.join(lstm, f));
    for (let n = 1; n <= all.length; n++) {
      const { live, files } = await agree(all.slice(0, n));
      expect(live).toEqual(files);
    }
  });
});

const corpus = path.resolve('../shared/corpus');
const projects = existsSync(corpus) ? readdirSync(corpus).filter((p) => existsSync(path.join(corpus, p, 'apply-order.txt'))) : [];
(projects.length ? describe : describe.skip)('real migration histories', () => {
  test.each(projects.length ? projects : ['none'])('%s', async (project) => {
    const dir = path.join(corpus, project);
    const files = readFileSync(path.join(dir, 'apply-order.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => path.join(dir, l.trim()));
    const { live, files: fromFiles } = await agree(files, true);
    expect(live).toEqual(fromFiles);
  }, 300000);
});
