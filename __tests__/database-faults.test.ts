/**
 * Every way reaching a database can fail gives one line naming the problem
 * and the input to fix, exit code 2, in bounded time, and never the password.
 * Faults a real server cannot be made to show here (a password check, TLS
 * required, a server that never answers) come from a stand-in on 127.0.0.1
 * speaking just enough of the PostgreSQL protocol.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { inReadOnlyTransaction } from '../src/catalog/connection.js';
import { runCli } from '../src/cli/main.js';
import { privateServerUnavailable, startPrivateServer, type PrivateServer } from './helpers/privateServer.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

const SECRET = 's3cret-Pw_42';

async function audit(url: string, ...extra: string[]): Promise<{ code: number; out: string; err: string; seconds: number }> {
  let out = '';
  let err = '';
  const started = Date.now();
  const code = await runCli(['audit', '--database-url', url, ...extra], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd(), env: { PATH: process.env.PATH } });
  return { code, out, err, seconds: (Date.now() - started) / 1000 };
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0`, 'utf8'), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

/** A server on 127.0.0.1 that answers each connection's first message as `reply` says. */
async function standIn(reply: (socket: net.Socket, first: Buffer) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('data', (data) => reply(socket, data));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function expectOneCleanLine(r: { code: number; out: string; err: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toContain(SECRET);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('connection faults', () => {
  test('connection refused', async () => {
    const closed = await standIn(() => undefined);
    const port = closed.port;
    await closed.close();
    const r = await audit(`postgresql://app:${SECRET}@127.0.0.1:${port}/prod`);
    expectOneCleanLine(r, new RegExp(`^pg-index-lint: cannot connect to 127\\.0\\.0\\.1:${port}/prod: connection refused .*check --database-url\n$`));
  });

  test('a server that never answers: the connect timeout bounds the wait', async () => {
    const silent = await standIn(() => undefined);
    try {
      const r = await audit(`postgresql://app:${SECRET}@127.0.0.1:${silent.port}/prod`, '--connect-timeout', '1');
      expectOneCleanLine(r, /no answer within 1 s \(--connect-timeout\); check --database-url/);
      expect(r.seconds).toBeLessThan(5);
    } finally {
      await silent.close();
    }
  });

  test('wrong password', async () => {
    const server = await standIn((socket) => {
      // AuthenticationCleartextPassword, then reject whatever password comes.
      socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]));
      socket.once('data', () => socket.end(errorResponse('28P01', 'password authentication failed for user "app"')));
    });
    try {
      const r = await audit(`postgresql://app:${SECRET}@127.0.0.1:${server.port}/prod`);
      expectOneCleanLine(r, /password authentication failed; check --database-url \(user and password\)/);
    } finally {
      await server.close();
    }
  });

  test('the server requires TLS', async () => {
    const server = await standIn((socket) => socket.end(errorResponse('28000', 'no pg_hba.conf entry for host "127.0.0.1", user "app", database "prod", no encryption')));
    try {
      const r = await audit(`postgresql://app:${SECRET}@127.0.0.1:${server.port}/prod`);
      expectOneCleanLine(r, /requires an encrypted connection; add sslmode=require to --database-url/);
    } finally {
      await server.close();
    }
  });

  test('the connection string is never printed, even in an unexpected error', async () => {
    const server = await standIn((socket) => socket.end(errorResponse('XX000', `something odd for postgresql://app:${SECRET}@db/prod`)));
    try {
      const r = await audit(`postgresql://app:${SECRET}@127.0.0.1:${server.port}/prod`);
      expectOneCleanLine(r, /postgresql:\/\/app:\*\*\*@db\/prod/);
    } finally {
      await server.close();
    }
  });
});

