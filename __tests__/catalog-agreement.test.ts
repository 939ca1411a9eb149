/**
 * The live path and the static path give the same verdicts. Each fixture is
 * applied to a real PostgreSQL, then `audit --database-url` (a snapshot of the
 * catalog, read over the tool's read-only connection) must report exactly
 * what `audit` of the files reports: the rule cases, the project's examples
 * and PostgreSQL 17/18 syntax, on DATABASE_URL's server and on an embedded
 * server of each other major. The same check on ../shared (optional) is in
 * shared/catalog-agreement.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ALL_RULE_CASES } from './cases/index.js';
import { NEW_SYNTAX_FORMS } from './cases/newSyntax.js';
import { agree, writeCase } from './helpers/catalogAgreement.js';
import { describeOnEachServer } from './helpers/testDatabase.js';

describeOnEachServer('agreement', (server, db) => {
  describe('rule cases', () => {
    // Temporary tables live only in the session that made them: no snapshot can see them.
    const cases = ALL_RULE_CASES.filter((c) => ![...(c.base ?? []), ...c.sql].some((s) => /\btemp(orary)?\s+table\b/i.test(s)) && (c.minMajor ?? 0) <= server.major);
    test.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, c) => {
      const { live, files } = await agree(db, writeCase([...(c.base ?? []), ...c.sql]));
      expect(live).toEqual(files);
    });
  });

  describe('examples', () => {
    test('examples/migrations', async () => {
      // A database has no comments to suppress findings with: compare the files without them.
      const dir = path.resolve('examples/migrations');
      const texts = readdirSync(dir)
        .sort()
        .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^.*pg-index-lint-ignore.*$/gm, ''));
      const { live, files } = await agree(db, writeCase(texts));
      expect(live).toEqual(files);
      expect(live.length).toBeGreaterThan(0);
    });

    test('examples/helpdesk, after each file', async () => {
      const dir = path.resolve('examples/helpdesk');
      const all = readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .map((f) => path.join(dir, f));
      expect(all).toHaveLength(3);
      for (let n = 1; n <= all.length; n++) {
        const { live, files } = await agree(db, all.slice(0, n));
        expect(live).toEqual(files);
        expect(live.length).toBeGreaterThan(0);
      }
    });
  });

  describe('PostgreSQL 17 and 18 syntax', () => {
    const forms = NEW_SYNTAX_FORMS.filter((f) => f.live !== false && f.minMajor <= server.major);
    const agreeing = forms.filter((f) => !f.knownDisagreement);
    const disagreeing = forms.filter((f) => f.knownDisagreement);
    (agreeing.length ? test.each : test.skip.each)(agreeing.map((f) => [f.name, f] as const))('%s', async (_name, form) => {
      const { live, files } = await agree(db, writeCase(form.sql));
      expect(live).toEqual(files);
    });
    // Known differences, each with its reason: such a test fails once the two audits agree.
    (disagreeing.length ? test.failing.each : test.skip.each)(disagreeing.map((f) => [`${f.name} (known: ${f.knownDisagreement})`, f] as const))('%s', async (_name, form) => {
      const { live, files } = await agree(db, writeCase(form.sql));
      expect(live).toEqual(files);
    });
  });
});
