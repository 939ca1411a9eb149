/**
 * Baselines through the command line: written from an audit, used by audit
 * and lint (from files, a live database and a snapshot), stale entries
 * listed with the command that prunes them, and pruning that never lets a
 * new finding in.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { blankFinding, type FindingRule } from '../src/findings.js';
import { applyBaseline, createBaseline, formatBaseline, validateBaseline } from '../src/review/baseline.js';
import { applySql, openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: ENV });
  return { code, out, err };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-baseline-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Three known findings: a duplicate of a constraint, a leading prefix, an unindexed foreign key. */
const SCHEMA = `CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
CREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id), placed_at timestamptz);
CREATE INDEX users_email_idx ON users (email);
CREATE INDEX users_name_idx ON users (name);
CREATE INDEX users_name_email_idx ON users (name, email);
`;

const ENTRIES: Array<{ rule: FindingRule; table: string; index: string | null; foreignKey: string | null; columns: string[] }> = [
  { rule: 'duplicates-constraint', table: 'public.users', index: 'users_email_idx', foreignKey: null, columns: ['email'] },
  { rule: 'leading-prefix', table: 'public.users', index: 'users_name_idx', foreignKey: null, columns: ['name'] },
  { rule: 'unindexed-foreign-key', table: 'public.orders', index: null, foreignKey: 'orders_user_id_fkey', columns: ['user_id'] },
];

const baselineOf = (dir: string, name = 'pg-index-lint-baseline.json') => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

describe('the baseline file', () => {
  test('is sorted by rule, table and name, one entry a line, whatever order the findings came in', () => {
    const findings = [...ENTRIES].reverse().map((e) => blankFinding(e.rule, { ...e, line: 3 }));
    const text = formatBaseline(createBaseline(findings));
    expect(text).toBe(formatBaseline(createBaseline([...findings].reverse())));
    expect(JSON.parse(text)).toEqual({ format: 'pg-index-lint-baseline', version: 1, entries: ENTRIES });
    expect(text.split('\n').filter((l) => l.includes('"rule"'))).toHaveLength(3);
  });

  test('holds no line, and findings about a line (syntax errors) are never baselined', () => {
    const syntax = blankFinding('syntax-error', { file: '1.sql', line: 2, message: 'syntax error' });
    const baseline = createBaseline([syntax, blankFinding('leading-prefix', { ...ENTRIES[1], file: '1.sql', line: 4 })]);
    expect(baseline.entries).toEqual([ENTRIES[1]]);
    const moved = blankFinding('leading-prefix', { ...ENTRIES[1], file: '9.sql', line: 40 });
    expect(applyBaseline([syntax, moved], baseline, { complete: true })).toEqual({ reported: [syntax], hiddenCount: 1, stale: [] });
  });

  test('an index of the same name on other columns is a new finding', () => {
    const baseline = createBaseline([blankFinding('leading-prefix', ENTRIES[1])]);
    const other = blankFinding('leading-prefix', { ...ENTRIES[1], columns: ['nickname'] });
    expect(applyBaseline([other], baseline, { complete: false })).toEqual({ reported: [other], hiddenCount: 0, stale: null });
  });

  test('a file that is not a baseline is refused with its name', () => {
    expect(() => validateBaseline({ format: 'pg-index-lint-snapshot', version: 1 }, 'b.json')).toThrow('baseline b.json: not a pg-index-lint baseline');
    expect(() => validateBaseline({ format: 'pg-index-lint-baseline', version: 2, entries: [] }, 'b.json')).toThrow('version 2 is not supported');
    expect(() => validateBaseline({ format: 'pg-index-lint-baseline', version: 1, entries: [{ rule: 'x' }] }, 'b.json')).toThrow('entry 1 must have');
  });
});

