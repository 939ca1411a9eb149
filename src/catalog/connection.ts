/**
 * Connecting to a live database to read its catalog, and nothing else: the
 * session is read-only, bounded by timeouts, named `pg-index-lint`, and any
 * failure becomes one line that says what is wrong and which input to fix,
 * with the password never shown.
 */
import type pg from 'pg';
import { UsageError } from '../findings.js';

export interface ConnectionOptions {
  /** A postgres:// URL or a libpq key=value string; undefined to use DATABASE_URL, then the PG* variables. */
  url: string | undefined;
  /** Which input the URL came from, for messages (`--database-url`, `DATABASE_URL`, ...). */
  source: string;
  connectTimeoutSeconds: number;
  statementTimeoutSeconds: number;
}

/** The database URL to use: the option, else DATABASE_URL; undefined means the PG* variables. */
export function resolveDatabaseUrl(option: string | undefined, env: NodeJS.ProcessEnv): { url: string | undefined; source: string } {
  if (option) return { url: checkConnectionString(option, '--database-url'), source: '--database-url' };
  if (env.DATABASE_URL) return { url: checkConnectionString(env.DATABASE_URL, 'DATABASE_URL'), source: 'DATABASE_URL' };
  return { url: undefined, source: 'the PG* environment variables' };
}

/**
 * A connection string is a postgres:// or postgresql:// URL, or libpq's
 * `key=value` pairs. Anything else would be read as a database name on
 * localhost, and fail later with a message about the wrong thing. The value
 * itself is never repeated: it may be a password pasted in the wrong place.
 */
export function checkConnectionString(value: string, source: string): string {
  const expected = 'expected postgresql://user@host:5432/database or key=value pairs such as "host=db dbname=app"';
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
      return value;
    } catch {
      throw new UsageError(`${source} is not a connection string: the URL cannot be parsed (${expected})`);
    }
  }
  if (/^\s*[a-z_]+\s*=/i.test(value)) return value;
  throw new UsageError(`${source} is not a connection string (${expected})`);
}

/** Removes the password from any text that might carry the connection string. */
export function redact(text: string, url: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const secrets = new Set<string>();
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.password) {
        secrets.add(parsed.password);
        secrets.add(decodeURIComponent(parsed.password));
      }
    } catch {
      const m = /password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/i.exec(url);
      if (m) secrets.add(m[1].replace(/^'|'$/g, ''));
    }
  }
  if (env.PGPASSWORD) secrets.add(env.PGPASSWORD);
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  // A URL printed whole keeps only its user.
  return out.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/gi, '$1:***@');
}

/** Where the connection goes, for messages: host:port/database, never the password. */
export function describeTarget(url: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  try {
    if (url && /^postgres(ql)?:\/\//i.test(url)) {
      const u = new URL(url);
      return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
    }
  } catch {
    // fall through to the environment
  }
  const config = connectionConfig(url);
  return `${config.host ?? env.PGHOST ?? 'localhost'}:${config.port ?? env.PGPORT ?? '5432'}/${config.database ?? env.PGDATABASE ?? env.PGUSER ?? ''}`;
}

/**
 * Runs `work` in a READ ONLY transaction of a read-only session, bounded by
 * the statement and lock timeouts; any failure becomes one clear line.
 */
export async function inReadOnlyTransaction<T>(options: ConnectionOptions, work: (client: pg.Client) => Promise<T>): Promise<T> {
  // An ending kept from an earlier read with the same options is not this one's.
  serverEndings.delete(options);
  const client = await connectReadOnly(options);
  try {
    await beginReadOnly(client, options);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    throw connectionError(explained(e, options), options);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The server's error that ended a session of this read (a shutdown, a
 * terminated backend), by the options the sessions were opened with. It can
 * reach a session between its queries, as an error event; the query asked
 * next then fails with only the driver's "not queryable".
 */
const serverEndings = new WeakMap<ConnectionOptions, unknown>();

/** A driver's error of a session already ended by the server, put as the server's own reason. */
function explained(e: unknown, options: ConnectionOptions): unknown {
  const ending = serverEndings.get(options);
  return ending !== undefined && /not queryable|Connection terminated/i.test(String((e as Error)?.message ?? e)) ? ending : e;
}

/**
 * Starts a READ ONLY transaction bounded by the statement and lock timeouts;
 * `snapshot`, one exported by another session's transaction, makes it see
 * exactly what that one sees.
 */
export async function beginReadOnly(client: pg.Client, options: ConnectionOptions, snapshot?: string): Promise<void> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  if (snapshot !== undefined) await client.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
  await client.query(`SET LOCAL statement_timeout = ${Math.round(options.statementTimeoutSeconds * 1000)}`);
  await client.query('SET LOCAL lock_timeout = 5000');
}

