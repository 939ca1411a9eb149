/**
 * Migration files with psql meta-commands are read as `psql -f` reads them.
 * Each case is run by psql itself (`psql -X -v ON_ERROR_STOP=0 -f`) into a
 * database of its own, and the indexes and foreign keys of the static replay
 * must be those of the catalog; the statement stream (where statements start,
 * what psql sends besides the file's text) is checked without a server.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { Replayer } from '../src/model/replay/index.js';
import { SchemaModel } from '../src/model/schema.js';
import { CHUNK_BYTES, loadParser, parseMigrationSql, type Statement } from '../src/sql/parseFile.js';
import { parseMigrationSqlBeside } from '../src/sql/parseAhead.js';
import { ParserThread } from '../src/sql/parserThread.js';
import { NEW_SESSION } from '../src/sql/psql.js';
import { psqlDatabasesUnavailable, withPsqlDatabase } from './helpers/serverModel.js';
import { replayModel } from './helpers/replayModel.js';
import type { Index } from '../src/model/types.js';

/** An index's keys as text: the column, or the expression. */
const keyTexts = (index: Index) => index.keys.map((k) => (k.kind === 'column' ? k.column : k.expression));

beforeAll(() => loadParser());

const liveUnavailable = psqlDatabasesUnavailable;

const stream = (sql: string) => parseMigrationSql(sql).statements.map((s) => `${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column} ${s.kind} ${s.text}`);
const notes = (sql: string) => parseMigrationSql(sql).notes.map((n) => `${n.line} ${n.message}`);

/** What the model holds of indexes and foreign keys, in words both paths share. */
function objects(model: SchemaModel): string[] {
  const indexes = [...model.allIndexes()].map(
    (i) =>
      `index ${i.table} ${i.name} ${i.method} (${keyTexts(i).join(', ')})${i.include.length ? ` include (${[...i.include].sort().join(', ')})` : ''}` +
      `${i.predicate ? ` where ${i.predicate}` : ''}${i.unique ? ' unique' : ''}${i.valid ? '' : ' invalid'}${i.constraint ? ` ${i.constraint.kind} ${i.constraint.name}` : ''}`,
  );
  const fks = [...model.allForeignKeys()].map((f) => `fk ${f.table} ${f.name} (${f.columns.join(', ')}) -> ${f.referencedTable} (${f.referencedColumns.join(', ')})`);
  return [...indexes, ...fks].sort();
}

/** Runs the file with psql in a fresh database, and returns the catalog's objects and psql's error output. */
function replayWithPsql(sql: string): Promise<{ live: string[]; stderr: string }> {
  return withPsqlDatabase(sql, (_url, model, stderr) => ({ live: objects(model), stderr }));
}

/** The static replay and psql on the server agree on every index and foreign key. */
async function expectAgreement(sql: string): Promise<string[]> {
  const { live } = await replayWithPsql(sql);
  const fromFile = objects(await replayModel([sql]));
  expect(fromFile).toEqual(live);
  return live;
}

const liveTest = liveUnavailable ? test.skip : test;
if (liveUnavailable) test.skip(`replayed by psql: ${liveUnavailable}`, () => undefined);

