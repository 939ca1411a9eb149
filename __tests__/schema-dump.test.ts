/**
 * Schema dumps in a repository: recognised by their content, and compared
 * with their version at the base commit, so that a pull request is judged on
 * what it adds to the dump, on the head dump's lines. The dump is a real
 * `pg_dump --schema-only` of a database of hundreds of tables built on the
 * test server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateHistory } from '../bench/generate.js';
import { runCli } from '../src/cli/main.js';
import { defaultConfig } from '../src/config.js';
import { run } from '../src/engine.js';
import { diffSchemaDump, fileAtRef, isSchemaDump } from '../src/review/schemaDump.js';
import { pullRequestAction } from './helpers/pullRequestAction.js';
import { applySql, openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

const PG_DUMP = process.env.PG_DUMP ?? '/usr/bin/pg_dump';
/** pg_dump dumps a server of its own major or older, in sessions of its own: not the embedded PGlite (one session, a newer major). */
const dumpUnavailable = !existsSync(PG_DUMP)
  ? `no ${PG_DUMP}`
  : process.env.PGIL_EMBEDDED_POSTGRES
    ? 'pg_dump cannot dump the embedded server (PGlite); set DATABASE_URL to a PostgreSQL server to run these'
    : null;

const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

describe('recognising a schema dump', () => {
  test('by pg_dump header, by the search_path it clears, or by its run of SET statements (Rails strips the comments)', () => {
    expect(isSchemaDump('--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n')).toBe(true);
    expect(isSchemaDump("SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n")).toBe(true);
    const rails =
      "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\nCREATE TABLE public.users (id bigint NOT NULL);\n";
    expect(isSchemaDump(rails)).toBe(true);
  });

  test('a migration that sets a timeout or two is not a dump', () => {
    expect(isSchemaDump('SET statement_timeout = 0;\nSET lock_timeout = 0;\nCREATE INDEX CONCURRENTLY a ON t (x);\n')).toBe(false);
    expect(isSchemaDump('-- PostgreSQL database dump is what this file is not\nCREATE TABLE t (id int);\n')).toBe(false);
  });
});

/** A small dump as pg_dump writes it. */
const SMALL_DUMP = `--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.events (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp with time zone
);

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);

--
-- Name: events_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_account ON public.events USING btree (account_id);
`;

describe('a dump named in the configuration', () => {
  test('is compared with its base version even when its content does not show it is a dump', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgil-dump-config-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    const schema = 'CREATE TABLE t (a int, b int);\nCREATE INDEX t_a ON t (a);\nCREATE INDEX t_ab ON t (a, b);\n';
    writeFileSync(path.join(dir, 'schema.sql'), schema);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(path.join(dir, 'schema.sql'), schema + 'CREATE TABLE u (x int);\nCREATE INDEX u_x ON u (x);\nCREATE INDEX u_x2 ON u (x);\n');
    const lint = async () => {
      let out = '';
      const code = await runCli(['lint', 'schema.sql', '--base-ref', base, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir, env: ENV });
      return { code, rules: (JSON.parse(out).findings as Array<{ rule: string; index: string }>).map((f) => `${f.rule} ${f.index}`).sort() };
    };
    // Not recognised by its content: the whole file is linted, the old finding too.
    expect(await lint()).toEqual({ code: 1, rules: ['duplicate-index u_x2', 'leading-prefix t_a'] });
    writeFileSync(path.join(dir, 'pg-index-lint.json'), JSON.stringify({ schemaDumps: ['schema.sql'] }));
    expect(await lint()).toEqual({ code: 1, rules: ['duplicate-index u_x2'] });
  });
});

