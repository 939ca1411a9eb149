/** Reading SQL: statement locations, syntax errors that do not hide the rest, migration-tool syntax. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { CHUNK_BYTES, loadParser, parseMigrationSql, type Statement } from '../src/sql/parseFile.js';
import { parseMigrationSqlBeside } from '../src/sql/parseAhead.js';
import { ParserThread } from '../src/sql/parserThread.js';
import { statementsOf, statementsWalked } from '../src/sql/parserWorker.js';
import { parseSync } from 'libpg-query';

beforeAll(() => loadParser());

const at = (s: { start: { line: number; column: number }; end: { line: number; column: number } }) => `${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column}`;

describe('statement locations', () => {
  test('lines and columns of each statement, skipping comments before it', () => {
    const parsed = parseMigrationSql('-- header\nCREATE TABLE t (a int);\n  CREATE INDEX i ON t (a);   SELECT 1;\n');
    expect(parsed.statements.map((s) => `${s.kind} ${at(s)}`)).toEqual(['CreateStmt 2:1-2:23', 'IndexStmt 3:3-3:26', 'SelectStmt 3:30-3:38']);
  });

  test('columns count characters, not bytes, after multi-byte text', () => {
    const parsed = parseMigrationSql("COMMENT ON TABLE t IS 'é漢字🙂'; CREATE INDEX i ON t (a);");
    expect(at(parsed.statements[1])).toBe('1:31-1:54');
  });

  test('a statement spread over lines ends where its semicolon is', () => {
    const parsed = parseMigrationSql('CREATE INDEX i\n    ON t (a)\n    WHERE b;\n');
    expect(at(parsed.statements[0])).toBe('1:1-3:12');
  });

  test('CRLF line ends and a byte order mark do not move columns', () => {
    const parsed = parseMigrationSql('\ufeffSELECT 1;\r\nCREATE INDEX i ON t (a);\r\n');
    expect(parsed.statements.map(at)).toEqual(['1:2-1:10', '2:1-2:24']);
  });

  test('a file of comments only has no statements and no error', () => {
    expect(parseMigrationSql('-- nothing to do\n/* really */\n')).toMatchObject({ statements: [], syntaxErrors: [] });
    expect(parseMigrationSql('')).toMatchObject({ statements: [], syntaxErrors: [] });
  });
});

describe('syntax errors', () => {
  test('one error is reported at its line and column, and the statements around it are still read', () => {
    const parsed = parseMigrationSql('CREATE TABLE t (a int);\nCREATE INDX i ON t (a);\nCREATE INDEX j ON t (a);\n');
    expect(parsed.syntaxErrors).toHaveLength(1);
    expect(parsed.syntaxErrors[0]).toMatchObject({ start: { line: 2, column: 8 } });
    expect(parsed.syntaxErrors[0].message).toMatch(/syntax error at or near "INDX"/);
    expect(parsed.statements.map((s) => s.kind)).toEqual(['CreateStmt', 'IndexStmt']);
  });

  test('the error column counts characters after multi-byte text', () => {
    const parsed = parseMigrationSql("SELECT 'ü'; SELECT 'ü' frm x;");
    expect(parsed.syntaxErrors[0].start).toEqual({ line: 1, column: 28 });
  });

  test('several errors, each at its place', () => {
    const parsed = parseMigrationSql('SELEC 1;\nSELECT 2;\nSELECT (;\nSELECT 4;');
    expect(parsed.syntaxErrors.map((e) => e.start.line)).toEqual([1, 3]);
    expect(parsed.statements).toHaveLength(2);
  });

  test('semicolons inside strings, dollar quotes and comments do not split statements', () => {
    const parsed = parseMigrationSql("SELEC 1;\nSELECT ';', $$;$$, $x$ ; $x$ /* ; */; -- ;\nCREATE INDEX i ON t (a);");
    expect(parsed.statements.map((s) => s.kind)).toEqual(['SelectStmt', 'IndexStmt']);
  });

  test('an unterminated string is reported, not thrown', () => {
    const parsed = parseMigrationSql("CREATE TABLE t (a int);\nSELECT 'oops;\n");
    expect(parsed.statements).toHaveLength(1);
    expect(parsed.syntaxErrors[0].message).toMatch(/unterminated quoted string/);
    expect(parsed.syntaxErrors[0].start.line).toBe(2);
  });

  test('a Flyway placeholder is named in the message', () => {
    const parsed = parseMigrationSql('CREATE TABLE t (a int);\nCREATE INDEX i ON ${schema}.t (a);\n');
    expect(parsed.syntaxErrors).toHaveLength(1);
    expect(parsed.syntaxErrors[0].message).toMatch(/placeholder \$\{schema\}/);
    expect(parsed.syntaxErrors[0].start).toEqual({ line: 2, column: 19 });
  });
});

