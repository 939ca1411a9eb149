/**
 * The command line: exit codes, text and JSON output (the JSON contract is
 * pinned here), configuration and inline suppressions.
 */
import { describe, expect, test } from '@jest/globals';
import { cliIn, project } from './helpers/cli.js';

const cli = (cwd: string, ...args: string[]) => cliIn(cwd, args);

const SCHEMA = `CREATE TABLE users (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    user_id int NOT NULL REFERENCES users (id),
    placed_at timestamptz
);
`;

describe('exit codes and text output', () => {
  test('0 and a summary when nothing is found', async () => {
    const dir = project({ '1.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' });
    const r = await cli(dir, 'audit', '1.sql');
    expect(r).toEqual({ code: 0, out: 'No problems found (1 file, 1 statement).\n', err: '' });
  });

  test('1 with error findings, as file:line:column: severity [rule] message, then the fix', async () => {
    const dir = project({ '1.sql': SCHEMA, '2.sql': '-- lookups\nCREATE INDEX ix_users_email ON users (email);\n' });
    const r = await cli(dir, 'lint', '1.sql', '2.sql', '--changed', '2.sql');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      '2.sql:2:1: error [duplicates-constraint] ix_users_email duplicates users_email_key, the index behind UNIQUE (email) on users',
      '    fix: DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;',
      '1 error, 0 warnings (2 files, 3 statements).',
      '',
    ]);
  });

  test('0 with warnings only', async () => {
    const dir = project({ '1.sql': SCHEMA });
    const r = await cli(dir, 'audit', '1.sql');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1.sql:5:1: warning [unindexed-foreign-key] foreign key orders_user_id_fkey on orders (user_id) has no index');
    expect(r.out).toContain('fix: CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON public.orders (user_id);');
  });

  test('a syntax error is an error finding at its line, and the rest is still linted', async () => {
    const dir = project({ '1.sql': `${SCHEMA}CREATE INDX oops;\nCREATE INDEX orders_user ON orders (user_id);\n` });
    const r = await cli(dir, 'audit', '1.sql');
    expect(r.code).toBe(1);
    expect(r.out).toContain('1.sql:10:8: error [syntax-error] syntax error: syntax error at or near "INDX"');
    expect(r.out).not.toContain('unindexed-foreign-key');
  });

  test('2, one line on stderr, for a file that does not exist', async () => {
    const r = await cli(project({}), 'audit', 'missing.sql');
    expect(r.code).toBe(2);
    expect(r.err).toBe('pg-index-lint: missing.sql: no such file or directory\n');
    expect(r.out).toBe('');
  });

  test('2 for bad arguments', async () => {
    const dir = project({});
    expect((await cli(dir, 'frobnicate')).err).toMatch(/unknown command "frobnicate"/);
    expect((await cli(dir, 'audit', '--format', 'xml', 'x.sql')).code).toBe(2);
    expect((await cli(dir, 'audit', '--bogus')).err).toMatch(/unknown option --bogus/);
    expect((await cli(dir, 'audit')).err).toMatch(/no migration files given/);
    expect((await cli(dir, 'lint', 'x.sql', '--changed')).err).toMatch(/--changed needs a value/);
  });

  test('--help and --version', async () => {
    const dir = project({});
    const help = await cli(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^pg-index-lint — /);
    expect(help.out).toContain(
      'Exit codes: 0 nothing at or above --fail-on (error findings, by default),\n1 findings at or above --fail-on or more warnings than --max-warnings,\n2 the tool could not do its job.',
    );
    expect((await cli(dir)).out).toBe(help.out);
    const version = await cli(dir, '--version');
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('JSON output (the contract)', () => {
  test('every field of a redundant-index finding and of a foreign-key finding', async () => {
    const dir = project({
      '1.sql': SCHEMA,
      '2.sql': 'CREATE INDEX ix_users_email ON users (email);\nCREATE TABLE items (order_id int REFERENCES orders);\n',
    });
    const r = await cli(dir, 'lint', '1.sql', '2.sql', '--changed', '2.sql', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      findings: [
        {
          rule: 'duplicates-constraint',
          severity: 'error',
          file: '2.sql',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 45,
          table: 'public.users',
          index: 'ix_users_email',
          relatedIndexes: ['users_email_key'],
          constraint: null,
          foreignKey: null,
          columns: ['email'],
          sizeBytes: null,
          scans: null,
          message: 'ix_users_email duplicates users_email_key, the index behind UNIQUE (email) on users',
          fix: 'DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;',
        },
        {
          rule: 'unindexed-foreign-key',
          severity: 'warning',
          file: '2.sql',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 52,
          table: 'public.items',
          index: null,
          relatedIndexes: null,
          constraint: null,
          foreignKey: 'items_order_id_fkey',
          columns: ['order_id'],
          sizeBytes: null,
          scans: null,
          message: 'foreign key items_order_id_fkey on items (order_id) has no index: every DELETE or key UPDATE on orders scans items',
          fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS items_order_id_idx ON public.items (order_id);',
        },
      ],
      notes: [],
      summary: { files: 2, statements: 4, findings: 2, errors: 1, warnings: 1, notes: 0, uncheckedStatements: 0, reclaimableBytes: null },
    });
  });

  test('a constraint-backed redundant index names its constraint and is fixed with DROP CONSTRAINT', async () => {
    const dir = project({ '1.sql': 'CREATE TABLE "Tag" (id int PRIMARY KEY, name text UNIQUE);\nALTER TABLE "Tag" ADD CONSTRAINT "Tag_name_uq" UNIQUE (name);\n' });
    const r = await cli(dir, 'audit', '1.sql', '--format', 'json');
    const [finding] = JSON.parse(r.out).findings;
    expect(finding).toMatchObject({
      rule: 'duplicates-constraint',
      index: 'Tag_name_uq',
      constraint: 'Tag_name_uq',
      table: 'public.Tag',
      fix: 'ALTER TABLE public."Tag" DROP CONSTRAINT "Tag_name_uq";',
    });
  });
});

describe('configuration', () => {
  const files = { '1.sql': `${SCHEMA}CREATE INDEX orders_user ON orders (user_id);\nCREATE INDEX orders_user_placed ON orders (user_id, placed_at);\n` };

  test('a rule can be made a warning or turned off', async () => {
    const dir = project({ ...files, 'pg-index-lint.json': JSON.stringify({ rules: { 'leading-prefix': 'warning', 'unindexed-foreign-key': 'off' } }) });
    const r = await cli(dir, 'audit', '1.sql', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`)).toEqual(['leading-prefix warning']);
  });

  test('tables and indexes can be ignored by pattern', async () => {
    const dir = project({ ...files, 'custom.json': JSON.stringify({ ignore: { tables: ['public.ord*'] } }) });
    expect(JSON.parse((await cli(dir, 'audit', '1.sql', '--config', 'custom.json', '--format', 'json')).out).findings).toEqual([]);
    const dir2 = project({ ...files, 'pg-index-lint.json': JSON.stringify({ ignore: { indexes: ['orders_us?r'] } }) });
    expect(JSON.parse((await cli(dir2, 'audit', '1.sql', '--format', 'json')).out).findings.map((f: { rule: string }) => f.rule)).toEqual([]);
  });

  test('migration paths come from the config when none are given', async () => {
    const dir = project({ ...files, 'pg-index-lint.json': JSON.stringify({ migrations: ['1.sql'] }) });
    expect((await cli(dir, 'audit')).code).toBe(1);
  });

  test('a bad config is exit code 2 with a message naming the problem', async () => {
    for (const [config, message] of [
      ['{', /not valid JSON/],
      [JSON.stringify({ rules: { 'no-such-rule': 'error' } }), /unknown rule "no-such-rule"/],
      [JSON.stringify({ rules: { 'leading-prefix': 'fatal' } }), /severity must be "error", "warning" or "off"/],
      [JSON.stringify({ ignor: {} }), /unknown key "ignor"/],
      [JSON.stringify({ ignore: { tables: 'x' } }), /"ignore.tables" must be an array of strings/],
    ] as const) {
      const r = await cli(project({ ...files, 'pg-index-lint.json': config }), 'audit', '1.sql');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect((await cli(project(files), 'audit', '1.sql', '--config', 'nope.json')).err).toMatch(/config .*nope.json: cannot be read/);
  });
});

describe('inline suppression', () => {
  test('a comment on the line before the statement suppresses that rule there', async () => {
    const dir = project({
      '1.sql': `${SCHEMA}-- pg-index-lint-ignore leading-prefix: kept for the nightly report\nCREATE INDEX orders_user ON orders (user_id);\nCREATE INDEX orders_user_placed ON orders (user_id, placed_at);\n`,
    });
    const r = await cli(dir, 'audit', '1.sql', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings).toEqual([]);
  });

  test('a suppression that matches nothing is reported itself', async () => {
    const dir = project({ '1.sql': `${SCHEMA}-- pg-index-lint-ignore duplicate-index: no longer true\nCREATE INDEX orders_user ON orders (user_id);\n` });
    const r = await cli(dir, 'audit', '1.sql', '--format', 'json');
    const findings = JSON.parse(r.out).findings;
    expect(findings.map((f: { rule: string; line: number }) => `${f.rule} ${f.line}`)).toEqual(['unused-suppression 10']);
  });
});
