/**
 * Every rule case replayed into a real PostgreSQL, inside a transaction that
 * is rolled back: PostgreSQL must accept the SQL, and the indexes and
 * constraints it creates — names chosen for unnamed ones, identical
 * constraints merged in one CREATE TABLE, indexes dropped with their column —
 * must be exactly the ones the model holds.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { parseMigrationSql } from '../src/sql/parseFile.js';
import { tableName } from '../src/rules/describe.js';
import { ALL_RULE_CASES } from './cases/index.js';
import { replayModel } from './helpers/replayModel.js';

const SCHEMA = 'pgil_case';
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: 'pg-index-lint-tests' });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

async function catalogObjects(sqlTexts: string[]): Promise<string[]> {
  const before = new Set((await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace')).rows.map((r) => r.nspname));
  await client.query('BEGIN');
  try {
    await client.query(`CREATE SCHEMA ${SCHEMA}`);
    await client.query(`SET LOCAL search_path TO ${SCHEMA}`);
    for (const text of sqlTexts) {
      for (const statement of parseMigrationSql(text).statements) {
        // CONCURRENTLY cannot run inside the transaction that keeps the server clean; it changes nothing in the catalog.
        await client.query(statement.text.replace(/\bCONCURRENTLY\b/gi, ''));
      }
    }
    const schemas = (await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace')).rows.map((r) => r.nspname).filter((n) => !before.has(n));
    // The session's temporary schema (pg_temp_N) is the model's pg_temp.
    const temp = (await client.query<{ n: string | null }>('SELECT pg_my_temp_schema()::regnamespace::text AS n')).rows[0].n;
    if (temp && temp !== '-') schemas.push(temp);
    const indexes = await client.query<{ s: string; t: string; n: string }>(
      `SELECT n.nspname AS s, t.relname AS t, c.relname AS n
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY($1::text[])`,
      [schemas],
    );
    const constraints = await client.query<{ s: string; t: string; n: string; k: string }>(
      `SELECT n.nspname AS s, t.relname AS t, c.conname AS n, c.contype::text AS k
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = ANY($1::text[]) AND c.contype IN ('p', 'u', 'f', 'x')`,
      [schemas],
    );
    return [
      ...indexes.rows.map((r) => `index ${r.s === temp ? 'pg_temp' : r.s}.${r.t}.${r.n}`),
      ...constraints.rows.map((r) => `constraint ${r.k} ${r.s === temp ? 'pg_temp' : r.s}.${r.t}.${r.n}`),
    ].sort();
  } finally {
    await client.query('ROLLBACK');
  }
}

async function modelObjects(sqlTexts: string[]): Promise<string[]> {
  const model = await replayModel(sqlTexts, [SCHEMA]);
  const kind = { primary: 'p', unique: 'u', exclusion: 'x' } as const;
  const out: string[] = [];
  for (const index of model.allIndexes()) {
    out.push(`index ${index.schema}.${tableName(index.table)}.${index.name}`);
    if (index.constraint) out.push(`constraint ${kind[index.constraint.kind]} ${index.schema}.${tableName(index.table)}.${index.constraint.name}`);
  }
  for (const fk of model.allForeignKeys()) out.push(`constraint f ${fk.table}.${fk.name}`);
  return out.sort();
}

describe('the model holds the indexes and constraints PostgreSQL creates', () => {
  // Cases in a newer major's syntax run where the server accepts them (the catalog agreement runs them on newer servers).
  const cases = ALL_RULE_CASES.filter((c) => (c.minMajor ?? 0) <= Number(process.env.PGIL_DATABASE_MAJOR));
  test.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const texts = [...(c.base ?? []), ...c.sql];
    expect(await modelObjects(texts)).toEqual(await catalogObjects(texts));
  });
});