const realServer = !process.env.PGIL_EMBEDDED_POSTGRES;
(realServer ? describe : describe.skip)('faults of a real server', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('faults');
    // A partial index: printing its predicate is what makes the catalog read wait for the table's lock.
    await db.client.query('CREATE TABLE locked (a int); CREATE INDEX locked_a ON locked (a) WHERE a > 0');
  });
  afterAll(async () => {
    await db?.close();
  });

  test('unknown database', async () => {
    const u = new URL(db.url);
    u.pathname = '/pgil_no_such_database';
    const r = await audit(u.toString());
    expectOneCleanLine(r, /database "pgil_no_such_database" does not exist; check --database-url \(database name\)/);
  });

  /** Holds a lock that the catalog query must wait for, while `during` runs. */
  async function whileLocked<T>(during: () => Promise<T>): Promise<T> {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN; LOCK TABLE locked IN ACCESS EXCLUSIVE MODE');
    try {
      return await during();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  }

  test('statement timeout', async () => {
    const r = await whileLocked(() => audit(db.url, '--statement-timeout', '1'));
    expectOneCleanLine(r, /statement timeout reached/);
    expect(r.seconds).toBeLessThan(10);
  });

  // PGlite has a single role, so a role with fewer privileges cannot be made there: this describe only runs on a real server.
  describe('a role that may not see everything', () => {
    const role = `pgil_blind_${process.pid}`;
    let asRole: string;
    beforeAll(async () => {
      await db.client.query('CREATE SCHEMA hidden; CREATE TABLE hidden.t (id int PRIMARY KEY, a int); CREATE INDEX t_a ON hidden.t (a); CREATE INDEX t_a2 ON hidden.t (a)');
      await db.client.query(`DROP ROLE IF EXISTS ${role}`);
      await db.client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${SECRET}'`);
      const u = new URL(db.url);
      u.username = role;
      u.password = SECRET;
      asRole = u.toString();
    });
    afterAll(async () => {
      await db.client.query('DROP SCHEMA hidden CASCADE');
      await db.client.query(`DROP ROLE IF EXISTS ${role}`);
    });

    test('a schema without USAGE is audited from the catalogs, and a note names it', async () => {
      const r = await audit(asRole, '--format', 'json');
      expect(r.err).toBe('');
      const report = JSON.parse(r.out);
      // The catalogs show the schema's indexes to any role: its duplicate is found.
      expect(report.findings.map((f: { index: string }) => f.index)).toContain('t_a2');
      expect(report.notes).toContainEqual({
        file: `database ${new URL(db.url).host}${new URL(db.url).pathname}`,
        line: 0,
        message: 'the connecting role has no USAGE privilege on schema hidden: its tables and indexes are audited all the same, from the system catalogs, which every role can read',
      });
      expect(r.out).not.toContain(SECRET);
    });

    test('a --schema that names no schema is a note, not a silent empty audit', async () => {
      const r = await audit(asRole, '--schema', 'public', '--schema', 'no_such_schema', '--format', 'json');
      expect(JSON.parse(r.out).notes.map((n: { message: string }) => n.message)).toEqual(['schema no_such_schema (--schema) is not in the database, or is a system schema: nothing is read from it']);
    });

    test('a snapshot keeps the notes, and snapshot -o says them', async () => {
      let err = '';
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'pgil-faults-')), 'snap.json');
      const code = await runCli(['snapshot', '--database-url', asRole, '-o', out], { stdout: () => undefined, stderr: (t) => (err += t), cwd: process.cwd(), env: { PATH: process.env.PATH } });
      expect(code).toBe(0);
      expect(err).toContain('pg-index-lint: note: the connecting role has no USAGE privilege on schema hidden');
      expect(JSON.parse(readFileSync(out, 'utf8')).notes).toEqual([expect.stringMatching(/no USAGE privilege on schema hidden/)]);
      // A snapshot holds no user: the notes do not name the role.
      expect(readFileSync(out, 'utf8')).not.toContain(role);
    });

    test('a system catalog the role cannot read stops the audit, naming the catalog', async () => {
      await db.client.query('REVOKE SELECT ON pg_catalog.pg_index FROM PUBLIC');
      try {
        const r = await audit(asRole);
        const u = new URL(db.url);
        expectOneCleanLine(
          r,
          new RegExp(
            `^pg-index-lint: role ${role} cannot read pg_catalog\\.pg_index on ${u.hostname.replace(/\./g, '\\.')}:${u.port}${u.pathname} \\(SELECT was revoked\\), which the audit needs; grant SELECT on it to the role, or connect as another role\n$`,
          ),
        );
      } finally {
        await db.client.query('GRANT SELECT ON pg_catalog.pg_index TO PUBLIC');
      }
    });
  });

  test("a session the server ends between two queries: the server's reason, not the driver's", async () => {
    const options = { url: db.url, source: '--database-url', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60 };
    const read = inReadOnlyTransaction(options, async (client) => {
      const { pid } = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0];
      const ended = new Promise((resolve) => client.once('error', resolve));
      await db.client.query('SELECT pg_terminate_backend($1)', [pid]);
      // The server's error reaches the idle session as an event; the next query gets only "not queryable".
      await ended;
      await client.query('SELECT 1');
    });
    await expect(read).rejects.toThrow(/^the server at \S+ ended the connection \(terminating connection due to administrator command\); try again$/);
  });

  test('the backend is terminated mid-query', async () => {
    const r = await whileLocked(async () => {
      const running = audit(db.url);
      const killer = new pg.Client({ connectionString: db.url });
      await killer.connect();
      try {
        for (let i = 0; i < 100; i++) {
          const killed = await killer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pg-index-lint' AND datname = current_database()");
          if (killed.rowCount) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await killer.end();
      }
      return running;
    });
    expectOneCleanLine(r, /ended the connection|was closed during the catalog query/);
  });
});