describe('a meta-command after SQL, or on a line of its own, sends the query and swallows nothing', () => {
  const sql = [
    'CREATE TABLE t (a int, b int, c int);',
    "SELECT 'é' AS one \\gset",
    'CREATE INDEX t_a ON t (a);',
    'SELECT 2 \\g',
    'CREATE INDEX t_b ON t (b);',
    'SELECT 3',
    '\\g',
    'CREATE INDEX t_c ON t (c);',
    'SELECT 4 \\gx \\echo done',
    'CREATE INDEX t_ab ON t (a, b);',
    'SELECT 5 \\gdesc',
    'CREATE INDEX t_ba ON t (b, a);',
    '',
  ].join('\n');

  test('statements start where psql starts them, multi-byte text before a meta-command included', () => {
    expect(stream(sql)).toEqual([
      '1:1-1:37 CreateStmt CREATE TABLE t (a int, b int, c int);',
      "2:1-2:17 SelectStmt SELECT 'é' AS one",
      '3:1-3:26 IndexStmt CREATE INDEX t_a ON t (a);',
      '4:1-4:8 SelectStmt SELECT 2',
      '5:1-5:26 IndexStmt CREATE INDEX t_b ON t (b);',
      '6:1-6:8 SelectStmt SELECT 3',
      '8:1-8:26 IndexStmt CREATE INDEX t_c ON t (c);',
      '9:1-9:8 SelectStmt SELECT 4',
      '10:1-10:30 IndexStmt CREATE INDEX t_ab ON t (a, b);',
      // \gdesc describes the query and does not run it
      '12:1-12:30 IndexStmt CREATE INDEX t_ba ON t (b, a);',
    ]);
    expect(notes(sql)).toEqual([]);
  });

  liveTest('psql builds the same indexes', async () => {
    expect(await expectAgreement(sql)).toHaveLength(5);
  });

  test('\\g with an empty buffer sends the query before it again', () => {
    expect(stream('CREATE TABLE t (a int);\nCREATE INDEX ON t (a);\n\\g\n')).toEqual([
      '1:1-1:23 CreateStmt CREATE TABLE t (a int);',
      '2:1-2:22 IndexStmt CREATE INDEX ON t (a);',
      '3:1-3:2 IndexStmt CREATE INDEX ON t (a)',
    ]);
  });

  liveTest('psql builds the index twice (t_a_idx and t_a_idx1), and so does the replay', async () => {
    expect(await expectAgreement('CREATE TABLE t (a int);\nCREATE INDEX ON t (a);\n\\g\n')).toEqual(['index public.t t_a_idx btree (a)', 'index public.t t_a_idx1 btree (a)']);
  });
});

describe('\\gexec', () => {
  const known = "CREATE TABLE t (a int, b int);\nSELECT 'CREATE INDEX t_ab ON t (a, b)', NULL, 'CREATE INDEX t_b ON t (b)' \\gexec\nCREATE INDEX t_a ON t (a);\n";
  test('runs the statements its query returns when the query writes them out', () => {
    expect(stream(known)).toEqual([
      '1:1-1:30 CreateStmt CREATE TABLE t (a int, b int);',
      "2:1-2:73 SelectStmt SELECT 'CREATE INDEX t_ab ON t (a, b)', NULL, 'CREATE INDEX t_b ON t (b)'",
      '2:75-2:80 IndexStmt CREATE INDEX t_ab ON t (a, b)',
      '2:75-2:80 IndexStmt CREATE INDEX t_b ON t (b)',
      '3:1-3:26 IndexStmt CREATE INDEX t_a ON t (a);',
    ]);
  });

  liveTest('psql agrees', async () => {
    expect(await expectAgreement(known)).toHaveLength(3);
  });

  const unknown = ['CREATE TABLE t (a int, b int);', "SELECT format('CREATE INDEX %I ON t (%I)', 't_' || c, c) FROM unnest(ARRAY['a', 'b']) c", '\\gexec', 'CREATE INDEX t_ab ON t (a, b);', ''].join(
    '\n',
  );
  test('says where the statements it runs cannot be known, and guesses none', () => {
    expect(parseMigrationSql(unknown).statements.map((s) => s.kind)).toEqual(['CreateStmt', 'SelectStmt', 'IndexStmt']);
    expect(notes(unknown)).toEqual(['3 \\gexec runs each value its query returns as a statement; they cannot be known without running the query, so what they change is not in the schema model']);
  });

  test('a query whose text is not known: neither it nor what it returns is replayed, and both are said', () => {
    expect(notes("SELECT :'stmt' \\gexec\n")).toEqual([
      '1 this statement uses the psql variable :stmt, not set in this file (psql -v?): its text cannot be known, so it is not replayed',
      '1 \\gexec runs each value its query returns as a statement; they cannot be known without running the query, so what they change is not in the schema model',
    ]);
  });

  liveTest('the statement after it is not swallowed (psql runs it too)', async () => {
    const { live } = await replayWithPsql(unknown);
    expect(live).toContain('index public.t t_ab btree (a, b)');
    expect(objects(await replayModel([unknown]))).toEqual(['index public.t t_ab btree (a, b)']);
  });
});