describe('migration-tool syntax', () => {
  test('the down half of a goose file is ignored', () => {
    const parsed = parseMigrationSql('-- +goose Up\nCREATE INDEX i ON t (a);\n-- +goose Down\nDROP INDEX i;\n');
    expect(parsed.statements.map((s) => s.kind)).toEqual(['IndexStmt']);
  });

  test('goose StatementBegin/End blocks are read', () => {
    const parsed = parseMigrationSql('-- +goose Up\n-- +goose StatementBegin\nCREATE INDEX i ON t (a);\n-- +goose StatementEnd\n');
    expect(parsed.statements.map((s) => s.kind)).toEqual(['IndexStmt']);
  });

  test('the down half of a dbmate file is ignored', () => {
    const parsed = parseMigrationSql('-- migrate:up\nCREATE INDEX i ON t (a);\n\n-- migrate:down\nDROP INDEX i;\n');
    expect(parsed.statements.map((s) => s.kind)).toEqual(['IndexStmt']);
  });

  test('psql meta-commands are read as psql reads them, keeping the lines (psql-scripts.test.ts has the rest)', () => {
    const parsed = parseMigrationSql('\\set ON_ERROR_STOP on\n\\connect app\nCREATE INDEX i ON t (a);\n');
    expect(parsed.statements.map((s) => `${s.kind} ${s.start.line}`)).toEqual(['PsqlNewSession 2', 'IndexStmt 3']);
    expect(parsed.notes).toEqual([]);
  });

  test('COPY ... FROM stdin data is not read as SQL', () => {
    const parsed = parseMigrationSql('COPY t (a) FROM stdin;\n1\n2\n\\.\nCREATE INDEX i ON t (a);\n');
    expect(parsed.statements.map((s) => s.kind)).toEqual(['CopyStmt', 'IndexStmt']);
    expect(parsed.syntaxErrors).toEqual([]);
  });
});

