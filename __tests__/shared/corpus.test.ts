/**
 * Optional: four real projects' migration histories (../shared/corpus).
 * `audit` over the files of apply-order.txt must report exactly what
 * PostgreSQL's own catalog says (expected.json), with no syntax error.
 * Skipped, with a warning, when the corpus is not beside the checkout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { defaultConfig } from '../../src/config.js';
import { run } from '../../src/engine.js';
import { sharedInput } from '../helpers/shared.js';

const root = sharedInput('corpus', "the real histories' verdicts against PostgreSQL's catalog (expected.json)");
const projects = root ? readdirSync(root).filter((p) => existsSync(path.join(root, p, 'apply-order.txt'))) : [];

interface Expected {
  redundantIndexes: Array<{ table: string; index: string; coveredBy: string[] }>;
  unindexedForeignKeys: Array<{ table: string; foreignKey: string; columns: string[] }>;
}

const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');

(projects.length ? describe : describe.skip)('real migration histories', () => {
  test.each(projects.length ? projects : ['none'])('%s', async (project) => {
    const dir = path.join(root!, project);
    const files = readFileSync(path.join(dir, 'apply-order.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => path.join(dir, l.trim()));
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const report = await run({ mode: 'audit', files, changed: null, config: defaultConfig(), cwd: dir });
    expect(report.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
    const redundant = report.findings
      .filter((f) => f.index !== null)
      .map((f) => `${f.table} ${f.index} <- ${[...(f.relatedIndexes ?? [])].sort().join(', ')}`)
      .sort();
    expect(redundant).toEqual(expected.redundantIndexes.map((r) => `${r.table} ${r.index} <- ${[...r.coveredBy].sort().join(', ')}`).sort());
    const fks = report.findings
      .filter((f) => f.rule === 'unindexed-foreign-key')
      .map((f) => `${f.table} ${f.foreignKey} (${f.columns?.join(', ')})`)
      .sort();
    expect(fks).toEqual(expected.unindexedForeignKeys.map((r) => `${r.table} ${r.foreignKey} (${r.columns.map(unquote).join(', ')})`).sort());
  });
});
