/**
 * The command line as users of ESLint and squawk expect it: help per command,
 * `rules`, colour and excerpts, the output formats, standard input, exit
 * policy flags, and never a pass that checked nothing.
 */
import { describe, expect, test } from '@jest/globals';
import { RULES } from '../src/rules/index.js';
import { CLI_ENV as ENV, cliIn as cli, project } from './helpers/cli.js';

const USERS = 'CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE);\n';
const DUPLICATE = '-- lookups\nCREATE INDEX ix_users_email ON users (email);\n';
const FOREIGN_KEY = 'CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n';
const ESC = '\u001b[';

describe('help', () => {
  test("`audit --help` and `help audit` print the command's own options", async () => {
    const dir = project({});
    const viaFlag = await cli(dir, ['audit', '--help']);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.out).toMatch(/^Usage: pg-index-lint audit \[PATH\.\.\.\] \[options\]\n/);
    expect(viaFlag.out).toContain('--fix-file FILE');
    expect(viaFlag.out).not.toContain('--changed');
    expect(await cli(dir, ['help', 'audit'])).toEqual(viaFlag);
    const lint = await cli(dir, ['help', 'lint']);
    expect(lint.out).toContain('--changed FILE');
    expect(lint.out).not.toContain('--fix-file');
    expect(await cli(dir, ['help', 'nope'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "nope"/) });
  });

  test('the global help lists every command and every finding kind of the registry', async () => {
    const { out } = await cli(project({}), ['--help']);
    for (const command of ['audit', 'lint', 'snapshot', 'rules', 'explain', 'help']) expect(out).toContain(`pg-index-lint ${command} `);
    for (const rule of RULES) expect(out).toMatch(new RegExp(`^  ${rule.id} +${rule.defaultSeverity}$`, 'm'));
  });

  test('an option of another command is named as such', async () => {
    const r = await cli(project({ '1.sql': USERS }), ['lint', '1.sql', '--fix-file', 'fixes.sql']);
    expect(r).toEqual({ code: 2, out: '', err: 'pg-index-lint: --fix-file is not an option of lint (see pg-index-lint lint --help)\n' });
    expect((await cli(project({}), ['audit', '--quiet=yes'])).err).toBe('pg-index-lint: --quiet takes no value\n');
  });
});

