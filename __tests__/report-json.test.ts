/**
 * The JSON report is written in pieces (a report of tens of thousands of
 * findings is never one string): joined, they are byte for byte the document
 * JSON.stringify writes of the report, whatever the report holds.
 */
import { describe, expect, test } from '@jest/globals';
import { blankFinding, type Report } from '../src/findings.js';
import { formatJson, jsonPieces } from '../src/report/json.js';
import { ALL_RULE_CASES } from './cases/index.js';
import { lintSql } from './helpers/lintSql.js';

/** What the report was before it came in pieces: one JSON.stringify of the document. */
const whole = (report: Report) => JSON.stringify({ findings: report.findings, notes: report.notes, summary: report.summary }, null, 2) + '\n';

/** Null when the two texts are equal, else where they first differ (a diff of megabytes of text would take jest minutes). */
function difference(a: string, b: string): string | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `at ${at}: ${JSON.stringify(a.slice(Math.max(0, at - 40), at + 40))} versus ${JSON.stringify(b.slice(Math.max(0, at - 40), at + 40))}`;
}

const summary = (findings: number): Report['summary'] => ({ files: 1, statements: 2, findings, errors: findings, warnings: 0, notes: 0, uncheckedStatements: 0, reclaimableBytes: null });

describe('pieces joined are the whole document', () => {
  test('no findings and no notes', () => {
    const report: Report = { findings: [], notes: [], summary: summary(0) };
    expect(difference(formatJson(report), whole(report))).toBeNull();
  });

  test('findings with every kind of value, and texts JSON must escape', () => {
    const findings = [
      blankFinding('duplicate-index', {
        file: 'a.sql',
        line: 3,
        column: 1,
        table: 'public.t',
        index: 'i',
        relatedIndexes: ['j', 'k'],
        columns: [],
        message: 'a "quoted"\nline\\ and \u2028 and \u0000',
        fix: 'DROP INDEX "i";',
      }),
      blankFinding('unindexed-foreign-key', { severity: 'warning', relatedIndexes: [], sizeBytes: 8192, scans: 0, message: 'ünïcödé 🐘' }),
    ];
    const report: Report = { findings, notes: [{ file: 'b.sql', line: 0, message: 'a note\twith a tab' }], summary: summary(2) };
    expect(difference(formatJson(report), whole(report))).toBeNull();
  });

  test('a large report comes in many pieces, each of bounded length', () => {
    const findings = Array.from({ length: 5000 }, (_, n) =>
      blankFinding('leading-prefix', { table: `public.t${n}`, index: `i${n}`, relatedIndexes: [`j${n}`], message: `index i${n} is a prefix of j${n}` }),
    );
    const report: Report = { findings, notes: [], summary: summary(findings.length) };
    const pieces = [...jsonPieces(report)];
    expect(difference(pieces.join(''), whole(report))).toBeNull();
    expect(pieces.length).toBeGreaterThan(10);
    // A piece ends once it passes 64 kB, so it is at most that and one finding more.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(64 * 1024 + 2048);
  });

  test.each(ALL_RULE_CASES.slice(0, 40).map((c) => [`${c.rule}: ${c.name}`, c] as const))('rule case %s', async (_name, c) => {
    const report = await lintSql({ base: c.base, changed: c.sql }, c.mode ?? 'audit');
    expect(difference(formatJson(report), whole(report))).toBeNull();
  });
});