describe('write, use and prune on migration files', () => {
  test('--write-baseline records the findings; the default file then hides them in audit and lint', async () => {
    const dir = project({ '1.sql': SCHEMA });
    const written = await cli(dir, 'audit', '1.sql', '--write-baseline', 'pg-index-lint-baseline.json');
    expect(written.code).toBe(0);
    expect(written.out).toContain('pg-index-lint-baseline.json: note: baseline written: 3 entries');
    expect(baselineOf(dir).entries).toEqual(ENTRIES);

    // Lines move: a comment on top, and the same statements later in the file.
    writeFileSync(path.join(dir, '1.sql'), `-- schema\n\n${SCHEMA}`);
    writeFileSync(path.join(dir, '2.sql'), 'CREATE INDEX orders_placed_at ON orders (placed_at);\nCREATE INDEX orders_placed_at_again ON orders (placed_at);\n');
    const audit = await cli(dir, 'audit', '1.sql', '2.sql');
    expect(audit.code).toBe(1);
    expect(audit.out.split('\n').filter((l) => / (error|warning) \[/.test(l))).toEqual([
      '2.sql:2:1: error [duplicate-index] orders_placed_at_again duplicates orders_placed_at (placed_at) on orders: the same keys, in the same order, for the same rows',
    ]);
    expect(audit.out).toContain('pg-index-lint-baseline.json: note: 3 known findings hidden by the baseline');

    const lint = await cli(dir, 'lint', '1.sql', '2.sql', '--changed', '2.sql');
    expect(lint.code).toBe(1);
    expect(lint.out).toContain('[duplicate-index] orders_placed_at_again');
  });

  test('entries that no longer occur are listed with the prune command; pruning removes them and adds nothing', async () => {
    const dir = project({ '1.sql': SCHEMA });
    await cli(dir, 'audit', '1.sql', '--write-baseline', 'known.json');
    writeFileSync(
      path.join(dir, '2.sql'),
      'DROP INDEX users_name_idx;\nCREATE INDEX orders_user ON orders (user_id);\nCREATE INDEX users_lower ON users (lower(email));\nCREATE INDEX users_lower_again ON users (lower(email));\n',
    );
    const stale = await cli(dir, 'audit', '1.sql', '2.sql', '--baseline', 'known.json');
    expect(stale.code).toBe(1);
    expect(stale.out).toContain(
      'known.json: note: 2 baseline entries no longer occur (leading-prefix index users_name_idx on public.users (name); unindexed-foreign-key foreign key orders_user_id_fkey on public.orders (user_id)); remove them with the same command and `--baseline known.json --prune-baseline`',
    );

    const pruned = await cli(dir, 'audit', '1.sql', '2.sql', '--baseline', 'known.json', '--prune-baseline');
    expect(pruned.out).toContain('known.json: note: baseline pruned: 2 entries removed, 1 kept');
    expect(baselineOf(dir, 'known.json').entries).toEqual([ENTRIES[0]]);
    // The new finding is still reported, and was not added.
    expect(pruned.code).toBe(1);
    expect(pruned.out).toContain('[duplicate-index] users_lower_again');

    const again = await cli(dir, 'audit', '1.sql', '2.sql', '--baseline', 'known.json');
    expect(again.out).not.toContain('no longer occur');
  });

  test('a lint of some files does not call entries stale, and cannot write a baseline', async () => {
    const dir = project({ '1.sql': SCHEMA, '2.sql': 'CREATE INDEX orders_placed_at ON orders (placed_at);\n' });
    await cli(dir, 'audit', '1.sql', '--write-baseline', 'pg-index-lint-baseline.json');
    const lint = await cli(dir, 'lint', '1.sql', '2.sql', '--changed', '2.sql');
    expect(lint.code).toBe(0);
    expect(lint.out).not.toContain('no longer occur');
    const write = await cli(dir, 'lint', '1.sql', '2.sql', '--changed', '2.sql', '--write-baseline', 'b.json');
    expect(write).toEqual({ code: 2, out: '', err: 'pg-index-lint: a baseline records the whole schema: write or prune it with audit (or lint without --changed)\n' });
  });

  test('a named baseline that is missing or broken stops the run', async () => {
    const dir = project({ '1.sql': SCHEMA, 'bad.json': '{"format": "pg-index-lint-baseline"' });
    const missing = await cli(dir, 'audit', '1.sql', '--baseline', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^pg-index-lint: baseline .*nope\.json: cannot be read \(ENOENT\)\n$/);
    const broken = await cli(dir, 'audit', '1.sql', '--baseline', 'bad.json');
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^pg-index-lint: baseline .*bad\.json: not valid JSON/);
  });
});

describe('write, use and prune on a live database and its snapshot', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('baseline');
    await applySql(db.client, SCHEMA);
  });
  afterAll(async () => {
    await db?.close();
  });

  test('a baseline of the database hides what it holds; a new index is reported; a dropped one is stale', async () => {
    const dir = project({});
    const written = await cli(dir, 'audit', '--database-url', db.url, '--write-baseline', 'pg-index-lint-baseline.json');
    expect(written.code).toBe(0);
    expect(baselineOf(dir).entries).toEqual(ENTRIES);

    await db.client.query('CREATE INDEX orders_placed_at ON orders (placed_at); CREATE INDEX orders_placed_at_again ON orders (placed_at); DROP INDEX users_email_idx;');
    const audit = await cli(dir, 'audit', '--database-url', db.url);
    expect(audit.code).toBe(1);
    const findings = audit.out.split('\n').filter((l) => / (error|warning) \[/.test(l));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^database public\.orders: error \[duplicate-index\] orders_placed_at(_again)? duplicates orders_placed_at/);
    expect(audit.out).toContain('2 known findings hidden by the baseline');
    expect(audit.out).toContain(
      '1 baseline entry no longer occurs (duplicates-constraint index users_email_idx on public.users (email)); remove it with the same command and `--baseline pg-index-lint-baseline.json --prune-baseline`',
    );

    // The same baseline applies to a snapshot of the database, and prunes there too.
    await cli(dir, 'snapshot', '--database-url', db.url, '-o', 'db.json');
    const pruned = await cli(dir, 'audit', '--snapshot', 'db.json', '--prune-baseline');
    expect(pruned.code).toBe(1);
    expect(pruned.out).toContain('baseline pruned: 1 entry removed, 2 kept');
    expect(baselineOf(dir).entries).toEqual(ENTRIES.slice(1));

    // A lint of a migration over the database: the baseline hides what the database already had.
    writeFileSync(path.join(dir, '3.sql'), 'CREATE INDEX users_name_only ON users (name);\n');
    const lint = await cli(dir, 'lint', '3.sql', '--database-url', db.url);
    expect(lint.out.split('\n').filter((l) => / (error|warning) \[/.test(l))).toEqual([expect.stringMatching(/^3\.sql:1:1: error \[(duplicate-index|leading-prefix)\] users_name_only /)]);
  });
});