describe('rules', () => {
  test('lists every finding kind with its default severity and page', async () => {
    const r = await cli(project({}), ['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) {
      expect(r.out).toMatch(new RegExp(`^${rule.id} +${rule.defaultSeverity} +${rule.description.replace(/[.()]/g, '\\$&')}$`, 'm'));
      expect(r.out).toContain(`https://github.com/pg-index-lint/pg-index-lint/blob/v1/docs/rules/${rule.id}.md`);
    }
    const json = JSON.parse((await cli(project({}), ['rules', '--format', 'json'])).out);
    expect(json.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(json[0]).toEqual({
      id: 'duplicate-index',
      defaultSeverity: 'error',
      configurable: true,
      description: RULES[0].description,
      docs: 'https://github.com/pg-index-lint/pg-index-lint/blob/v1/docs/rules/duplicate-index.md',
    });
  });
});

describe('colour and excerpts', () => {
  const files = { '1.sql': USERS, '2.sql': DUPLICATE };

  test('--excerpt shows the statement with its span underlined', async () => {
    const r = await cli(project(files), ['audit', '1.sql', '2.sql', '--excerpt']);
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      '2.sql:2:1: error [duplicates-constraint] ix_users_email duplicates users_email_key, the index behind UNIQUE (email) on users',
      '  2 | CREATE INDEX ix_users_email ON users (email);',
      '    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '    fix: DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;',
    ]);
  });

  test('a long statement shows its first lines; a tab stays a tab under the text; columns count code points', async () => {
    const dir = project({
      '1.sql': "CREATE TABLE t (a int, b int);\nCREATE INDEX i1 ON t (a);\n\tCREATE INDEX i2 ON t (a);\nCREATE INDEX\n  i3\n  ON\n  t\n  (a);\nSELECT 'é'; CREATE INDEX i4 ON t (a);\n",
    });
    const lines = (await cli(dir, ['audit', '1.sql', '--excerpt'])).out.split('\n');
    expect(lines.slice(1, 3)).toEqual(['  3 | \tCREATE INDEX i2 ON t (a);', '    | \t^^^^^^^^^^^^^^^^^^^^^^^^^']);
    const i3 = lines.findIndex((l) => l.includes('[duplicate-index] i3'));
    expect(lines.slice(i3 + 1, i3 + 8)).toEqual(['  4 | CREATE INDEX', '    | ^^^^^^^^^^^^', '  5 |   i3', '    |   ^^', '  6 |   ON', '    |   ^^', '    | … 2 more lines']);
    const i4 = lines.findIndex((l) => l.includes('[duplicate-index] i4'));
    expect(lines[i4]).toMatch(/^1\.sql:9:13: /);
    expect(lines.slice(i4 + 1, i4 + 3)).toEqual(["  9 | SELECT 'é'; CREATE INDEX i4 ON t (a);", `    | ${' '.repeat(12)}${'^'.repeat(25)}`]);
  });

  test('on a terminal: colour and excerpts; NO_COLOR, FORCE_COLOR, --color and --no-color decide colour', async () => {
    const dir = project(files);
    const run = async (args: string[], env: Record<string, string>, isTTY: boolean) => (await cli(dir, ['audit', '1.sql', '2.sql', ...args], { env: { ...ENV, ...env }, isTTY })).out;
    const tty = await run([], {}, true);
    expect(tty).toContain(`${ESC}31merror${ESC}39m`);
    expect(tty.replace(new RegExp(`${ESC.replace('[', '\\[')}\\d+m`, 'g'), '')).toContain('  2 | CREATE INDEX ix_users_email ON users (email);\n');
    const piped = await run([], {}, false);
    expect(piped).not.toContain(ESC);
    expect(piped).not.toContain(' | ');
    expect(await run([], { NO_COLOR: '1' }, true)).not.toContain(ESC);
    expect(await run([], { FORCE_COLOR: '1' }, false)).toContain(ESC);
    expect(await run([], { FORCE_COLOR: '0' }, true)).not.toContain(ESC);
    expect(await run(['--color'], { NO_COLOR: '1' }, false)).toContain(ESC);
    expect(await run(['--no-color'], { FORCE_COLOR: '1' }, true)).not.toContain(ESC);
    expect(await run(['--no-excerpt'], {}, true)).not.toContain(' | ');
    // Colour is for text: JSON stays JSON.
    expect(JSON.parse(await run(['--format', 'json', '--color'], {}, true)).findings).toHaveLength(1);
  });
});

describe('formats', () => {
  const files = { '1.sql': USERS, '2.sql': `${DUPLICATE}${FOREIGN_KEY}` };

  test('github: one workflow command a finding, escaped, then the summary', async () => {
    const r = await cli(project(files), ['audit', '1.sql', '2.sql', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      '::error title=duplicates-constraint,file=2.sql,line=2,endLine=2,col=1,endColumn=45::ix_users_email duplicates users_email_key, the index behind UNIQUE (email) on users%0AFix: DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;',
      '::warning title=unindexed-foreign-key,file=2.sql,line=3,endLine=3,col=1,endColumn=71::foreign key orders_user_id_fkey on orders (user_id) has no index: every DELETE or key UPDATE on users scans orders%0AFix: CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON public.orders (user_id);',
      '1 error, 1 warning (2 files, 3 statements).',
      '',
    ]);
  });

  test('github: a name with a comma, a colon or a newline cannot end its command', async () => {
    const dir = project({ 'a,b:c.sql': 'CREATE TABLE t (a int);\nCREATE INDEX "x\ny" ON t (a);\nCREATE INDEX "x%0Ay" ON t (a);\n' });
    const { out } = await cli(dir, ['audit', 'a,b:c.sql', '--format', 'github']);
    expect(out.split('\n')[0]).toMatch(/^::error title=duplicate-index,file=a%2Cb%3Ac\.sql,line=4,[^:]*::x%250Ay duplicates x%0Ay \(a\)/);
  });

  test('sarif: the same findings as SARIF 2.1.0', async () => {
    const r = await cli(project(files), ['audit', '1.sql', '2.sql', '--format', 'sarif']);
    const log = JSON.parse(r.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['duplicates-constraint', 'unindexed-foreign-key']);
  });
});

