/**
 * Where the harness runs SQL: a fresh database for each set of files, and SQL
 * applied to it as psql applies a file in PostgreSQL's regression schedule
 * (`psql -X -a -v ON_ERROR_STOP=0`, autocommit: a failed statement is reported
 * and the next one runs).
 *
 * On a real server every set gets a database of its own (CREATE DATABASE, from
 * a template holding the --setup file when there is one). The embedded
 * PostgreSQL (PGlite) has a single database: there, "fresh" means every schema
 * the files made is dropped and `public` made again.
 */
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';
import { loadParser, parseMigrationSql } from '../src/sql/parseFile.js';

export interface Applied {
  /** Statements the server refused (psql's `ERROR:` lines). */
  errors: number;
  /** The first few errors, for the report. */
  firstErrors: string[];
  /** Every error, with the file and line psql gives (the statement's last line). */
  refused: Refusal[];
  timedOut: boolean;
}

export interface Refusal {
  file: string;
  line: number;
  message: string;
}

export interface ApplyOptions {
  /** psql variables / environment the files expect (`\getenv`). */
  env: Record<string, string>;
  timeoutSeconds: number;
  /** false: statement by statement through `pg` even when psql is there. */
  usePsql: boolean;
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface Target {
  /** What the harness runs on, for the report (no password). */
  describe: string;
  /** True when a database of its own is made for each set (a real server). */
  ownDatabases: boolean;
  /** A database with nothing in it but what `setup` made (applied once, then copied). */
  fresh(): Promise<FreshDatabase>;
  close(): Promise<void>;
}

/**
 * Commits that do not wait for the disk: every statement of a file is its own
 * transaction, and waiting for each flush made a set of three statements take
 * a fifth of a second. Durability is all it changes.
 */
const NO_FLUSH = '-c synchronous_commit=off';

export function psqlAvailable(): boolean {
  return spawnSync('psql', ['--version'], { stdio: 'ignore' }).status === 0;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A real server: CREATE DATABASE for every set, from a template when there is a setup file. */
/** The names of the databases this process makes on a server. */
const DATABASE_PREFIX = `pgil_diff_${process.pid}`;

/** Drops every database this process made: at the end of a run, and when it is interrupted (even during the setup). */
export async function dropOwnDatabases(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query<{ d: string }>('SELECT datname AS d FROM pg_database WHERE starts_with(datname, $1)', [DATABASE_PREFIX])).rows;
    for (const { d } of rows) await client.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function serverTarget(url: string, setup: ((db: FreshDatabase) => Promise<void>) | null, rolePrefix: string | null = null): Promise<Target> {
  const prefix = DATABASE_PREFIX;
  // Roles outlive databases: those the files made (named with the prefix, absent before the run) are dropped at the end.
  const roles = async () => {
    if (rolePrefix === null) return [];
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ r: string }>('SELECT rolname AS r FROM pg_roles WHERE starts_with(rolname, $1)', [rolePrefix])).rows.map((row) => row.r);
    } finally {
      await client.end();
    }
  };
  const rolesBefore = new Set(await roles());
  let count = 0;
  const created = new Set<string>();
  const create = async (name: string, template: string) => {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    created.add(name);
  };
  const dropDatabase = async (name: string) => {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    created.delete(name);
  };
  let template = 'template0';
  if (setup) {
    const name = `${prefix}_setup`;
    await create(name, 'template0');
    await setup({ url: withDatabase(url, name), drop: () => dropDatabase(name) });
    // A template must have no other session in it while it is copied.
    await adminQuery(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    template = name;
  }
  return {
    describe: `server ${new URL(url).host}, a database per set${setup ? ' (from a template holding the setup file)' : ''}`,
    ownDatabases: true,
    async fresh() {
      const name = `${prefix}_${++count}`;
      await create(name, template);
      return { url: withDatabase(url, name), drop: () => dropDatabase(name) };
    },
    async close() {
      for (const name of [...created]) await dropDatabase(name).catch(() => undefined);
      for (const role of await roles()) {
        if (!rolesBefore.has(role)) await adminQuery(url, `DROP ROLE "${role.replace(/"/g, '""')}"`).catch(() => undefined);
      }
    },
  };
}