describe('COPY data', () => {
  const sql = [
    'CREATE TABLE t (a int, b text);',
    'COPY t (a, b) FROM STDIN;',
    "1\tit's; CREATE INDEX not_sql ON t (a);",
    '2\t\\N',
    '\\.',
    'CREATE INDEX t_a ON t (a);',
    'COPY t (a) FROM STDOUT;',
    '3',
    '\\.',
    'CREATE INDEX t_b ON t (b);',
    '\\copy t (a) from stdin',
    "4 '",
    '\\.',
    'CREATE INDEX t_ab ON t (a, b);',
    'COPY t (a) FROM stdin; CREATE INDEX t_ba ON t (b, a);',
    '5',
    '\\.',
    '',
  ].join('\n');

  test('is not read as SQL and does not swallow the next statement', () => {
    expect(parseMigrationSql(sql).statements.map((s) => `${s.start.line} ${s.kind}`)).toEqual([
      '1 CreateStmt',
      '2 CopyStmt',
      '6 IndexStmt',
      '7 CopyStmt',
      '10 IndexStmt',
      '14 IndexStmt',
      '15 CopyStmt',
      // psql reads the data from the next line, then the rest of the COPY's line
      '15 IndexStmt',
    ]);
    expect(parseMigrationSql(sql).syntaxErrors).toEqual([]);
  });

  liveTest('psql agrees', async () => {
    expect(await expectAgreement(sql)).toHaveLength(4);
  });

  const combined = ['CREATE TABLE t (s text);', 'SELECT 1 \\;', 'COPY t FROM STDIN \\;', "SELECT 2 ; SELECT 'same line';", 'Moe', '\\.', 'CREATE INDEX t_s ON t (s);', ''].join('\n');
  test('a COPY inside a query joined with \\; reads its data after the line where psql sends the query', () => {
    expect(parseMigrationSql(combined).statements.map((s) => `${s.start.line} ${s.kind}`)).toEqual(['1 CreateStmt', '2 SelectStmt', '3 CopyStmt', '4 SelectStmt', '4 SelectStmt', '7 IndexStmt']);
  });

  liveTest('psql agrees', async () => {
    expect(await expectAgreement(combined)).toEqual(['index public.t t_s btree (s)']);
  });
});

describe('\\if, \\elif, \\else, \\endif and \\quit', () => {
  const sql = [
    'CREATE TABLE t (a int, b int, c int);',
    '\\if false',
    '  CREATE INDEX no_1 ON t (a);',
    '  \\if true',
    '    CREATE INDEX no_2 ON t (a);',
    '  \\endif',
    '\\elif off',
    '  CREATE INDEX no_3 ON t (a);',
    '\\else',
    '  CREATE INDEX yes_1 ON t (a);',
    '\\endif',
    '\\set go yes',
    '\\if :go',
    '  CREATE INDEX yes_2 ON t (b);',
    '\\else',
    '  CREATE INDEX no_4 ON t (b);',
    '\\endif',
    "\\if 'on'",
    '  CREATE INDEX yes_3 ON t (c); \\q',
    '\\endif',
    'CREATE INDEX no_5 ON t (a, b);',
    '',
  ].join('\n');

  test('a branch known false is not replayed, nor anything after \\quit', () => {
    expect(parseMigrationSql(sql).statements.map((s) => s.text)).toEqual([
      'CREATE TABLE t (a int, b int, c int);',
      'CREATE INDEX yes_1 ON t (a);',
      'CREATE INDEX yes_2 ON t (b);',
      'CREATE INDEX yes_3 ON t (c);',
    ]);
    expect(notes(sql)).toEqual([]);
  });

  liveTest('psql agrees', async () => {
    expect(await expectAgreement(sql)).toHaveLength(3);
  });

  const undecided = ['CREATE TABLE t (a int);', '\\if :use_index', 'CREATE INDEX maybe ON t (a);', '\\else', 'CREATE INDEX or_this ON t (a);', '\\endif', 'CREATE INDEX t_a ON t (a);', ''].join('\n');
  test('where the condition cannot be known, a note says so and no branch is replayed', () => {
    expect(parseMigrationSql(undecided).statements.map((s) => s.text)).toEqual(['CREATE TABLE t (a int);', 'CREATE INDEX t_a ON t (a);']);
    expect(notes(undecided)).toEqual([
      "2 \\if :use_index: the condition cannot be known here (a variable not set in this file, or a command's output), so nothing up to its \\endif (line 6) is replayed",
    ]);
  });

  const quitInQuery = 'CREATE TABLE t (a int, b int);\nCREATE INDEX i ON t (a) \\q\nCREATE INDEX j ON t (b);\n';
  test('\\q ends the file; a query not ended by a semicolon before it is sent first', () => {
    expect(parseMigrationSql(quitInQuery).statements.map((s) => s.text)).toEqual(['CREATE TABLE t (a int, b int);', 'CREATE INDEX i ON t (a)']);
  });

  liveTest('\\q in a query: psql agrees', async () => {
    expect(await expectAgreement(quitInQuery)).toEqual(['index public.t i btree (a)']);
  });
});

