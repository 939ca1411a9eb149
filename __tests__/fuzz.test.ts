/**
 * The fuzzer's short run (npm run fuzz is the long one): seeded inputs through
 * the CLI in process, a few through the bundled dist/cli.js, and the parts of
 * the fuzzer itself — that the oracle does catch a broken run, that the
 * inputs are reproducible, that shrinking shrinks.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { generateInput, MUTATOR_NAMES } from '../fuzz/mutate.js';
import { checkOutcome, exerciseBundledCli, exerciseInProcess, INPUT_FILE, lineLengths } from '../fuzz/oracle.js';
import { loadSeeds } from '../fuzz/seeds.js';
import { shrink } from '../fuzz/shrink.js';

const SEED = 1;
const INPUTS = 200;
/** Generous: a run takes milliseconds; this only tells a hang from a slow machine. */
const HANG_MS = 10_000;

// In-repository seeds only: the same inputs in every checkout, with or without ../shared.
const seeds = loadSeeds(process.cwd(), { corpus: false });
const dir = mkdtempSync(path.join(tmpdir(), 'pgil-fuzz-'));
// Multi-megabyte inputs are for the long run: they take seconds each.
const inputs = Array.from({ length: INPUTS }, (_, i) => generateInput(seeds, SEED, i, { hugeEvery: 0 }));

describe('short run', () => {
  test(`${INPUTS} inputs of seed ${SEED} in process: exit 0, 1 or 2, no stack trace, every position inside the file`, async () => {
    const failures: string[] = [];
    for (const [index, input] of inputs.entries()) {
      const started = Date.now();
      const failure = await exerciseInProcess(input.bytes, dir);
      const ms = Date.now() - started;
      if (failure) failures.push(`input ${index} (${input.recipe}): ${failure.kind} in ${failure.command}: ${failure.detail}`);
      else if (ms > HANG_MS) failures.push(`input ${index} (${input.recipe}): took ${ms} ms`);
    }
    expect(failures).toEqual([]);
  });

  const cli = path.resolve('dist/cli.js');
  (existsSync(cli) ? test : test.skip).each([0, 1, 2])('input %i through the bundled CLI as a whole process', (index) => {
    expect(exerciseBundledCli(inputs[index].bytes, dir, cli, HANG_MS)).toBeNull();
  });

  test('the inputs use every mutator', () => {
    const used = new Set(inputs.flatMap((i) => i.recipe.slice(i.recipe.lastIndexOf(': ') + 2).split(', ')));
    expect(MUTATOR_NAMES.filter((m) => !used.has(m))).toEqual([]);
  });

  test('an input depends only on the seed and its index', () => {
    const [a, b] = [generateInput(seeds, SEED, 7, { hugeEvery: 1 }), generateInput(seeds, SEED, 7, { hugeEvery: 1 })];
    expect(a.recipe).toBe(b.recipe);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(generateInput(seeds, SEED + 1, 7, { hugeEvery: 0 }).bytes.equals(inputs[7].bytes)).toBe(false);
  });
});

describe('the oracle', () => {
  // A BOM, CRLF, an invalid byte (0xFF), a lone CR, and é in two bytes.
  const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('CREATE TABLE t (a int);\r\nCREATE INDEX ON t (a'), Buffer.from([0xff]), Buffer.from(");\rSELECT 'é';")]);
  const report = (finding: Record<string, unknown>, summary: Record<string, number> = { findings: 1, errors: 1, warnings: 0, notes: 0 }) =>
    JSON.stringify({ findings: [{ rule: 'syntax-error', severity: 'error', file: INPUT_FILE, line: 1, column: 1, endLine: 1, endColumn: 1, ...finding }], notes: [], summary });
  const run = { argv: ['lint', '--format', 'json', INPUT_FILE], files: new Map([[INPUT_FILE, input]]) };
  const check = (stdout: string, code = 1, stderr = '') => checkOutcome(run, { code, stdout, stderr })?.kind ?? null;

  test('lines end at CRLF, LF or a lone CR; columns count code points, the BOM and an invalid byte as one each', () => {
    expect(lineLengths(input)).toEqual([24, 23, 11]);
  });

  test('accepts a run that keeps the promises', () => {
    expect(check(report({ line: 3, column: 12, endLine: 3, endColumn: 12 }))).toBeNull();
    expect(checkOutcome(run, { code: 2, stdout: '', stderr: 'pg-index-lint: input.sql: cannot be read (EACCES)\n' })).toBeNull();
  });

  test.each([
    ['a line past the end', report({ line: 4 }), 1, '', 'position'],
    ['a column past the end of its line', report({ line: 3, column: 13, endLine: 3, endColumn: 13 }), 1, '', 'position'],
    ['an end before the start', report({ line: 2, column: 5, endLine: 2, endColumn: 4 }), 1, '', 'position'],
    ['another file', report({ file: 'other.sql' }), 1, '', 'position'],
    ['an exit code the README does not define', report({}), 3, '', 'exit-code'],
    ['exit 0 with an error finding', report({}), 0, '', 'exit-code'],
    ['a summary that miscounts', report({}, { findings: 2, errors: 1, warnings: 1, notes: 0 }), 1, '', 'summary'],
    ['output that is not JSON', '{"findings": [', 1, '', 'json'],
    ['a stack trace', '', 2, 'TypeError: x is undefined\n    at run (file:///dist/cli.js:1:2)\n', 'stack-trace'],
    ['an internal error', '', 2, 'pg-index-lint: internal error: x is undefined\n', 'internal-error'],
    ['stderr on a run that succeeded', report({}), 1, 'warning\n', 'stderr'],
  ])('catches %s', (_what, stdout, code, stderr, kind) => {
    expect(check(stdout, code, stderr)).toBe(kind);
  });
});

test('shrinking keeps what still fails and drops the rest', async () => {
  const input = Buffer.from(Array.from({ length: 200 }, (_, i) => `line ${i}${i === 137 ? ' NEEDLE' : ''}\n`).join(''));
  const small = await shrink(input, async (b) => b.includes('NEEDLE'), { attempts: 2000, deadline: Date.now() + 30_000 });
  expect(small.toString()).toBe('NEEDLE');
});