/** Drops every schema that is not the system's and makes `public` again: PGlite's one database, as fresh as it gets. */
async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: NO_FLUSH });
  await client.connect();
  try {
    // PGlite runs every connection in its one session: what a set left (a SET search_path, an open transaction) would reach the next.
    await client.query('ROLLBACK');
    await client.query('DISCARD ALL');
    const schemas = await client.query<{ n: string }>("SELECT nspname AS n FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'");
    for (const { n } of schemas.rows) await client.query(`DROP SCHEMA "${n.replace(/"/g, '""')}" CASCADE`);
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/** One database reset between sets: the embedded PGlite (which has only one). */
export async function singleDatabaseTarget(url: string, setup: ((db: FreshDatabase) => Promise<void>) | null, close: () => Promise<void> = async () => undefined): Promise<Target> {
  return {
    describe: 'the embedded PostgreSQL (PGlite), reset between sets',
    ownDatabases: false,
    async fresh() {
      await resetDatabase(url);
      const db = { url, drop: async () => undefined };
      await setup?.(db);
      return db;
    },
    close,
  };
}

/** Starts PGlite behind a socket on a free port, as the tests do when there is no DATABASE_URL. */
export async function embeddedTarget(setup: ((db: FreshDatabase) => Promise<void>) | null): Promise<Target> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return singleDatabaseTarget(url, setup, async () => {
    await server.stop();
    await db.close();
  });
}

/** Runs one file with psql as the regression schedule does; stdout (the echo of -a) is not kept. */
function applyWithPsql(url: string, file: string, options: ApplyOptions, cwd: string): Promise<Applied> {
  // A password goes in psql's environment, not on its command line, where any user's `ps` shows it.
  const target = new URL(url);
  const password = target.password ? { PGPASSWORD: decodeURIComponent(target.password) } : {};
  target.password = '';
  return new Promise((resolve) => {
    const child = spawn('psql', ['-X', '-a', '-q', '-v', 'ON_ERROR_STOP=0', '-d', target.toString(), '-f', file], {
      cwd,
      // The settings pg_regress gives its psql: results that print dates depend on them.
      env: { ...process.env, PGTZ: 'PST8PDT', PGDATESTYLE: 'Postgres, MDY', PGAPPNAME: 'pg-index-lint-differential', PGOPTIONS: NO_FLUSH, ...password, ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 1_000_000) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutSeconds * 1000);
    child.on('close', () => {
      clearTimeout(timer);
      const errors = stderr.split('\n').filter((l) => /^psql:.*\bERROR:/.test(l));
      const refused = errors.flatMap((l) => {
        const m = /^psql:(.*):(\d+): ERROR:\s*(.*)$/.exec(l);
        return m ? [{ file: m[1], line: Number(m[2]), message: m[3] }] : [];
      });
      resolve({ errors: errors.length, firstErrors: errors.slice(0, 3), refused, timedOut });
    });
  });
}

/** Statement by statement through `pg`, in autocommit; a failed statement is counted and the next one runs. psql's own commands are not run. */
async function applyWithClient(url: string, file: string, text: string, options: ApplyOptions): Promise<Applied> {
  await loadParser();
  const client = new pg.Client({ connectionString: url, application_name: 'pg-index-lint-differential', options: NO_FLUSH });
  await client.connect();
  const out: Applied = { errors: 0, firstErrors: [], refused: [], timedOut: false };
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  try {
    for (const statement of parseMigrationSql(text).statements) {
      if (Date.now() > deadline) {
        out.timedOut = true;
        break;
      }
      try {
        await client.query(statement.text);
      } catch (e) {
        out.errors++;
        out.refused.push({ file, line: statement.end.line, message: (e as Error).message });
        if (out.firstErrors.length < 3) out.firstErrors.push(`line ${statement.start.line}: ERROR: ${(e as Error).message}`);
        // A failed statement inside a transaction block the file opened leaves it aborted, as in psql.
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
  return out;
}

/** A goose or dbmate file holds its down migration too: psql would run it, the parser keeps only the up part. */
const DOWN_SECTION = /^\s*--\s*(\+goose\s+down|migrate:down)\b/im;

export async function applyFile(url: string, file: string, text: string, options: ApplyOptions, cwd: string): Promise<Applied> {
  return options.usePsql && !DOWN_SECTION.test(text) ? applyWithPsql(url, file, options, cwd) : applyWithClient(url, file, text, options);
}

/** The target of DATABASE_URL: a database per set on a real server, the one database reset between sets on the embedded one. */
export function targetOf(url: string, setup: ((db: FreshDatabase) => Promise<void>) | null, rolePrefix: string | null = null): Promise<Target> {
  return process.env.PGIL_EMBEDDED_POSTGRES ? singleDatabaseTarget(url, setup) : serverTarget(url, setup, rolePrefix);
}
