/**
 * Optional: the catalog agreement of catalog-agreement.test.ts on input
 * outside the repository — ../shared/examples/lstm-pfd after each file, and
 * the histories of ../shared/corpus. Skipped, with a warning, when ../shared
 * is not beside the checkout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { agree } from '../helpers/catalogAgreement.js';
import { sharedInput } from '../helpers/shared.js';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase.js';

const lstm = sharedInput('examples/lstm-pfd', 'the lstm-pfd example: live audit = static audit after each file');
const corpus = sharedInput('corpus', 'the real histories: live audit = static audit');
const projects = corpus ? readdirSync(corpus).filter((p) => existsSync(path.join(corpus, p, 'apply-order.txt'))) : [];

let db: TestDatabase;

beforeAll(async () => {
  if (lstm || projects.length) db = await openTestDatabase('agreement_shared');
});

afterAll(async () => {
  await db?.close();
});

(lstm ? test : test.skip)('../shared/examples/lstm-pfd, after each file', async () => {
  const all = ['0001_initial_schema.sql', '0002_optimize_indexes.sql', '0003_reporting_indexes.sql'].map((f) => path.join(lstm!, f));
  for (let n = 1; n <= all.length; n++) {
    const { live, files } = await agree(db, all.slice(0, n));
    expect(live).toEqual(files);
  }
});

(projects.length ? describe : describe.skip)('real migration histories', () => {
  test.each(projects.length ? projects : ['none'])(
    '%s',
    async (project) => {
      const dir = path.join(corpus!, project);
      const files = readFileSync(path.join(dir, 'apply-order.txt'), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => path.join(dir, l.trim()));
      const { live, files: fromFiles } = await agree(db, files, true);
      expect(live).toEqual(fromFiles);
    },
    300000,
  );
});
