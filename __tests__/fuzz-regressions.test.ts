/**
 * Failures the fuzzer found (npm run fuzz), each shrunk to a small input: it
 * must now keep the oracle's promises, and do what PostgreSQL does with it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { exerciseInProcess, runInProcess, writeInput } from '../fuzz/oracle.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pgil-fuzz-regressions-'));

async function audit(sql: string): Promise<{ findings: Array<Record<string, unknown>>; notes: Array<{ line: number; message: string }> }> {
  writeInput(dir, Buffer.from(sql, 'utf8'));
  return JSON.parse((await runInProcess('audit', dir)).stdout);
}

describe('a syntax error at the end of a file that ends there', () => {
  test.each([
    ['CREATE TABLE t (', 1, 17],
    ['CREATE TABLE t (a int);\nCREATE INDEX ON t (a', 2, 21],
  ])('%j: the error is a point just past the last character', async (sql, line, column) => {
    expect(await exerciseInProcess(Buffer.from(sql, 'utf8'), dir)).toBeNull();
    const [error] = (await audit(sql)).findings;
    expect(error).toMatchObject({ rule: 'syntax-error', line, column, endLine: line, endColumn: column });
  });
});