const noPrivateServer = privateServerUnavailable();
(noPrivateServer ? describe.skip : describe)(`a server that stops and comes back${noPrivateServer ? ` (skipped: ${noPrivateServer})` : ''}`, () => {
  let server: PrivateServer;
  let url: string;
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    // The server going away must not crash the test with an unhandled error event.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  beforeAll(async () => {
    server = await startPrivateServer();
    url = `postgresql://postgres:${SECRET}@127.0.0.1:${server.port}/postgres`;
    const setup = await connect();
    await setup.query('CREATE TABLE locked (a int); CREATE INDEX locked_a ON locked (a) WHERE a > 0; CREATE INDEX locked_a2 ON locked (a) WHERE a > 0');
    await setup.end();
  });
  afterAll(() => server?.destroy());

  /** Stops the server while the tool's catalog query waits for a lock held here. */
  async function auditWhileTheServerStops(mode: 'fast' | 'immediate'): Promise<Awaited<ReturnType<typeof audit>>> {
    const holder = await connect();
    await holder.query('BEGIN; LOCK TABLE locked IN ACCESS EXCLUSIVE MODE');
    const running = audit(url);
    const watcher = await connect();
    for (let i = 0; i < 100; i++) {
      const waiting = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'pg-index-lint' AND wait_event_type = 'Lock'");
      if (waiting.rowCount) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await watcher.end();
    server.stop(mode);
    const result = await running;
    await holder.end().catch(() => undefined);
    return result;
  }

  async function auditSucceeds(): Promise<void> {
    const r = await audit(url, '--format', 'json');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).findings).toMatchObject([{ rule: 'duplicate-index', index: 'locked_a2' }]);
  }

  test('a fast shutdown mid-query: one line, exit 2; while it is down, connection refused; back up, a new run succeeds', async () => {
    const r = await auditWhileTheServerStops('fast');
    expectOneCleanLine(
      r,
      new RegExp(`^pg-index-lint: the server at 127\\.0\\.0\\.1:${server.port}/postgres ended the connection \\(terminating connection due to administrator command\\); try again\n$`),
    );
    expect(r.seconds).toBeLessThan(10);
    expectOneCleanLine(await audit(url), /connection refused/);
    server.start();
    await auditSucceeds();
  });

  test('an immediate shutdown mid-query (as in a crash): one line, exit 2; back up, a new run succeeds', async () => {
    const r = await auditWhileTheServerStops('immediate');
    // The server only warns the client (a notice) before it closes the socket.
    expectOneCleanLine(
      r,
      new RegExp(`^pg-index-lint: the connection to 127\\.0\\.0\\.1:${server.port}/postgres was closed during the catalog query \\(Connection terminated unexpectedly\\); try again\n$`),
    );
    expect(r.seconds).toBeLessThan(10);
    server.start();
    await auditSucceeds();
  });
});
