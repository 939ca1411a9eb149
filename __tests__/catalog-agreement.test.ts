/**
 * The live path and the static path give the same verdicts. Each fixture is
 * applied to a real PostgreSQL, then `audit --database-url` (a snapshot of the
 * catalog, read over the tool's read-only connection) must report exactly
 * what `audit` of the files reports: the rule cases and the project's
 * examples. The same check on ../shared (optional) is in
 * shared/catalog-agreement.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ALL_RULE_CASES } from './cases/index.js';
import { agree, writeCase } from './helpers/catalogAgreement.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase('agreement');
});

afterAll(async () => {
  await db?.close();
});

describe('rule cases', () => {
  // Temporary tables live only in the session that made them: no snapshot can see them.
  const cases = ALL_RULE_CASES.filter((c) => ![...(c.base ?? []), ...c.sql].some((s) => /\btemp(orary)?\s+table\b/i.test(s)));
  test.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const { live, files } = await agree(db, writeCase([...(c.base ?? []), ...c.sql]));
    expect(live).toEqual(files);
  });
});

describe('examples', () => {
  test('examples/migrations', async () => {
    // A database has no comments to suppress findings with: compare the files without them.
    const dir = path.resolve('examples/migrations');
    const texts = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^.*pg-index-lint-ignore.*$/gm, ''));
    const { live, files } = await agree(db, writeCase(texts));
    expect(live).toEqual(files);
    expect(live.length).toBeGreaterThan(0);
  });

  test('examples/helpdesk, after each file', async () => {
    const dir = path.resolve('examples/helpdesk');
    const all = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => path.join(dir, f));
    expect(all).toHaveLength(3);
    for (let n = 1; n <= all.length; n++) {
      const { live, files } = await agree(db, all.slice(0, n));
      expect(live).toEqual(files);
      expect(live.length).toBeGreaterThan(0);
    }
  });
});