describe('\\connect starts a new session', () => {
  const sql = [
    'CREATE SCHEMA s;',
    'CREATE TABLE s.t (a int);',
    'CREATE TABLE public.t (a int, b int);',
    'SET search_path = s;',
    'CREATE TEMP TABLE tmp (a int);',
    '\\c',
    'CREATE INDEX t_ab ON t (a, b);',
    'CREATE TABLE tmp (a int);',
    'CREATE INDEX ON tmp (a);',
    '',
  ].join('\n');

  test('a marker in the statement stream, where psql reconnects', () => {
    const statements = parseMigrationSql(sql).statements;
    expect(statements.map((s) => `${s.start.line} ${s.kind}`)).toEqual([
      '1 CreateSchemaStmt',
      '2 CreateStmt',
      '3 CreateStmt',
      '4 VariableSetStmt',
      '5 CreateStmt',
      `6 ${NEW_SESSION}`,
      '7 IndexStmt',
      '8 CreateStmt',
      '9 IndexStmt',
    ]);
    expect(statements[5]).toMatchObject({ node: { database: null }, text: '\\c' });
    expect(parseMigrationSql('\\connect app\nSELECT 1;').statements[0]).toMatchObject({ kind: NEW_SESSION, node: { database: 'app' }, text: '\\connect app' });
  });

  // The replay resets the session at the marker once it reads it (the statement kinds it reads include it).
  const replayReadsMarker = new Replayer(new SchemaModel()).kinds.has(NEW_SESSION);
  (liveUnavailable || !replayReadsMarker ? test.skip : test)('search_path resets and temporary tables are gone, in psql and in the replay', async () => {
    expect(await expectAgreement(sql)).toEqual(['index public.t t_ab btree (a, b)', 'index public.tmp tmp_a_idx btree (a)']);
  });
});

