/**
 * The expression and predicate trees an index keeps are stored as text
 * (src/model/trees.ts). Read back, a tree is the tree that was stored; a
 * column is found in it exactly when the tree refers to it; and a rename
 * reaches every index that has the column, copies of an index included.
 * Equal column keys, table keys and empty INCLUDE lists are one object in
 * the model, which a change to one index never changes for another.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { normalizeExpression, referencedColumns } from '../src/model/expressions.js';
import { stripLocations } from '../src/model/replay/ast.js';
import { loadTree, storeTree, treeRefersTo } from '../src/model/trees.js';
import { Replayer } from '../src/model/replay/index.js';
import { loadParser, parseMigrationSql, type AstNode } from '../src/sql/parseFile.js';
import { staticModel, testAgreement } from './helpers/serverModel.js';

beforeAll(async () => {
  await loadParser();
});

/** The normal form of the WHERE clause of `CREATE INDEX ON t (x) WHERE <predicate>`. */
function predicate(text: string): AstNode {
  const { statements, syntaxErrors } = parseMigrationSql(`CREATE INDEX ON t (x) WHERE ${text};`);
  expect(syntaxErrors).toEqual([]);
  return normalizeExpression(stripLocations(statements[0].node?.whereClause)) as AstNode;
}

describe('a stored tree', () => {
  test('reads back as the same tree, a new copy each time', () => {
    const tree = predicate(`lower(b) = 'a' AND "c""d" IS NOT NULL AND e BETWEEN 1 AND 2.5 AND f IN ('x', 'y') AND g::text LIKE 'z%'`);
    const stored = storeTree(tree);
    expect(loadTree(stored)).toEqual(tree);
    const copy = loadTree(stored);
    copy.BoolExpr.args.pop();
    expect(loadTree(stored)).toEqual(tree);
  });

  test('refers to exactly the columns the tree refers to', () => {
    const tree = predicate(`lower(b) = 'a' AND "c""d" IS NOT NULL AND t.e > 0 AND "we\\ird" <> 'lower'`);
    const stored = storeTree(tree);
    expect([...referencedColumns(tree)].sort()).toEqual(['b', 'c"d', 'e', 'we\\ird']);
    for (const column of ['b', 'c"d', 'e', 'we\\ird']) expect(treeRefersTo(stored, column)).toBe(true);
    // Names that are in the text, but not as columns: a function, a string, a table.
    for (const name of ['lower', 'a', 't', 'c', 'd', 'we', 'B']) expect(treeRefersTo(stored, name)).toBe(false);
  });
});

describe('renames of columns reach the stored trees, as PostgreSQL renames them', () => {
  const cases: Record<string, string> = {
    "a partition's copies of partial and expression indexes": `
      CREATE TABLE p (a int, b text) PARTITION BY RANGE (a);
      CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (a);
      CREATE TABLE p11 PARTITION OF p1 FOR VALUES FROM (0) TO (5);
      CREATE INDEX ON p (a) WHERE b <> 'x';
      CREATE INDEX ON p (lower(b), a) WHERE a > 0;
      ALTER TABLE p RENAME COLUMN b TO c;
      CREATE INDEX ON p11 (a) WHERE c <> 'x';`,
    'LIKE INCLUDING INDEXES after a rename, then a rename of the copy': `
      CREATE TABLE t (a int, b text);
      CREATE INDEX ON t (a) WHERE b IS NOT NULL;
      CREATE INDEX ON t ((b || 'x'));
      ALTER TABLE t RENAME COLUMN b TO c;
      CREATE TABLE u (LIKE t INCLUDING INDEXES);
      ALTER TABLE u RENAME COLUMN c TO d;
      CREATE INDEX ON t (a) WHERE c IS NOT NULL;`,
    'a rename rolled back leaves the trees as they were': `
      CREATE TABLE t (a int, b int);
      CREATE INDEX ON t ((a + b)) WHERE b > 0;
      BEGIN;
      ALTER TABLE t RENAME COLUMN b TO c;
      CREATE INDEX ON t ((a + c)) WHERE c > 0;
      ROLLBACK;
      ALTER TABLE t RENAME COLUMN a TO d;
      CREATE INDEX ON t ((d + b)) WHERE b > 0;`,
  };
  testAgreement(cases);
});

describe('what indexes share', () => {
  test('equal column keys are one object, and a rename on one table leaves the other table alone', async () => {
    const model = await staticModel(`
      CREATE TABLE t (a int, b int);
      CREATE TABLE u (a int, b int);
      CREATE INDEX t_a ON t (a);
      CREATE INDEX u_a ON u (a);
      CREATE INDEX u_a_desc ON u (a DESC);
      CREATE INDEX u_b ON u (b) INCLUDE (a);`);
    const index = (name: string) => model.indexes.get(`public.${name}`)!;
    expect(index('t_a').keys[0]).toBe(index('u_a').keys[0]);
    expect(index('u_a_desc').keys[0]).not.toBe(index('u_a').keys[0]);
    expect(index('t_a').include).toBe(index('u_a').include);
    expect(index('u_a').table).toBe(index('u_b').table);
    const replayer = new Replayer(model);
    const origin = { file: 'b.sql', line: 1, column: 1, endLine: 1, endColumn: 1, sequence: 100, changed: true };
    for (const statement of parseMigrationSql('ALTER TABLE t RENAME COLUMN a TO c; ALTER TABLE u ADD COLUMN d int; ALTER INDEX u_b RENAME TO u_b2;').statements)
      replayer.apply(statement, origin, () => undefined);
    expect(index('t_a').keys).toEqual([expect.objectContaining({ kind: 'column', column: 'c' })]);
    expect(index('u_a').keys).toEqual([expect.objectContaining({ kind: 'column', column: 'a' })]);
    expect(index('u_b2').include).toEqual(['a']);
    expect(index('u_a').include).toEqual([]);
  });
});
