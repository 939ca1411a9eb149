/**
 * A database of the tests' own on the server of DATABASE_URL (the embedded
 * one, or the real server, where a fresh database is created and dropped),
 * and a way to apply migration SQL to it as psql would.
 */
import pg from 'pg';
import { loadParser, parseMigrationSql } from '../../src/sql/parseFile.js';
import { NEW_SESSION } from '../../src/sql/psql.js';

export interface TestDatabase {
  url: string;
  client: pg.Client;
  close(): Promise<void>;
}

export async function openTestDatabase(name: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: the test setup should have started a server');
  let url = serverUrl;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (!process.env.PGIL_EMBEDDED_POSTGRES) {
    // On a real server, a database of our own: nothing the tests do can touch another.
    const database = `pgil_${name}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${database}`;
    url = u.toString();
    dropDatabase = async () => {
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await again.end();
    };
  }
  const client = new pg.Client({ connectionString: url, application_name: 'pg-index-lint-tests' });
  await client.connect();
  return {
    url,
    client,
    async close() {
      await client.end();
      await dropDatabase?.();
    },
  };
}

/** Applies migration SQL statement by statement (CONCURRENTLY cannot run in a multi-statement query). */
export async function applySql(client: pg.Client, sql: string): Promise<void> {
  await loadParser();
  const parsed = parseMigrationSql(sql);
  if (parsed.syntaxErrors.length) throw new Error(`fixture does not parse: ${parsed.syntaxErrors[0].message}`);
  // A psql \connect is not SQL: this one connection stands for every session of the file.
  const statements = parsed.statements.filter((s) => s.kind !== NEW_SESSION);
  if (!/\bconcurrently\b/i.test(sql) && !/^\s*\\/m.test(sql)) {
    if (statements.length) await client.query(statements.map((s) => s.text).join('\n'));
    return;
  }
  for (const statement of statements) await client.query(statement.text);
}
