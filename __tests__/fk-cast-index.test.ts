/**
 * A foreign key whose check casts its column: where no operator family of the
 * referenced key compares the two types (an integer column referencing a
 * numeric key), the query PostgreSQL runs on the referencing table for a
 * DELETE or key UPDATE of the referenced one is `$1 = column::numeric`
 * (ri_triggers.c writes it so). An index on the column cannot serve it; one
 * on the cast can. The audit's fix creates that index: EXPLAIN of the check's
 * query on the server shows PostgreSQL uses it and not the plain one, and the
 * audit of the files with the fix applied finds the foreign key served.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { lintSql } from './helpers/lintSql.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase('fk_cast');
});

afterAll(async () => {
  await db?.close();
});

/** The referencing type, the referenced one, and the type the check casts to (that of the key's operator class). */
const PAIRS: Array<[string, string, string]> = [
  ['int', 'numeric', 'numeric'],
  ['smallint', 'numeric', 'numeric'],
  ['bigint', 'float8', 'float8'],
  ['int', 'float4', 'float4'],
  ['int', 'oid', 'oid'],
  // Casts to text types, which the normal form of expressions drops: the key keeps them apart.
  ['char(8)', 'text', 'text'],
  ['text', 'char(8)', 'bpchar'],
  ['char(8)', 'varchar(10)', 'text'],
];

/** The plan of the check's query, with sequential scans priced out so that any usable index is chosen. */
async function checkPlan(schema: string, type: string, cast = true): Promise<string> {
  await db.client.query('SET enable_seqscan = off');
  try {
    const column = cast ? `k::pg_catalog.${type}` : 'k';
    await db.client.query(`PREPARE q_${schema}(${type}) AS SELECT 1 FROM ONLY ${schema}.c x WHERE $1 OPERATOR(pg_catalog.=) ${column} FOR KEY SHARE OF x`);
    const rows = (await db.client.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE q_${schema}(1)`)).rows;
    await db.client.query(`DEALLOCATE q_${schema}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await db.client.query('RESET enable_seqscan');
  }
}

describe('the fix of a foreign key its check casts is an index PostgreSQL uses', () => {
  test.each(PAIRS.map(([fk, ref, cast], n) => [`${fk} referencing ${ref}`, fk, ref, cast, `fkcast_${n}`] as const))('%s', async (_name, fkType, refType, cast, schema) => {
    const sql = `CREATE SCHEMA ${schema};
CREATE TABLE ${schema}.p (k ${refType} UNIQUE);
CREATE TABLE ${schema}.c (k ${fkType} REFERENCES ${schema}.p (k));
CREATE INDEX plain ON ${schema}.c (k);`;
    await db.client.query(sql);
    const found = (await lintSql(sql)).findings.filter((f) => f.rule === 'unindexed-foreign-key');
    expect(found.map((f) => f.foreignKey)).toEqual(['c_k_fkey']);
    expect(await checkPlan(schema, cast)).not.toMatch(/\bplain\b/);
    const fix = found[0].fix!;
    expect(fix).toMatch(new RegExp(`\\(\\(k::${cast}\\)\\);$`));
    await db.client.query(fix);
    const index = /EXISTS (\S+) ON/.exec(fix)![1];
    expect(await checkPlan(schema, cast)).toMatch(new RegExp(`Index Scan on ${index}\\b|Index Scan using ${index}\\b`));
    expect((await lintSql(`${sql}\n${fix}`)).findings.filter((f) => f.rule === 'unindexed-foreign-key')).toEqual([]);
  });
});

test('int referencing bigint is compared without a cast: the plain index serves, and nothing is reported', async () => {
  const sql = `CREATE SCHEMA fkcast_plain;
CREATE TABLE fkcast_plain.p (k bigint UNIQUE);
CREATE TABLE fkcast_plain.c (k int REFERENCES fkcast_plain.p (k));
CREATE INDEX plain ON fkcast_plain.c (k);`;
  await db.client.query(sql);
  expect(await checkPlan('fkcast_plain', 'int8', false)).toMatch(/Index Scan (on|using) plain\b/);
  expect((await lintSql(sql)).findings.filter((f) => f.rule === 'unindexed-foreign-key')).toEqual([]);
});