describe('a finding about an index the base already had', () => {
  test('goes on the line of the new index that made it redundant, as in a lint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgil-dump-small-'));
    const file = path.join(dir, 'structure.sql');
    const head = `${SMALL_DUMP}\n--\n-- Name: events_account_created; Type: INDEX; Schema: public; Owner: -\n--\n\nCREATE INDEX events_account_created ON public.events USING btree (account_id, created_at);\n`;
    writeFileSync(file, head);
    const report = await diffSchemaDump({ file, baseText: SMALL_DUMP, config: defaultConfig(), cwd: dir });
    const newLine = head.split('\n').findIndex((l) => l.startsWith('CREATE INDEX events_account_created ')) + 1;
    expect(report.findings.map((f) => [f.rule, f.index, f.file, f.line])).toEqual([['leading-prefix', 'events_account', 'structure.sql', newLine]]);
    // The same finding in an audit of the head alone is on the old index's line.
    const audit = await run({ mode: 'audit', files: [file], changed: null, config: defaultConfig(), cwd: dir });
    expect(audit.findings.map((f) => f.line)).toEqual([SMALL_DUMP.split('\n').findIndex((l) => l.startsWith('CREATE INDEX events_account ')) + 1]);
  });
});

describe('a pg_dump as the first migration of a history', () => {
  test('is replayed with the migrations that follow it, not compared with a base', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgil-dump-history-'));
    writeFileSync(path.join(dir, '0001_initial.sql'), SMALL_DUMP);
    writeFileSync(path.join(dir, '0002_lookup.sql'), 'CREATE INDEX events_account_again ON public.events (account_id);\n');
    let out = '';
    let err = '';
    // No repository at all: the base ref is never needed.
    const code = await runCli(['lint', '0001_initial.sql', '0002_lookup.sql', '--changed', '0002_lookup.sql', '--base-ref', 'main'], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: dir,
      env: ENV,
    });
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('0002_lookup.sql:1:1: error [duplicate-index] events_account_again duplicates events_account (account_id) on events');
  });
});

interface DumpRepository {
  dir: string;
  file: string;
  base: string;
  head: string;
  baseText: string;
  headText: string;
}

if (dumpUnavailable) test.skip(`a large schema dump: ${dumpUnavailable}`, () => undefined);