describe('standard input', () => {
  test('`-` with --stdin-filename stands for that file in the configured history', async () => {
    const dir = project({ 'db/1.sql': USERS, 'db/2.sql': 'SELECT 1;\n', 'pg-index-lint.json': JSON.stringify({ migrations: ['db/*.sql'] }) });
    const stdin = async () => Buffer.from(DUPLICATE);
    const r = await cli(dir, ['lint', '-', '--stdin-filename', 'db/2.sql', '--format', 'json'], { stdin });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.findings.map((f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['duplicates-constraint db/2.sql:2']);
    expect(report.summary.files).toBe(2);
  });

  test('`-` alone is <stdin>; binary input is refused', async () => {
    const dir = project({});
    const r = await cli(dir, ['audit', '-'], { stdin: async () => Buffer.from(`${USERS}${DUPLICATE}`), isTTY: false });
    expect(r.out).toContain('<stdin>:3:1: error [duplicates-constraint]');
    expect(await cli(dir, ['audit', '-'], { stdin: async () => Buffer.from([0x43, 0, 0x41]) })).toEqual({ code: 2, out: '', err: 'pg-index-lint: <stdin>: is not a text file (binary content)\n' });
    expect((await cli(dir, ['audit', 'x.sql', '--stdin-filename', 'y.sql'])).err).toMatch(/--stdin-filename names the file read from standard input: give `-` too/);
  });
});

describe('exit policy', () => {
  const warningsOnly = { '1.sql': `${USERS}${FOREIGN_KEY}` };
  const both = { '1.sql': `${USERS}${FOREIGN_KEY}${DUPLICATE}` };

  test('--fail-on warning fails on warnings, --fail-on never passes errors', async () => {
    expect((await cli(project(warningsOnly), ['audit', '1.sql'])).code).toBe(0);
    expect((await cli(project(warningsOnly), ['audit', '1.sql', '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(project(both), ['audit', '1.sql', '--fail-on', 'never'])).code).toBe(0);
    expect((await cli(project(both), ['audit', '1.sql', '--fail-on', 'sometimes'])).err).toBe('pg-index-lint: --fail-on must be error, warning or never, not "sometimes"\n');
  });

  test('--max-warnings N fails on more than N warnings, and says so', async () => {
    expect((await cli(project(warningsOnly), ['audit', '1.sql', '--max-warnings', '1'])).code).toBe(0);
    const r = await cli(project(warningsOnly), ['audit', '1.sql', '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('pg-index-lint: 1 warning, more than --max-warnings 0\n');
    expect((await cli(project(warningsOnly), ['audit', '1.sql', '--max-warnings', 'many'])).code).toBe(2);
  });

  test('--quiet shows errors only; the summary still counts the warnings', async () => {
    const r = await cli(project({ '1.sql': `${both['1.sql']}CREATE INDEX ON nowhere (a);\n` }), ['audit', '1.sql', '--quiet']);
    expect(r.out).not.toContain('warning [');
    expect(r.out).not.toContain('note:');
    expect(r.out).toContain('error [duplicates-constraint]');
    expect(r.out).toContain('2 errors, 1 warning');
  });
});

describe('never a silent pass', () => {
  test('a glob, directory or path that matches no migration file is an error naming it', async () => {
    const dir = project({ 'db/migrations/1.sql': USERS, 'empty/readme.txt': '' });
    expect(await cli(dir, ['audit', 'db/migraitons/*.sql'])).toEqual({ code: 2, out: '', err: 'pg-index-lint: db/migraitons/*.sql: matches no migration file\n' });
    expect((await cli(dir, ['audit', 'empty'])).err).toBe('pg-index-lint: empty: matches no migration file\n');
    expect((await cli(dir, ['audit', 'db/migrations/*.sql', 'empty'])).code).toBe(2);
  });

  test('a lone file on tables created elsewhere fails with unknown-table and says how to give the history', async () => {
    const dir = project({ 'db/1.sql': USERS, 'db/2.sql': DUPLICATE });
    const r = await cli(dir, ['lint', 'db/2.sql']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('db/2.sql:2:1: error [unknown-table] table users is created by no file given');
    expect(r.out).not.toContain('No problems found');
    expect(r.out).toContain(
      '1 statement is on tables no file given creates, and checked only in part: give the earlier migrations (as paths, or "migrations" in pg-index-lint.json), --database-url or --snapshot.',
    );
  });

  test('with "migrations" in the configuration, `lint --changed FILE` finds the history itself (the pre-commit hook)', async () => {
    const dir = project({ 'db/1.sql': USERS, 'db/2.sql': DUPLICATE, 'pg-index-lint.json': JSON.stringify({ migrations: ['db/*.sql'] }) });
    const r = await cli(dir, ['lint', '--changed', 'db/2.sql', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).toEqual(['duplicates-constraint']);
  });

  test('with "migrations" in the configuration, `lint FILE` lints FILE on top of the history (pre-commit passes the staged files so)', async () => {
    const dir = project({ 'db/1.sql': USERS, 'db/2.sql': DUPLICATE, 'db/3.sql': FOREIGN_KEY, 'pg-index-lint.json': JSON.stringify({ migrations: ['db'] }) });
    const r = await cli(dir, ['lint', 'db/2.sql', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual(['duplicates-constraint db/2.sql']);
    expect(report.summary.files).toBe(3);
    // With --changed, the paths are the history again.
    const explicit = await cli(dir, ['lint', 'db/2.sql', '--changed', 'db/2.sql', '--format', 'json']);
    expect(JSON.parse(explicit.out).findings.map((f: { rule: string }) => f.rule)).toEqual(['unknown-table']);
  });

  test('globs: braces and character classes match as a shell would', async () => {
    const dir = project({ 'db/a_core/1.sql': USERS, 'db/b_billing/2.sql': DUPLICATE, 'db/other/3.sql': 'SYNTAX ERROR;', 'db/[x]/4.sql': 'SYNTAX ERROR;' });
    const r = await cli(dir, ['audit', 'db/{a_core,b_billing}/*.sql', '--format', 'json']);
    expect(JSON.parse(r.out).findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual(['duplicates-constraint db/b_billing/2.sql']);
    const classes = await cli(dir, ['audit', 'db/[ab]_*/*.sql', '--format', 'json']);
    expect(JSON.parse(classes.out).summary.files).toBe(2);
  });

  test('a malformed --database-url or DATABASE_URL says it is not a connection string, without repeating it', async () => {
    const dir = project({});
    expect(await cli(dir, ['audit', '--database-url', 'notaurl'])).toEqual({
      code: 2,
      out: '',
      err: 'pg-index-lint: --database-url is not a connection string (expected postgresql://user@host:5432/database or key=value pairs such as "host=db dbname=app")\n',
    });
    const env = await cli(dir, ['audit'], { env: { ...ENV, DATABASE_URL: 's3cret' } });
    expect(env.err).toMatch(/^pg-index-lint: DATABASE_URL is not a connection string/);
    expect(env.err).not.toContain('s3cret');
    expect((await cli(dir, ['audit', '--database-url', 'postgresql://u:p@[bad'])).err).toMatch(/--database-url is not a connection string: the URL cannot be parsed/);
  });
});
