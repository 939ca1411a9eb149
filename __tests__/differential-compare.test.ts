/** The differential harness's comparison on models built from SQL: what it reports, and that it pairs what it should. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogNames, compareFindings, compareModels } from '../differential/compare.js';
import { blankFinding } from '../src/findings.js';
import { classifyServerOnly, readServerOnly, type ServerOnlyEntry } from '../differential/serverOnly.js';
import { replayModel } from './helpers/replayModel.js';

const texts = (sql: string) => new Map([['0.sql', sql]]);

async function differences(staticSql: string, liveSql: string) {
  return compareModels(await replayModel([staticSql]), await replayModel([liveSql]), texts(staticSql)).map((d) => `${d.kind} ${d.object}: ${d.static ?? '-'} | ${d.live ?? '-'} @${d.at ?? '-'}`);
}

describe('compareModels', () => {
  test('the same schema has no difference', async () => {
    const sql = 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (p_id int REFERENCES p, a text);\nCREATE INDEX c_a ON c (a DESC) WHERE a IS NOT NULL;';
    expect(await differences(sql, sql)).toEqual([]);
  });

  test('an index only one side has, with the statement that made it', async () => {
    expect(await differences('CREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);', 'CREATE TABLE t (a int);')).toEqual([
      'index-extra-in-static public.t_a: on public.t: btree (a); no constraint | - @0.sql:2',
    ]);
    expect(await differences('CREATE TABLE t (a int);', 'CREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);')).toEqual([
      // Not in the files: where they name its table.
      'index-missing-in-static public.t_a: - | on public.t: btree (a); no constraint @0.sql:1 (first mention)',
    ]);
  });

  test('the same index under another name is a name difference, not one missing and one extra', async () => {
    expect(await differences('CREATE TABLE t (a int);\nCREATE INDEX i1 ON t (a);', 'CREATE TABLE t (a int);\nCREATE INDEX i2 ON t (a);')).toEqual([
      'index-name public.i1: public.i1 | public.i2 @0.sql:2',
    ]);
  });

  test('definition, validity and constraint are compared field by field', async () => {
    expect(await differences('CREATE TABLE t (a int, b int);\nCREATE INDEX i ON t (a);', 'CREATE TABLE t (a int, b int);\nCREATE INDEX i ON t (a, b);')).toEqual([
      'index-definition public.i: btree (a) | btree (a, b) @0.sql:2',
    ]);
    expect(await differences('CREATE TABLE t (a int UNIQUE);', 'CREATE TABLE t (a int);\nCREATE UNIQUE INDEX t_a_key ON t (a);')).toEqual([
      'index-constraint public.t_a_key: unique constraint t_a_key | no constraint @0.sql:1',
    ]);
  });

  test('foreign keys: columns, referenced table, and a missing one', async () => {
    const parents = 'CREATE TABLE p (id int PRIMARY KEY, b int UNIQUE);\n';
    expect(
      await differences(
        `${parents}CREATE TABLE c (x int, y int, CONSTRAINT f FOREIGN KEY (x) REFERENCES p);`,
        `${parents}CREATE TABLE c (x int, y int, CONSTRAINT f FOREIGN KEY (y) REFERENCES p (b));`,
      ),
    ).toEqual(['fk-columns public.c.f: x | y @0.sql:2', 'fk-referenced public.c.f: public.p(id) | public.p(b) @0.sql:2']);
    expect(await differences(`${parents}CREATE TABLE c (x int);`, `${parents}CREATE TABLE c (x int CONSTRAINT f REFERENCES p);`)).toEqual([
      'fk-missing-in-static public.c.f: - | on public.c: (x) REFERENCES public.p(id) @0.sql:2 (first mention)',
    ]);
  });

  test('temporary objects are left out: the session that made them is over', async () => {
    expect(await differences('CREATE TEMP TABLE t (a int);\nCREATE INDEX i ON t (a);', '')).toEqual([]);
  });
});

test('a difference listed as server-only carries its reason; another object, or another file, does not', async () => {
  const d = compareModels(await replayModel(['CREATE TABLE t (a int);\nCREATE UNIQUE INDEX u ON t (a);']), await replayModel(['CREATE TABLE t (a int);']), new Map());
  const entry = { file: 'x.sql', object: 'public.u', kind: 'index-extra-in-static', reason: 'duplicate rows' };
  expect(classifyServerOnly(d, { name: 'x.sql', files: ['/tmp/x.sql'] }, [entry]).map((x) => x.serverOnly)).toEqual(['duplicate rows']);
  expect(classifyServerOnly(d, { name: 'y.sql', files: ['/tmp/y.sql'] }, [entry]).map((x) => x.serverOnly)).toEqual([undefined]);
  expect(classifyServerOnly(d, { name: 'x.sql', files: ['/tmp/x.sql'] }, [{ ...entry, object: 'public.v' }]).map((x) => x.serverOnly)).toEqual([undefined]);
});

test('one server-only entry may list the objects and kinds of one cause', async () => {
  const d = compareModels(await replayModel(['CREATE TABLE t (a int);\nCREATE UNIQUE INDEX u ON t (a);\nCREATE TABLE s (a int);']), await replayModel(['CREATE TABLE t (a int);']), new Map());
  const set = { name: 'x.sql', files: ['/tmp/x.sql'] };
  const reasons = (entry: ServerOnlyEntry) => classifyServerOnly(d, set, [entry]).map((x) => `${x.object} ${x.serverOnly ?? '-'}`);
  const both = { file: 'x.sql', objects: ['public.u', 'public.s'], kind: ['index-extra-in-static', 'table-extra-in-static'], reason: 'data' };
  expect(reasons(both).sort()).toEqual(['public.s data', 'public.u data']);
  expect(reasons({ ...both, kind: 'table-extra-in-static' }).sort()).toEqual(['public.s data', 'public.u -']);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgil-so-')), 'server-only.json');
  writeFileSync(file, JSON.stringify([both]));
  expect(readServerOnly(file)).toEqual([both]);
  for (const bad of [
    { ...both, objects: [] },
    { ...both, object: 'public.u' },
    { ...both, kind: [] },
    { file: 'x.sql', reason: 'data' },
  ]) {
    writeFileSync(file, JSON.stringify([bad]));
    expect(() => readServerOnly(file)).toThrow('each entry needs');
  }
});

test('a finding on an index the catalog names otherwise is the index-name difference, not a finding missing and one extra', async () => {
  const staticSql = 'CREATE TABLE t (a int, b int);\nCREATE INDEX i1 ON t (a);\nCREATE INDEX w ON t (a, b);';
  const liveSql = 'CREATE TABLE t (a int, b int);\nCREATE INDEX i2 ON t (a);\nCREATE INDEX w ON t (a, b);';
  const [s, l] = [await replayModel([staticSql]), await replayModel([liveSql])];
  const model = compareModels(s, l, texts(staticSql));
  const finding = (index: string) => ({ ...blankFinding('leading-prefix'), table: 'public.t', index, relatedIndexes: ['w'] });
  expect(compareFindings([finding('i1')], [finding('i2')], s, texts(staticSql), catalogNames(model))).toEqual([]);
  expect(compareFindings([finding('i1')], [finding('i2')], s, texts(staticSql)).map((d) => d.kind)).toEqual(['finding-extra-in-static', 'finding-missing-in-static']);
});
