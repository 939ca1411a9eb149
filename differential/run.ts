/**
 * `npm run differential`: the static replay against a real server. Each set
 * of files runs into a fresh database, then the model and findings of `audit
 * FILES` are compared with those of `audit --database-url`.
 *
 *   npm run differential -- [FILE | DIR]... [--set FILE...] [--setup FILE]
 *       [--pg-regress DIR] [--corpus DIR] [--round-trip] [--json]
 *       [--report FILE] [--timeout SECONDS] [--no-psql] [--server-only FILE]
 *
 * A FILE is a set of its own; a DIR, or the files after --set, one ordered
 * history. DATABASE_URL names the server (a database is created and dropped
 * for each set); without it, the embedded PGlite is used.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandMigrationPaths } from '../src/files/discover.js';
import { applyFile, dropOwnDatabases, embeddedTarget, psqlAvailable, targetOf, type ApplyOptions, type FreshDatabase, type Target } from './database.js';
import { agrees, runSet, type FileSet, type SetResult } from './harness.js';
import { formatJsonReport, formatSet, formatSummary } from './report.js';
import { readServerOnly } from './serverOnly.js';

interface Args {
  sets: FileSet[];
  setup: string | null;
  env: Record<string, string>;
  roundTrip: boolean;
  json: boolean;
  report: string | null;
  timeoutSeconds: number;
  psql: boolean;
  serverOnly: string;
  needsServer: string | null;
  /** Paths in the report are shown relative to this folder. */
  displayRoot: string;
  /** Roles with this prefix that the files create are dropped at the end. */
  rolePrefix: string | null;
}

const here = path.dirname(fileURLToPath(import.meta.url));

class ArgError extends Error {}

function parseArgs(argv: string[], cwd: string): Args {
  const args: Args = {
    sets: [],
    setup: null,
    env: {},
    roundTrip: false,
    json: false,
    report: null,
    timeoutSeconds: 120,
    psql: true,
    serverOnly: path.join(here, '..', 'differential', 'server-only.json'),
    needsServer: null,
    displayRoot: cwd,
    rolePrefix: null,
  };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new ArgError(`${flag} needs a value`);
    return v;
  };
  const abs = (p: string) => {
    const full = path.resolve(cwd, p);
    if (!existsSync(full)) throw new ArgError(`${p}: no such file or directory`);
    return full;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') {
      const files: string[] = [];
      while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) files.push(...expandMigrationPaths([argv[++i]], cwd));
      if (!files.length) throw new ArgError('--set needs files');
      args.sets.push({ name: path.relative(cwd, files[0]) + (files.length > 1 ? ` (+${files.length - 1})` : ''), files });
    } else if (a === '--setup') args.setup = abs(value(i++, a));
    else if (a === '--pg-regress') {
      const dir = abs(value(i++, a));
      const sql = path.join(dir, 'sql');
      args.setup = path.join(sql, 'test_setup.sql');
      for (const f of readdirSync(sql)
        .filter((f) => f.endsWith('.sql') && f !== 'test_setup.sql')
        .sort())
        args.sets.push({ name: f, files: [path.join(sql, f)] });
      // PG_ABS_BUILDDIR is made once the run is sure to start.
      Object.assign(args.env, { PG_ABS_SRCDIR: dir, PG_LIBDIR: '/nonexistent', PG_DLSUFFIX: '.so' });
      args.needsServer = 'the regression tests create roles and tablespaces, and need psql';
      args.displayRoot = sql;
      // PostgreSQL's tests name every role they create regress_*.
      args.rolePrefix = 'regress_';
    } else if (a === '--corpus') {
      const dir = abs(value(i++, a));
      for (const p of readdirSync(dir).sort()) {
        const order = path.join(dir, p, 'apply-order.txt');
        if (!existsSync(order)) continue;
        const files = readFileSync(order, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => path.join(dir, p, l.trim()));
        args.sets.push({ name: p, files });
      }
    } else if (a === '--round-trip') args.roundTrip = true;
    else if (a === '--json') args.json = true;
    else if (a === '--no-psql') args.psql = false;
    else if (a === '--report') args.report = path.resolve(cwd, value(i++, a));
    else if (a === '--server-only') args.serverOnly = abs(value(i++, a));
    else if (a === '--timeout') {
      args.timeoutSeconds = Number(value(i++, a));
      if (!(args.timeoutSeconds > 0)) throw new ArgError('--timeout needs a number of seconds');
    } else if (a.startsWith('--')) throw new ArgError(`unknown option ${a}`);
    else {
      const full = abs(a);
      if (statSync(full).isDirectory()) args.sets.push({ name: path.relative(cwd, full) || '.', files: expandMigrationPaths([full], cwd) });
      else args.sets.push({ name: path.relative(cwd, full), files: [full] });
    }
  }
  if (!args.sets.length) throw new ArgError('nothing to compare: name files, directories, --set, --pg-regress or --corpus');
  return args;
}