/** A postgres:// URL as it is; a libpq `key=value` string turned into the driver's settings. */
export function connectionConfig(url: string | undefined): pg.ClientConfig {
  if (!url || /^postgres(ql)?:\/\//i.test(url) || !url.includes('=')) return { connectionString: url };
  const settings: Record<string, string> = {};
  for (const m of url.matchAll(/(\w+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/g)) settings[m[1].toLowerCase()] = (m[2] ?? m[3]).replace(/\\(.)/g, '$1');
  const config: pg.ClientConfig = {
    host: settings.host ?? settings.hostaddr,
    port: settings.port ? Number(settings.port) : undefined,
    database: settings.dbname,
    user: settings.user,
    password: settings.password,
  };
  if (settings.sslmode && settings.sslmode !== 'disable') config.ssl = settings.sslmode === 'require' || settings.sslmode === 'prefer' ? { rejectUnauthorized: false } : true;
  return config;
}

/**
 * The driver, loaded only when a database is read: most runs never open one,
 * and loading it costs start-up time. When loaded, it asks whether it runs on
 * Cloudflare Workers: where Node has no `navigator` (Node 20), by touching
 * the global `Response`, which loads Node's whole fetch implementation (30 to
 * 90 ms here). A `navigator` lent for the load answers first.
 */
async function loadPg(): Promise<typeof pg> {
  const lent = !('navigator' in globalThis);
  if (lent) Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.versions.node}` }, configurable: true, writable: true });
  try {
    return (await import('pg')).default;
  } finally {
    if (lent) delete (globalThis as { navigator?: unknown }).navigator;
  }
}

/** Opens a session whose transactions are read-only by default (the server applies the startup option). */
export function connectReadOnly(options: ConnectionOptions): Promise<pg.Client> {
  return openReadOnly(options).connected;
}

/**
 * Opens a session as connectReadOnly does; `abandon` closes it, connected or
 * not (a session that is no longer wanted must not keep the process waiting
 * for its connection).
 */
export function openReadOnly(options: ConnectionOptions): { connected: Promise<pg.Client>; abandon: () => void } {
  let client: pg.Client | undefined;
  let abandoned = false;
  const connected = (async () => {
    const postgres = await loadPg();
    if (abandoned) throw new UsageError('the connection was not needed any more');
    client = new postgres.Client({
      ...connectionConfig(options.url),
      connectionTimeoutMillis: options.connectTimeoutSeconds * 1000,
      application_name: 'pg-index-lint',
      // Belt and braces: the session default is read-only too, not only the transaction.
      options: '-c default_transaction_read_only=on',
      // A socket that goes silent (a server that stops answering) must not hang the tool.
      query_timeout: (options.statementTimeoutSeconds + options.connectTimeoutSeconds) * 1000,
    });
    // An error event must not crash the process; the server's reason for ending a session is kept for the message.
    client.on('error', (e: Error & { code?: unknown }) => {
      if (typeof e?.code === 'string' && /^57P0[123]$/.test(e.code) && !serverEndings.has(options)) serverEndings.set(options, e);
    });
    try {
      await client.connect();
    } catch (e) {
      await client.end().catch(() => undefined);
      throw connectionError(e, options);
    }
    return client;
  })();
  const abandon = () => {
    abandoned = true;
    void client?.end().catch(() => undefined);
  };
  return { connected, abandon };
}

/** Turns a driver or server error into one line that names the problem and the input to fix. */
export function connectionError(e: unknown, options: ConnectionOptions): UsageError {
  if (e instanceof UsageError) return e;
  const err = e as { code?: string; message?: string; errno?: string };
  const target = describeTarget(options.url);
  const fix = `check ${options.source}`;
  const detail = redact(String(err.message ?? e), options.url);
  let message: string;
  switch (err.code) {
    case 'ECONNREFUSED':
      message = `cannot connect to ${target}: connection refused (is the server running and accepting TCP connections?); ${fix}`;
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      message = `cannot connect to ${target}: host not found; ${fix}`;
      break;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      message = `cannot connect to ${target}: host unreachable; ${fix}`;
      break;
    case '28P01':
      message = `cannot connect to ${target}: password authentication failed; ${fix} (user and password)`;
      break;
    case '28000':
      message = /no encryption|SSL off/i.test(detail)
        ? `cannot connect to ${target}: the server requires an encrypted connection; add sslmode=require to ${options.source}`
        : `cannot connect to ${target}: the server refused this user or host (${detail}); ${fix}`;
      break;
    case '3D000':
      message = `cannot connect to ${target}: ${detail}; ${fix} (database name)`;
      break;
    case '57014':
      message = `the catalog query on ${target} was cancelled: statement timeout reached (raise --statement-timeout, or run at a quieter time)`;
      break;
    case '55P03':
      message = `the catalog query on ${target} waited too long for a lock (lock_timeout); try again at a quieter time`;
      break;
    case '57P01':
    case '57P02':
    case '57P03':
      message = `the server at ${target} ended the connection (${detail}); try again`;
      break;
    default:
      if (/timeout|timed out/i.test(detail)) {
        message = `cannot connect to ${target}: no answer within ${options.connectTimeoutSeconds} s (--connect-timeout); ${fix}`;
      } else if (/terminated|ECONNRESET|closed|not queryable/i.test(detail) || err.code === 'ECONNRESET' || err.code === 'EPIPE') {
        message = `the connection to ${target} was closed during the catalog query (${detail}); try again`;
      } else if (/does not support SSL/i.test(detail)) {
        message = `cannot connect to ${target}: the server does not support SSL; remove sslmode=require from ${options.source}`;
      } else {
        message = `cannot read the catalog of ${target}: ${detail}; ${fix}`;
      }
  }
  return new UsageError(redact(message, options.url));
}
