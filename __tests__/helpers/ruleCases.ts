/** Runs rule cases: SQL in, the rule's findings out, compared with the case's list. */
import { expect, test } from '@jest/globals';
import type { RuleCase } from '../cases/types.js';
import { lintSql } from './lintSql.js';

export function runRuleCases(cases: RuleCase[]): void {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const mode = c.mode ?? 'audit';
    const report = await lintSql({ base: c.base, changed: c.sql }, mode);
    expect(report.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
    const withLines = c.expect.some((e) => e.includes(' @'));
    const got = report.findings
      .filter((f) => f.rule === c.rule)
      .map((f) => {
        const related = f.relatedIndexes?.length ? ` < ${f.relatedIndexes.join(', ')}` : '';
        const what = f.foreignKey !== null ? `${f.foreignKey} (${f.columns?.join(', ')})` : `${f.index}${related}`;
        return `${f.rule} ${what}${withLines ? ` @${f.line}` : ''}`;
      });
    expect(got).toEqual(c.expect);
    if (c.texts) expect(report.findings.filter((f) => f.rule === c.rule).map((f) => ({ message: f.message, fix: f.fix }))).toEqual(c.texts);
  });
}