describe('variables', () => {
  const sql = [
    'CREATE SCHEMA app;',
    '\\set schema app',
    "\\set tbl 'é t'",
    '\\set col b',
    'CREATE TABLE :schema.:"tbl" (a int, :col int);',
    'CREATE INDEX ON :schema.:"tbl" (:col); SELECT :\'tbl\' AS lit, \'kept :col\' AS s; CREATE INDEX after_vars ON app."é t" (a, b);',
    '\\unset col',
    'CREATE INDEX ON :schema.:"tbl" (a);',
    '',
  ].join('\n');

  test("a value set in the file is substituted, and columns are still the file's", () => {
    const statements = parseMigrationSql(sql).statements;
    expect(statements.map((s) => `${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column} ${s.text}`)).toEqual([
      '1:1-1:18 CREATE SCHEMA app;',
      '5:1-5:46 CREATE TABLE app."é t" (a int, b int);',
      '6:1-6:38 CREATE INDEX ON app."é t" (b);',
      `6:40-6:78 SELECT 'é t' AS lit, 'kept :col' AS s;`,
      '6:80-6:123 CREATE INDEX after_vars ON app."é t" (a, b);',
      '8:1-8:35 CREATE INDEX ON app."é t" (a);',
    ]);
  });

  liveTest('psql agrees', async () => {
    expect(await expectAgreement(sql)).toHaveLength(3);
  });

  const unset = 'CREATE TABLE t (a int);\nCREATE INDEX ON :tbl (a);\nCREATE INDEX t_a ON t (a);\n';
  test('a statement with a variable the file does not set is not replayed, with a note', () => {
    expect(parseMigrationSql(unset).statements.map((s) => s.text)).toEqual(['CREATE TABLE t (a int);', 'CREATE INDEX t_a ON t (a);']);
    expect(parseMigrationSql(unset).syntaxErrors).toEqual([]);
    expect(notes(unset)).toEqual(['2 this statement uses the psql variable :tbl, not set in this file (psql -v?): its text cannot be known, so it is not replayed']);
  });

  test('\\set, \\echo and other meta-commands that change nothing leave no note; \\i says the included file is not read', () => {
    expect(notes('\\set ON_ERROR_STOP on\n\\echo hello\n\\timing on\n\\i other.sql\n\\ir ./more.sql\nSELECT 1;\n')).toEqual([
      '4 \\i other.sql: the included file is not read, so what it changes is not in the schema model',
      '5 \\ir ./more.sql: the included file is not read, so what it changes is not in the schema model',
    ]);
  });

  test('\\gset makes the variables it sets unknown', () => {
    expect(notes("\\set v t\nSELECT 'u' AS v \\gset\nCREATE INDEX ON :v (a);\n")).toEqual([
      '3 this statement uses the psql variable :v, not set in this file (psql -v?): its text cannot be known, so it is not replayed',
    ]);
  });
});

test('a line psql rejects as an invalid meta-command is skipped to its end, as psql skips it', () => {
  const sql = 'CREATE TABLE t (a int);\n\\nosuchcommand CREATE INDEX lost ON t (a);\nCREATE INDEX t_a ON t (a);\n';
  expect(parseMigrationSql(sql).statements.map((s) => s.text)).toEqual(['CREATE TABLE t (a int);', 'CREATE INDEX t_a ON t (a);']);
  expect(notes(sql)).toEqual(['2 \\nosuchcommand is not a psql meta-command: psql reports an error and skips the rest of line 2']);
});

liveTest('an invalid meta-command: psql agrees', async () => {
  await expectAgreement('CREATE TABLE t (a int, b int);\n\\nosuchcommand CREATE INDEX lost ON t (a);\nCREATE INDEX t_a ON t (a);\nSELECT 1 \\\\ CREATE INDEX t_b ON t (b);\n');
});

test('multi-byte text before a meta-command moves no position: the parser counts UTF-8 bytes, columns count characters', () => {
  const sql = "COMMENT ON TABLE t IS 'é漢🙂'; \\c\nSELECT 'é漢🙂' AS x; \\g\nCREATE INDEX i ON t (a);\n";
  expect(stream(sql)).toEqual([
    "1:1-1:28 CommentStmt COMMENT ON TABLE t IS 'é漢🙂';",
    `1:30-1:31 ${NEW_SESSION} \\c`,
    "2:1-2:18 SelectStmt SELECT 'é漢🙂' AS x;",
    "2:20-2:21 SelectStmt SELECT 'é漢🙂' AS x",
    '3:1-3:24 IndexStmt CREATE INDEX i ON t (a);',
  ]);
});

