/**
 * A database of the tests' own on the server of DATABASE_URL (the embedded
 * one, or the real server, where a fresh database is created and dropped) or
 * on an embedded server of another major started for it, and a way to apply
 * migration SQL to it as psql would.
 */
import { afterAll, beforeAll, describe } from '@jest/globals';
import pg from 'pg';
import { loadParser, parseMigrationSql } from '../../src/sql/parseFile.js';
import { NEW_SESSION } from '../../src/sql/psql.js';
import { EMBEDDED_BUILDS, startEmbeddedServer } from './globalSetup.js';

export interface TestDatabase {
  url: string;
  client: pg.Client;
  close(): Promise<void>;
}

export async function openTestDatabase(name: string, server?: TestServer): Promise<TestDatabase> {
  // An embedded server is one database: each test database is a server of its own, so no file sees what another left.
  const embeddedMajor = server?.embeddedMajor ?? (process.env.PGIL_EMBEDDED_POSTGRES ? Number(process.env.PGIL_DATABASE_MAJOR) : null);
  if (embeddedMajor) {
    const embedded = await startEmbeddedServer(embeddedMajor);
    const client = new pg.Client({ connectionString: embedded.url, application_name: 'pg-index-lint-tests' });
    await client.connect();
    return {
      url: embedded.url,
      client,
      async close() {
        await client.end();
        await embedded.stop();
      },
    };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: the test setup should have started a server');
  // On a real server, a database of our own: nothing the tests do can touch another.
  const database = `pgil_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  const url = u.toString();
  const client = new pg.Client({ connectionString: url, application_name: 'pg-index-lint-tests' });
  await client.connect();
  return {
    url,
    client,
    async close() {
      await client.end();
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await again.end();
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

/** A server the live tests run against: the one of DATABASE_URL, or an embedded one of another major. */
export interface TestServer {
  label: string;
  major: number;
  /** True for PGlite: one backend, one database, no roles of its own. */
  embedded: boolean;
  /**
   * The major of an embedded server the test file starts for itself (one
   * backend each: files must not share one), or null for DATABASE_URL's.
   */
  embeddedMajor: number | null;
}

/**
 * The servers of a live test file: DATABASE_URL's (whose major the global
 * setup records), then each embedded major that server is not.
 */
export function testServers(): TestServer[] {
  const major = Number(process.env.PGIL_DATABASE_MAJOR);
  const embedded = Boolean(process.env.PGIL_EMBEDDED_POSTGRES);
  const main = { label: `PostgreSQL ${major} (DATABASE_URL${embedded ? ', embedded' : ''})`, major, embedded, embeddedMajor: null };
  const others = EMBEDDED_BUILDS.filter((b) => b.major !== major).map((b) => ({ label: `PostgreSQL ${b.major} (embedded)`, major: b.major, embedded: true, embeddedMajor: b.major }));
  return [main, ...others];
}

/**
 * Declares the tests of `body` once per test server, each time with a
 * database of its own there, open from the first test to the last (`db` is
 * filled in before the first test runs).
 */
export function describeOnEachServer(name: string, body: (server: TestServer, db: TestDatabase) => void): void {
  describe.each(testServers().map((s) => [s.label, s] as const))('%s', (_label, server) => {
    const db = {} as TestDatabase;

    beforeAll(async () => {
      Object.assign(db, await openTestDatabase(name, server));
    });

    afterAll(async () => {
      await db.close?.();
    });

    body(server, db);
  });
}
