/**
 * One SQL case, both ways: applied to a fresh database on the real server by
 * psql (autocommit, errors do not stop it, as PostgreSQL's own test schedule
 * runs files), and replayed by the tool. Each side's model is described as
 * sorted lines, so a test compares the two with one `toEqual`.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadSnapshot } from '../../src/catalog/loadSnapshot.js';
import { readCatalog } from '../../src/catalog/readCatalog.js';
import { Replayer } from '../../src/model/replay/index.js';
import { SchemaModel } from '../../src/model/schema.js';
import { loadParser, parseMigrationSql } from '../../src/sql/parseFile.js';
import type { Index } from '../../src/model/types.js';

/** An index's keys as text: the column, or the expression. */
const keyTexts = (index: Index) => index.keys.map((k) => (k.kind === 'column' ? k.column : k.expression));

let databases = 0;

/** What a model holds of indexes and foreign keys, one line each, sorted. */
export function describeModel(model: SchemaModel): string[] {
  const lines: string[] = [];
  for (const i of model.allIndexes()) {
    if (i.schema === 'pg_temp') continue;
    // A key's operator class shows when it is not the default, as the catalog's definition shows it.
    const keys = keyTexts(i)
      .map((name, n) => (i.keys[n].opclass ? `${name} ${i.keys[n].opclass}` : name))
      .join(', ');
    const include = i.include.length ? ` INCLUDE (${[...i.include].sort().join(', ')})` : '';
    const where = i.predicate ? ` WHERE ${i.predicate}` : '';
    const constraint = i.constraint ? ` constraint ${i.constraint.kind} ${i.constraint.name}` : '';
    const parent = i.parentIndex ? ` of ${i.parentIndex.schema}.${i.parentIndex.name}` : '';
    lines.push(`index ${i.schema}.${i.name} on ${i.table} ${i.unique ? 'unique ' : ''}${i.method} (${keys})${include}${where}${constraint}${parent}${i.valid ? '' : ' invalid'}`);
  }
  for (const fk of model.allForeignKeys()) {
    if (fk.table.startsWith('pg_temp.')) continue;
    lines.push(`fk ${fk.table} ${fk.name} (${fk.columns.join(', ')}) -> ${fk.referencedTable}`);
  }
  return lines.sort();
}

/** The model the tool's static replay builds of `sql`, as one file. */
export async function staticModel(sql: string, options: { startFile?: boolean } = {}): Promise<SchemaModel> {
  await loadParser();
  const model = new SchemaModel();
  const replayer = new Replayer(model);
  // As the engine does before each file (which also turns off the copies a block without ROLLBACK needs not).
  if (options.startFile) replayer.startFile(sql);
  let sequence = 0;
  for (const statement of parseMigrationSql(sql).statements) {
    const origin = { file: 'case.sql', line: statement.start.line, column: statement.start.column, endLine: statement.end.line, endColumn: statement.end.column, sequence: sequence++, changed: true };
    replayer.apply(statement, origin, () => undefined);
  }
  replayer.endSession();
  return model;
}

/**
 * Every foreign key row of the catalog, the partitions' copies included, in
 * describeModel's form: the live path derives the copies, this reads them.
 */
const CATALOG_FOREIGN_KEYS = `
  SELECT format('fk %s.%s %s (%s) -> %s.%s', n.nspname, c.relname, con.conname,
                (SELECT string_agg(a.attname, ', ' ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
                rn.nspname, r.relname) AS line
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_class r ON r.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
   WHERE con.contype = 'f' AND n.nspname NOT LIKE 'pg_temp%'
     -- not the rows PostgreSQL adds under a foreign key for each partition of the table it references
     AND NOT EXISTS (SELECT 1 FROM pg_constraint pc WHERE pc.oid = con.conparentid AND pc.confrelid <> con.confrelid)`;

/**
 * Runs `sql` with psql (autocommit, errors do not stop it) in a fresh database
 * of the server of DATABASE_URL, hands `read` that database's URL, psql's
 * error output and the model the tool reads of its catalog, and drops the
 * database after.
 */
export async function withPsqlDatabase<T>(sql: string, read: (url: string, model: SchemaModel, stderr: string) => Promise<T> | T): Promise<T> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: the test setup should have started a server');
  const database = `pgil_model_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgil-case-')), 'case.sql');
    writeFileSync(file, sql);
    const psql = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=0', '-f', file, url.toString()], { encoding: 'utf8', timeout: 60_000 });
    if (psql.error) throw psql.error;
    if (psql.status !== 0) throw new Error(`psql failed (${psql.status}): ${psql.stderr}`);
    const snapshot = await readCatalog({ url: url.toString(), source: 'test', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60, schemas: null });
    const model = new SchemaModel();
    loadSnapshot(snapshot, model, () => undefined);
    return await read(url.toString(), model, psql.stderr);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

/** Runs `sql` through psql into a fresh database; returns the model the tool reads of its catalog, and the catalog's foreign keys. */
export function serverModel(sql: string): Promise<{ model: SchemaModel; catalogForeignKeys: string[] }> {
  return withPsqlDatabase(sql, async (url, model) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = (await client.query<{ line: string }>(CATALOG_FOREIGN_KEYS)).rows;
      return { model, catalogForeignKeys: rows.map((r) => r.line).sort() };
    } finally {
      await client.end();
    }
  });
}

/**
 * One case, described three ways: the server's catalog (its indexes as the
 * tool reads them, its foreign keys as pg_constraint lists them), the tool's
 * live model of that catalog, and the static replay.
 */
async function bothModels(sql: string, options: { startFile?: boolean } = {}): Promise<{ server: string[]; live: string[]; replay: string[] }> {
  const { model, catalogForeignKeys } = await serverModel(sql);
  const live = describeModel(model);
  const server = [...live.filter((l) => !l.startsWith('fk ')), ...catalogForeignKeys].sort();
  return { server, live, replay: describeModel(await staticModel(sql, options)) };
}

/**
 * Why SQL cannot be run here with psql in databases of its own, or null. The
 * embedded PGlite is one database and one session behind every connection:
 * CREATE DATABASE gives no database to connect to, and psql's \connect
 * waits for ever for a session of its own.
 */
export const psqlDatabasesUnavailable: string | null =
  spawnSync('psql', ['--version']).error !== undefined
    ? 'psql is not installed'
    : process.env.PGIL_EMBEDDED_POSTGRES
      ? 'the embedded server (PGlite) has one database and one session; set DATABASE_URL to a PostgreSQL server to run these'
      : null;

/** One test per case: the static replay and the tool's live model each hold what the server's catalog holds. */
export function testAgreement(cases: Record<string, string>, options: { startFile?: boolean } = {}): void {
  if (psqlDatabasesUnavailable) test.skip(`agreement with the server: ${psqlDatabasesUnavailable}`, () => undefined);
  const serverTest = psqlDatabasesUnavailable ? test.skip : test;
  for (const [name, sql] of Object.entries(cases)) {
    serverTest(name, async () => {
      const { server, live, replay } = await bothModels(sql, options);
      expect(replay).toEqual(server);
      expect(live).toEqual(server);
    });
  }
}