async function openTarget(args: Args, apply: ApplyOptions): Promise<Target> {
  const url = process.env.DATABASE_URL;
  const setup = args.setup
    ? async (db: FreshDatabase) => {
        const result = await applyFile(db.url, args.setup!, readFileSync(args.setup!, 'utf8'), apply, path.dirname(args.setup!));
        if (result.timedOut) throw new Error(`${args.setup}: timed out`);
      }
    : null;
  if (!url) {
    return embeddedTarget(setup);
  }
  return targetOf(url, setup, args.rolePrefix);
}

/** The folder the regression tests write to and read back (`COPY ... TO`): the server writes there, as another user. */
function regressBuildDir(): string {
  const build = mkdtempSync(path.join(tmpdir(), 'pgil-regress-'));
  mkdirSync(path.join(build, 'results'));
  chmodSync(build, 0o777);
  chmodSync(path.join(build, 'results'), 0o777);
  return build;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2), process.cwd());
  } catch (e) {
    if (!(e instanceof ArgError)) throw e;
    process.stderr.write(`differential: ${e.message}\n`);
    return 2;
  }
  const serverOnly = readServerOnly(args.serverOnly);
  const usePsql = args.psql && Boolean(process.env.DATABASE_URL) && !process.env.PGIL_EMBEDDED_POSTGRES && psqlAvailable();
  if (args.needsServer && !usePsql) {
    const missing =
      !process.env.DATABASE_URL || process.env.PGIL_EMBEDDED_POSTGRES ? 'set DATABASE_URL to a local PostgreSQL server' : args.psql ? 'psql is not on the PATH' : 'it cannot run with --no-psql';
    process.stderr.write(`differential: ${missing}: ${args.needsServer}\n`);
    return 2;
  }
  if (args.needsServer) args.env.PG_ABS_BUILDDIR = regressBuildDir();
  const apply: ApplyOptions = { env: args.env, timeoutSeconds: args.timeoutSeconds, usePsql };
  const cleanUp = async () => {
    if (args.env.PG_ABS_BUILDDIR) rmSync(args.env.PG_ABS_BUILDDIR, { recursive: true, force: true });
    const url = process.env.DATABASE_URL;
    if (url && !process.env.PGIL_EMBEDDED_POSTGRES) await dropOwnDatabases(url).catch(() => undefined);
  };
  const interrupted = (signal: NodeJS.Signals) => {
    process.stderr.write(`differential: ${signal}: dropping the databases of this run\n`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let target: Target;
  try {
    target = await openTarget(args, apply);
  } catch (e) {
    await cleanUp();
    process.stderr.write(`differential: ${(e as Error).message}\n`);
    return 2;
  }
  const describe = `${target.describe}; files applied ${usePsql ? 'with psql -X -a -v ON_ERROR_STOP=0' : 'statement by statement through pg'}`;
  const results: SetResult[] = [];
  try {
    for (const set of args.sets) {
      const result = await runSet(set, { target, apply, setup: args.setup, serverOnly, roundTrip: args.roundTrip, cwd: args.displayRoot });
      results.push(result);
      if (!args.json) process.stdout.write(formatSet(result));
    }
  } finally {
    await target.close();
    await cleanUp();
  }
  const summary = formatSummary(results, describe);
  if (args.json) process.stdout.write(formatJsonReport(results, describe));
  else process.stdout.write(`\n${summary}`);
  if (args.report) writeFileSync(args.report, `${summary}\n${results.map(formatSet).join('')}`);
  const clean = results.every((r) => agrees(r) && (!r.roundTrip || (r.roundTrip.errors.length === 0 && r.roundTrip.remaining.length === 0)));
  return clean ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`differential: ${(e as Error).message}\n`);
    process.exit(2);
  },
);
