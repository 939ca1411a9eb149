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
        const what = f.rule === 'unindexed-foreign-key' ? `${f.foreignKey} (${f.columns?.join(', ')})` : `${f.index} < ${f.relatedIndexes?.join(', ')}`;
        return `${f.rule} ${what}${withLines ? ` @${f.line}` : ''}`;
      });
    expect(got).toEqual(c.expect);
  });
}
