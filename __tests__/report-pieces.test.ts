/**
 * The JSON and text reports are written in pieces (a report of tens of
 * thousands of findings is never one string): joined, they are byte for byte
 * the document JSON.stringify writes of the report, and the text report's
 * lines each ended by a line break, whatever the report holds.
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { blankFinding, type Report } from '../src/findings.js';
import { formatJson, jsonPieces } from '../src/report/json.js';
import { COLOR } from '../src/report/color.js';
import { textPieces } from '../src/report/text.js';
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

test('the CLI writes a piece only once the one before is written, when standard output says it must wait', async () => {
  // Many indexes on one column: every pair is a finding, in many pieces.
  const sql = ['CREATE TABLE t (a int);', ...Array.from({ length: 120 }, (_, n) => `CREATE INDEX i${n} ON t (a);`)].join('\n');
  const run = async (waits: boolean) => {
    let out = '';
    let waiting = false;
    let drains = 0;
    const code = await runCli(['audit', '-', '--format', 'json'], {
      stdout: (t) => {
        expect(waiting).toBe(false);
        out += t;
        waiting = waits;
        return !waits;
      },
      drained: async () => {
        drains++;
        waiting = false;
      },
      stderr: () => undefined,
      stdin: async () => Buffer.from(sql),
      cwd: process.cwd(),
    });
    return { code, out, drains };
  };
  const direct = await run(false);
  const waited = await run(true);
  expect(waited.code).toBe(direct.code);
  expect(difference(waited.out, direct.out)).toBeNull();
  expect(JSON.parse(direct.out).findings.length).toBe(119);
  expect(waited.drains).toBeGreaterThan(1);
  expect(direct.drains).toBe(0);
});

test('the text report in pieces is its lines, each ended by a line break', () => {
  const findings = Array.from({ length: 3000 }, (_, n) =>
    blankFinding(n % 2 ? 'leading-prefix' : 'unindexed-foreign-key', {
      file: n % 3 ? 'm.sql' : null,
      line: n,
      table: `public.t${n}`,
      message: `index i${n}\u0007 is a prefix`,
      fix: n % 5 ? `DROP INDEX i${n};` : null,
      sizeBytes: n % 7 ? null : 8192,
      scans: n % 11 ? null : 0,
    }),
  );
  const report: Report = { findings, notes: [{ file: 'm.sql', line: 2, message: 'a note' }], summary: summary(findings.length) };
  for (const options of [{}, { style: COLOR, links: true, sourceLines: () => ['CREATE INDEX x ON t (a);'] }]) {
    const pieces = [...textPieces(report, options)];
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    const lines = pieces.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(findings.length);
    expect(lines.some((l) => l.includes('\u0007'))).toBe(false);
  }
  expect(textPieces({ findings: [], notes: [], summary: summary(0) }).next().value).toMatch(/^[^\n]+\n$/);
});