describe('large files', () => {
  test('a file read in pieces gives every statement once, across BEGIN ATOMIC bodies and errors', () => {
    const lines: string[] = ['CREATE TABLE t (a int);'];
    for (let i = 0; i < 6000; i++) {
      lines.push(`CREATE INDEX i_${i} ON t (a);`);
      if (i % 97 === 0) lines.push(`CREATE FUNCTION f_${i}() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT ${i}; END;`);
      if (i === 4321) lines.push('CREATE INDX broken ON t (a);');
    }
    const parsed = parseMigrationSql(lines.join('\n'));
    expect(Buffer.byteLength(lines.join('\n'))).toBeGreaterThan(150 * 1024);
    expect(parsed.syntaxErrors.map((e) => `${e.start.line}: ${e.message}`)).toEqual([`${lines.indexOf('CREATE INDX broken ON t (a);') + 1}: syntax error at or near "INDX"`]);
    expect(parsed.statements.filter((s) => s.kind === 'IndexStmt')).toHaveLength(6000);
    expect(parsed.statements.filter((s) => s.kind === 'CreateFunctionStmt')).toHaveLength(62);
    const starts = parsed.statements.map((s) => s.start.line);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

test('a cut between pieces that falls inside a BEGIN ATOMIC body is mended', () => {
  const filler = 'SELECT 1;\n';
  const padding = filler.repeat(Math.floor((CHUNK_BYTES - 20) / filler.length));
  const sql = `${padding}CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nCREATE INDEX i ON t (a);\n`;
  const parsed = parseMigrationSql(sql);
  expect(parsed.syntaxErrors).toEqual([]);
  expect(parsed.statements.slice(-2).map((s) => s.kind)).toEqual(['CreateFunctionStmt', 'IndexStmt']);
});

describe('large files parsed on the parser thread', () => {
  // The thread's script ships in the bundle; dist/ is the build of these sources (CI checks it).
  const script = new URL('../dist/parser-worker.js', import.meta.url);
  const treesFor = new Set(['CreateStmt', 'IndexStmt']);
  const history = (): string => {
    const lines: string[] = ['CREATE TABLE t (a int, "ä" text);'];
    for (let i = 0; i < 6000; i++) {
      lines.push(`CREATE INDEX i_${i} ON t (a) WHERE "ä" <> 'ü${i}';`);
      if (i % 89 === 0) lines.push(`CREATE FUNCTION f_${i}() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT ${i}; END;`);
      if (i % 500 === 7) lines.push(`INSERT INTO t (a) VALUES (${i});`);
      if (i === 2345 || i === 5000) lines.push('CREATE INDX broken ON t (a);');
    }
    return lines.join('\n');
  };
  const shape = (s: Statement) => ({ kind: s.kind, start: s.start, end: s.end, text: s.text, node: s.node });

  test('the same statements, trees, positions and errors as parsed on one thread', async () => {
    const thread = ParserThread.start(treesFor, script);
    expect(thread).not.toBeNull();
    await thread!.ready;
    try {
      const sql = history();
      const here = parseMigrationSql(sql, undefined, { treesFor });
      const beside: Statement[] = [];
      const parsed = await parseMigrationSqlBeside(thread, sql, (s) => beside.push(s), { treesFor });
      expect(beside.length).toBeGreaterThan(6000);
      expect(beside.map(shape)).toEqual(here.statements.map(shape));
      expect(parsed.syntaxErrors).toEqual(here.syntaxErrors);
      expect(parsed.syntaxErrors).toHaveLength(2);
      // Trees only for the kinds asked for; the other statements are still there, and still checked.
      expect(beside.find((s) => s.kind === 'InsertStmt')?.node).toBeNull();
      expect(beside.find((s) => s.kind === 'IndexStmt')?.node).toMatchObject({ idxname: 'i_0' });
    } finally {
      await thread?.stop();
    }
  });

  test("the parser's JSON is cut into statements without being parsed, whatever its strings hold", () => {
    const sql = String.raw`CREATE INDEX "i}{" ON t (a) WHERE b = 'x"}]\\'; SELECT '\"', E'\\\'', $$}{$$;` + `\nCOMMENT ON TABLE t IS '🙂 "" \\';\nCREATE TABLE "u""" (a int)`;
    const tree = parseSync(sql) as unknown as { stmts: Array<{ stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }> };
    expect(tree.stmts).toHaveLength(4);
    expect(statementsOf(JSON.stringify(tree), new Set(['IndexStmt', 'CreateStmt', 'SelectStmt']))).toEqual(
      tree.stmts.map((raw) => {
        const kind = Object.keys(raw.stmt)[0];
        return { kind, location: raw.stmt_location ?? 0, length: raw.stmt_len ?? 0, tree: kind === 'CommentStmt' ? null : JSON.stringify(raw.stmt[kind]) };
      }),
    );
    // Found by their wrappers alone, or by walking every object: the same statements.
    const kinds = new Set(['IndexStmt', 'CreateStmt', 'SelectStmt']);
    expect(statementsOf(JSON.stringify(tree), kinds)).toEqual(statementsWalked(JSON.stringify(tree), kinds));
    expect(statementsOf('{"version":180004}', new Set())).toEqual([]);
    expect(statementsOf('{"version":180004,"stmts":[]}', new Set())).toEqual([]);
    expect(() => statementsOf('{"version":180004,"stmts":[{"stmt":{"X":{"a":"}"}', new Set())).toThrow('unexpected parser output');
    // A shape the wrappers do not fit is walked: a statement inside a statement's node (there is none in
    // libpg-query's output) is not taken for one of the list.
    const nested = '{"version":180004,"stmts":[{"stmt":{"X":{"a":[{"stmt":{"Y":{"b":1}}}]}},"stmt_len":5},{"stmt":{"Z":{}},"stmt_location":6}]}';
    expect(statementsOf(nested, new Set(['X', 'Z']))).toEqual([
      { kind: 'X', location: 0, length: 5, tree: '{"a":[{"stmt":{"Y":{"b":1}}}]}' },
      { kind: 'Z', location: 6, length: 0, tree: '{}' },
    ]);
  });

  test("only a statement's wrapper has the key stmt in libpg-query's nodes (statementsOf finds statements by it)", () => {
    const types = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('@pgsql/types/package.json')), 'types.d.ts'), 'utf8');
    const holders = [...types.matchAll(/export interface (\w+) \{([^}]*)\}/g)].filter(([, , body]) => /^\s*stmt\?:/m.test(body)).map(([, name]) => name);
    expect(holders).toEqual(['RawStmt']);
  });

  test('a thread that has stopped leaves the parse to this thread', async () => {
    const thread = ParserThread.start(treesFor, script)!;
    await thread.stop();
    const sql = history();
    const beside: Statement[] = [];
    await parseMigrationSqlBeside(thread, sql, (s) => beside.push(s), { treesFor });
    expect(beside.map(shape)).toEqual(parseMigrationSql(sql, undefined, { treesFor }).statements.map(shape));
  });

  test('without a worker script there is no thread', () => {
    expect(ParserThread.start(treesFor, new URL('./no-such-worker.js', import.meta.url))).toBeNull();
  });
});
