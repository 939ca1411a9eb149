/**
 * The claims of SECURITY.md that no other test pins: the tool never sends
 * migration SQL or input values as query text, its session stays read-only
 * after its own transaction, it runs no shell, and the Action masks the
 * connection string before anything else is printed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import pg from 'pg';
import { inReadOnlyTransaction } from '../src/catalog/connection.js';
import { runCli } from '../src/cli/main.js';
import { loadParser, parseMigrationSql } from '../src/sql/parseFile.js';
import { auditWithAction } from './helpers/auditAction.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

describe('over a live database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('security');
    await db.client.query('CREATE TABLE victim (a int); CREATE INDEX victim_a ON victim (a)');
  });
  afterAll(async () => {
    await db?.close();
  });

  test('migration SQL is parsed, never sent; input values go as parameters, never as query text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgil-security-'));
    writeFileSync(path.join(dir, 'evil.sql'), 'CREATE TABLE pwned (a int);\nINSERT INTO victim VALUES (1);\nDROP TABLE victim;\n');
    const injection = "x'); DROP TABLE victim; --";
    const sent: Array<{ text: string; values: unknown }> = [];
    const query = pg.Client.prototype.query;
    const spy = jest.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      if (this !== db.client) sent.push({ text: String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text), values: args[1] });
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query);
    let code: number;
    try {
      code = await runCli(['lint', '--database-url', db.url, '--changed', 'evil.sql', '--schema', 'public', '--schema', injection, '--format', 'json'], {
        stdout: () => undefined,
        stderr: () => undefined,
        cwd: dir,
        env: { PATH: process.env.PATH },
      });
    } finally {
      spy.mockRestore();
    }
    expect(code).toBe(0);
    expect(sent.length).toBeGreaterThan(0);
    for (const { text } of sent) {
      expect(text).not.toMatch(/pwned|victim|INSERT|DROP TABLE/i);
      expect(text).not.toContain(injection);
    }
    expect(sent.some(({ values }) => JSON.stringify(values ?? null).includes(JSON.stringify(injection).slice(1, -1)))).toBe(true);
    const tables = await db.client.query("SELECT to_regclass('public.victim') IS NOT NULL AS victim, to_regclass('public.pwned') IS NOT NULL AS pwned, (SELECT count(*) FROM victim)::int AS rows");
    expect(tables.rows[0]).toEqual({ victim: true, pwned: false, rows: 0 });
  });

  // PGlite's socket server ignores startup options (default_transaction_read_only stays off there): the READ ONLY transaction is what guards it.
  (process.env.PGIL_EMBEDDED_POSTGRES ? test.skip : test)('the session is read-only by default, not only the transaction', async () => {
    const attempt = inReadOnlyTransaction({ url: db.url, source: '--database-url', connectTimeoutSeconds: 5, statementTimeoutSeconds: 5 }, async (client) => {
      expect((await client.query('SHOW default_transaction_read_only')).rows[0].default_transaction_read_only).toBe('on');
      // Even past the end of the tool's own transaction, a new one cannot write.
      await client.query('COMMIT');
      return client.query('CREATE TABLE written_after_commit (a int)');
    });
    await expect(attempt).rejects.toThrow(/read-only transaction/);
    expect((await db.client.query("SELECT to_regclass('public.written_after_commit') AS t")).rows[0].t).toBeNull();
  });
});

test('a name with a line break cannot put a statement into the fix file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-security-fix-'));
  const evil = (what: string) => `"${what}\nDROP TABLE t;\n--"`;
  writeFileSync(
    path.join(dir, '1.sql'),
    `CREATE TABLE t (a int, b int);\nCREATE INDEX t_a ON t (a);\nCREATE INDEX ${evil('i')} ON t (a);\nALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE (b);\nALTER TABLE t ADD CONSTRAINT ${evil('c')} UNIQUE (b);\n`,
  );
  const code = await runCli(['audit', '1.sql', '--fix-file', 'fix.sql'], { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: { PATH: process.env.PATH } });
  expect(code).toBe(1);
  await loadParser();
  const script = parseMigrationSql(readFileSync(path.join(dir, 'fix.sql'), 'utf8'));
  expect(script.syntaxErrors).toEqual([]);
  // The index's own drop, whose quoted name holds the line breaks; the constraint's drop is only a comment.
  expect(script.statements.map((st) => `${st.kind} ${JSON.stringify(st.node?.objects ?? null)}`)).toEqual([expect.stringMatching(/^DropStmt .*i\\nDROP TABLE t;\\n--/)]);
});

test("a name cannot forge a line of the text report or a workflow command in the Action's log", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-security-names-'));
  mkdirSync(path.join(dir, 'db'));
  writeFileSync(path.join(dir, 'db', '1.sql'), 'ALTER TABLE "x\n::error::forged\u001b[2J" ADD COLUMN b int;\n');
  let out = '';
  await runCli(['audit', 'db'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir, env: { PATH: process.env.PATH } });
  expect(out.split('\n')[0]).toBe('db/1.sql:1: note: table x\\n::error::forged\\x1b[2J is not created by the migrations read: only the indexes and foreign keys they add to it are known');
  const { status, lines } = await auditWithAction(dir, { migrations: 'db/*.sql' });
  expect(status).toBe(0);
  expect(lines.filter((l) => l.startsWith('::error'))).toEqual([]);
  expect(lines).toContain('db/1.sql:1: note: table x\\n::error::forged\\x1b[2J is not created by the migrations read: only the indexes and foreign keys they add to it are known');
});

test('no shell: the only child processes are git, run by execFileSync with an argument array', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const users = sources('src').filter((f) => /child_process/.test(readFileSync(f, 'utf8')));
  expect(users).toEqual([path.join('src', 'action', 'changedFiles.ts'), path.join('src', 'review', 'schemaDump.ts')]);
  for (const user of users) {
    const text = readFileSync(user, 'utf8');
    expect([...text.matchAll(/\b(exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\(/g)].map((m) => m[1])).toEqual(['execFileSync']);
    expect(text).toMatch(/execFileSync\('git', /);
    expect(text).not.toMatch(/shell\s*:/);
  }
});

test('the Action masks the connection string and its password before anything else, and never prints them', async () => {
  const secret = 'Pw-9f3!x';
  const url = `postgresql://app:${encodeURIComponent(secret)}@127.0.0.1:1/prod`;
  const workspace = mkdtempSync(path.join(tmpdir(), 'pgil-security-action-'));
  mkdirSync(path.join(workspace, 'db'));
  writeFileSync(path.join(workspace, 'db', '1.sql'), 'CREATE TABLE t (a int);\n');
  const { status, lines } = await auditWithAction(workspace, { migrations: 'db/*.sql', 'database-url': url });
  expect(status).toBe(1);
  expect(lines.slice(0, 3)).toEqual([`::add-mask::${url}`, `::add-mask::${encodeURIComponent(secret)}`, `::add-mask::${secret}`]);
  expect(lines.slice(3).filter((l) => l.includes(secret) || l.includes(encodeURIComponent(secret)))).toEqual([]);
  expect(lines).toContain('::error::pg-index-lint: cannot connect to 127.0.0.1:1/prod: connection refused (is the server running and accepting TCP connections?); check input database-url');
});