describe('more of psql: \\; \\\\ \\r, a meta-command inside a statement, values built with \\set, VALUES for \\gexec, nested \\if', () => {
  const sql = [
    'CREATE TABLE t (a int, b int, c int);',
    'CREATE INDEX s1 ON t (a) \\; CREATE INDEX s2 ON t (b);',
    '\\echo hi \\\\ CREATE INDEX s3 ON t (c);',
    'CREATE INDEX s4',
    '\\echo inside',
    'ON t (a, b);',
    'CREATE INDEX lost ON t (a)',
    '\\r',
    'CREATE INDEX s5 ON t (b, a);',
    '\\set col c',
    "\\set idx 's6_' :col",
    'CREATE INDEX :idx ON t (:col, a);',
    "\\set lit 'x\\\\y'",
    "SELECT :'lit' AS l;",
    "VALUES ('CREATE INDEX s7 ON t (c, b)'), ('CREATE INDEX s8 ON t (b, c)') \\gexec",
    '\\if true',
    'CREATE INDEX s9 ON t (a, c);',
    '\\elif true',
    'CREATE INDEX lost2 ON t (a);',
    '\\else',
    'CREATE INDEX lost3 ON t (a);',
    '\\endif',
    '\\if false',
    '\\if :unknowable',
    '\\endif',
    '\\q',
    'COPY t FROM stdin;',
    'CREATE INDEX lost4 ON t (a);',
    '\\endif',
    'SELECT 1 AS one \\gset \\\\ CREATE INDEX s10 ON t (c, a);',
    "\\set stmts 'CREATE INDEX s11 ON t (b, a, c); CREATE INDEX s12 ON t (c, b, a)'",
    ':stmts;',
    "SELECT 'é' \\g",
    'CREATE INDEX s13 ON t (a, b, c);',
    '',
  ].join('\n');

  test('the statements psql sends, with no note', () => {
    expect(parseMigrationSql(sql).statements.flatMap((s) => (s.kind === 'IndexStmt' ? [/INDEX (\S+)/.exec(s.text)![1]] : []))).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's6_c',
      's7',
      's8',
      's9',
      's10',
      's11',
      's12',
      's13',
    ]);
    expect(parseMigrationSql(sql).statements.find((s) => s.kind === 'SelectStmt' && s.text.includes(" E'"))?.text).toBe("SELECT  E'x\\\\y' AS l;");
    expect(notes(sql)).toEqual([]);
  });

  liveTest('psql agrees', async () => {
    expect(await expectAgreement(sql)).toHaveLength(13);
  });
});

test('a large file is read in pieces, on the parser thread too, with what psql sends between statements in its place', async () => {
  const lines = ['CREATE TABLE t (a int, "ä" text);', '\\set col a'];
  for (let i = 0; i < 3000; i++) {
    lines.push(`CREATE INDEX i_${i} ON t (:col) WHERE "ä" <> 'ü${i}' \\g`);
    if (i % 300 === 1) lines.push('\\connect', "SELECT 'CREATE INDEX ON t (a)' \\gexec", 'COPY t (a) FROM stdin;', '1', '\\.');
  }
  const sql = lines.join('\n');
  expect(Buffer.byteLength(sql)).toBeGreaterThan(CHUNK_BYTES);
  const treesFor = new Set(['IndexStmt', NEW_SESSION]);
  const shape = (s: Statement) => ({ kind: s.kind, start: s.start, end: s.end, text: s.text, node: s.node });
  const here = parseMigrationSql(sql, undefined, { treesFor });
  expect(here.syntaxErrors).toEqual([]);
  expect(here.statements.filter((s) => s.kind === NEW_SESSION)).toHaveLength(10);
  expect(here.statements.filter((s) => s.kind === 'IndexStmt')).toHaveLength(3010);
  const starts = here.statements.map((s) => s.start.line);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  const thread = ParserThread.start(treesFor, new URL('../dist/parser-worker.js', import.meta.url));
  expect(thread).not.toBeNull();
  try {
    const beside: Statement[] = [];
    await parseMigrationSqlBeside(thread, sql, (s) => beside.push(s), { treesFor });
    expect(beside.map(shape)).toEqual(here.statements.map(shape));
  } finally {
    await thread?.stop();
  }
});
