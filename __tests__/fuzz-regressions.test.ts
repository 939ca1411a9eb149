/**
 * Failures the fuzzer found (npm run fuzz), each shrunk to a small input: it
 * must now keep the oracle's promises, and do what PostgreSQL does with it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { exerciseInProcess, INPUT_FILE, runInProcess } from '../fuzz/oracle.js';
import { indexColumnNames } from '../src/model/naming.js';
import { loadParser, parseMigrationSql } from '../src/sql/parseFile.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pgil-fuzz-regressions-'));

async function audit(sql: string): Promise<{ findings: Array<Record<string, unknown>>; notes: Array<{ line: number; message: string }> }> {
  const run = { argv: ['audit', '--format', 'json', INPUT_FILE], files: new Map([[INPUT_FILE, Buffer.from(sql)]]) };
  return JSON.parse((await runInProcess(run, dir)).stdout);
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

/** `CREATE TABLE name (c0 int, c1 int, ...)`. */
const wideTable = (name: string, columns: number) => `CREATE TABLE ${name} (${Array.from({ length: columns }, (_, i) => `c${i} int`).join(', ')});`;

describe('more columns than PostgreSQL allows (a multi-megabyte CREATE TABLE took minutes)', () => {
  test('CREATE TABLE with 1601 columns is rejected, as PostgreSQL rejects it, and is not applied', async () => {
    const sql = `${wideTable('wide', 1601)}\nCREATE INDEX ON wide (c0);\n`;
    expect(await exerciseInProcess(Buffer.from(sql), dir)).toBeNull();
    const { notes, findings } = await audit(sql);
    expect(notes.map((n) => `${n.line}: ${n.message}`)).toEqual(["1: table wide would have 1601 columns, more than PostgreSQL's 1600: PostgreSQL rejects this statement, so it is not applied"]);
    // The table was not created, so the index is on a table no file creates.
    expect(findings.map((f) => `${f.line}: ${f.rule}`)).toEqual(['2: unknown-table']);
  });

  test('1600 columns are allowed', async () => {
    expect((await audit(wideTable('wide', 1600))).notes).toEqual([]);
  });

  test('ALTER TABLE whose new columns would pass 1600 is rejected as a whole', async () => {
    const adds = Array.from({ length: 2 }, (_, i) => `ADD COLUMN extra${i} int`).join(', ');
    const sql = `${wideTable('wide', 1599)}\nALTER TABLE wide ${adds}, ADD COLUMN IF NOT EXISTS c0 int, ADD PRIMARY KEY (c1);\nCREATE UNIQUE INDEX ON wide (c1);\n`;
    const { notes, findings } = await audit(sql);
    expect(notes.map((n) => `${n.line}: ${n.message}`)).toEqual(["2: table wide would have 1601 columns, more than PostgreSQL's 1600: PostgreSQL rejects this statement, so it is not applied"]);
    // Its primary key is not there either: nothing duplicates the unique index.
    expect(findings).toEqual([]);
  });

  test('a CREATE TABLE of 200,000 columns is read in bounded time', async () => {
    expect(await exerciseInProcess(Buffer.from(wideTable('huge', 200_000)), dir)).toBeNull();
  }, 30_000);
});

describe('an index with thousands of keys (naming one took minutes: each repeated name was searched for again from 1)', () => {
  test('repeated and clashing names are numbered as ChooseIndexColumnNames numbers them', () => {
    expect(indexColumnNames(['a', 'a', 'a1', 'a', 'b', 'a'].map((column) => ({ column })))).toEqual(['a', 'a1', 'a11', 'a2', 'b', 'a3']);
    expect(indexColumnNames([{ functionName: 'lower' }, { functionName: null }, { functionName: 'lower' }, {}])).toEqual(['lower', 'expr', 'lower1', 'expr1']);
  });

  test('a CREATE INDEX of 100,000 keys is read in bounded time', async () => {
    const sql = `CREATE TABLE huge (a int); CREATE INDEX ON huge (${Array(100_000).fill('a').join(', ')});`;
    expect(await exerciseInProcess(Buffer.from(sql), dir)).toBeNull();
  }, 30_000);
});

describe('a NUL byte (the parser stopped reading the file there, silently)', () => {
  const sql = 'CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\0CREATE INDEX k ON t (a);\nCREATE INDEX j ON t (a);\n';

  test('a migration file that holds one is refused as binary, in one line, exit 2', async () => {
    expect(await exerciseInProcess(Buffer.from(sql), dir)).toBeNull();
    const run = await runInProcess({ argv: ['audit', INPUT_FILE], files: new Map([[INPUT_FILE, Buffer.from(sql)]]) }, dir);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `pg-index-lint: ${INPUT_FILE}: is not a text file (binary content)\n` });
  });

  test('text handed to the parser directly loses only the rest of that line, with a note', async () => {
    await loadParser();
    const parsed = parseMigrationSql(sql);
    expect(parsed.notes).toEqual([{ line: 2, message: 'NUL byte: the rest of the line is skipped, as psql skips it' }]);
    expect(parsed.statements.map((st) => `${st.start.line} ${st.kind}`)).toEqual(['1 CreateStmt', '2 IndexStmt', '3 IndexStmt']);
  });
});

describe('the bundled CLI on a file parsed in pieces on the parser thread', () => {
  test('always ends with its verdict, never with a promise left unsettled (exit 13)', () => {
    // Past CHUNK_BYTES (two pieces), with syntax errors: the main thread parses the pieces itself
    // while the thread still holds some it was asked for ahead, then stops the thread.
    const statements: string[] = [];
    for (let i = 0; statements.join('\n').length < 150 * 1024; i++) {
      statements.push(`CREATE TABLE t${i} (a int, b int);\nCREATE INDEX t${i}_a ON t${i} (a);\nCREATE INDEX t${i}_ab ON t${i} (a, b);\nUPDATE t${i} SET a = 1 WHE RE b = 2;`);
    }
    const file = path.join(dir, 'pieces.sql');
    writeFileSync(file, statements.join('\n'));
    const codes = Array.from({ length: 6 }, () => spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'audit', '--format', 'json', file], { stdio: 'ignore' }).status);
    expect(codes).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