(dumpUnavailable ? describe.skip : describe)('a large schema dump compared with its base version', () => {
  let db: TestDatabase;
  let repo: DumpRepository;

  beforeAll(async () => {
    db = await openTestDatabase('schemadump');
    const history = generateHistory(500_000, 7);
    // The schema, in one query: without the benchmark's rows (some leave a NOT NULL column empty), and without CONCURRENTLY.
    await applySql(
      db.client,
      history.migrations
        .join('\n')
        .replace(/^INSERT INTO [^\n]*\n/gm, '')
        .replace(/ CONCURRENTLY /g, ' '),
    );
    const dump = () => execFileSync(PG_DUMP, ['--schema-only', '--no-owner', '--no-privileges', db.url], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const baseText = dump();
    // The pull request: a table with a foreign key and no index for it, and an index the primary key already provides.
    await db.client.query(`CREATE TABLE public.order_notes (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES public.t1_${tableSuffix(history)} (id), body text)`);
    await db.client.query(`CREATE INDEX order_notes_id_idx ON public.order_notes (id)`);
    const headText = dump();
    const dir = mkdtempSync(path.join(tmpdir(), 'pgil-dump-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    mkdirSync(path.join(dir, 'db'));
    const file = path.join(dir, 'db/structure.sql');
    writeFileSync(file, baseText);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(file, headText);
    git('commit', '-q', '-am', 'add order notes');
    repo = { dir, file, base, head: git('rev-parse', 'HEAD'), baseText, headText };
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  test('the dump is large, and has findings of its own that no pull request should be blamed for', async () => {
    expect(isSchemaDump(repo.baseText)).toBe(true);
    expect((repo.baseText.match(/^CREATE TABLE /gm) ?? []).length).toBeGreaterThan(200);
    const audit = await run({ mode: 'audit', files: [repo.file], changed: null, config: defaultConfig(), cwd: repo.dir });
    expect(audit.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
    expect(audit.findings.length).toBeGreaterThan(50);
  });

  test('gives exactly the added redundant index and the added unindexed foreign key, on their lines of the head dump', async () => {
    const report = await diffSchemaDump({ file: repo.file, baseText: fileAtRef(repo.file, repo.base), config: defaultConfig(), cwd: repo.dir });
    const lines = repo.headText.split('\n');
    const indexLine = lines.findIndex((l) => l.startsWith('CREATE INDEX order_notes_id_idx ON public.order_notes')) + 1;
    // pg_dump writes `ALTER TABLE ONLY ...` on one line and `ADD CONSTRAINT ...` on the next.
    const fkLine = lines.findIndex((l) => l.includes('ADD CONSTRAINT order_notes_order_id_fkey FOREIGN KEY'));
    expect(indexLine).toBeGreaterThan(1000);
    expect(lines[fkLine - 1]).toBe('ALTER TABLE ONLY public.order_notes');
    expect(report.findings.map((f) => [f.rule, f.file, f.line, f.index ?? f.foreignKey])).toEqual(
      [
        ['duplicates-constraint', 'db/structure.sql', indexLine, 'order_notes_id_idx'],
        ['unindexed-foreign-key', 'db/structure.sql', fkLine, 'order_notes_order_id_fkey'],
      ].sort((a, b) => (a[2] as number) - (b[2] as number)),
    );
    expect(report.summary.errors).toBe(1);
    expect(report.notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/^\d+ findings were in the schema dump already at the base commit$/));
  });

  test('the unchanged dump gives none', async () => {
    const report = await diffSchemaDump({ file: repo.file, baseText: repo.headText, config: defaultConfig(), cwd: repo.dir });
    expect(report.findings).toEqual([]);
  });

  test('through the CLI: lint with --base-ref, with the dump recognised by its content', async () => {
    let out = '';
    let err = '';
    const code = await runCli(['lint', 'db/structure.sql', '--base-ref', repo.base], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: repo.dir, env: ENV });
    expect(err).toBe('');
    expect(code).toBe(1);
    const found = out.split('\n').filter((l) => / (error|warning) \[/.test(l));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.stringMatching(/^db\/structure\.sql:\d+:1: error \[duplicates-constraint\] order_notes_id_idx /));
    expect(found).toContainEqual(expect.stringMatching(/^db\/structure\.sql:\d+:1: warning \[unindexed-foreign-key\] foreign key order_notes_order_id_fkey /));
  });

  test("through the Action on a pull request: the base commit is the base ref, and the annotations are on the dump's lines", async () => {
    const lines = repo.headText.split('\n');
    const indexLine = lines.findIndex((l) => l.startsWith('CREATE INDEX order_notes_id_idx ')) + 1;
    const fkLine = lines.findIndex((l) => l.includes('ADD CONSTRAINT order_notes_order_id_fkey '));
    const r = await pullRequestAction(repo.dir, { base: repo.base, head: repo.head }, { migrations: 'db/structure.sql' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.annotations.filter((a) => a.includes(' title=')).map((a) => a.slice(0, a.indexOf(',endLine=')))).toEqual(
      [
        [indexLine, `::error title=duplicates-constraint,file=db/structure.sql,line=${indexLine}`],
        [fkLine, `::warning title=unindexed-foreign-key,file=db/structure.sql,line=${fkLine}`],
      ]
        .sort((a, b) => (a[0] as number) - (b[0] as number))
        .map((x) => x[1]),
    );
  });

  test('a base ref git does not know stops the run; a dump new since the base reports everything in it', async () => {
    expect(() => fileAtRef(repo.file, 'no-such-branch')).toThrow('base ref no-such-branch is not a commit of the repository');
    expect(() => fileAtRef(repo.file, '--output=/tmp/x')).toThrow('is not a commit or branch name');
    const fresh = path.join(repo.dir, 'db/other.sql');
    writeFileSync(fresh, 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE INDEX a_id ON a (id);\n');
    expect(fileAtRef(fresh, repo.base)).toBeNull();
    const report = await diffSchemaDump({ file: fresh, baseText: null, config: defaultConfig(), cwd: repo.dir });
    expect(report.findings.map((f) => f.index)).toEqual(['a_id']);
  });
});

/** The name of the first generated table, `t1_<kind>`. */
function tableSuffix(history: { migrations: string[] }): string {
  return /CREATE TABLE t1_(\w+)/.exec(history.migrations[0])![1];
}
