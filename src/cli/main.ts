/** The CLI: arguments in, report out, exit code back. No logic of its own beyond that. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { redact, resolveDatabaseUrl } from '../catalog/connection.js';
import { writeSnapshot } from '../catalog/snapshot.js';
import { loadConfig } from '../config.js';
import { UsageError } from '../findings.js';
import { expandMigrationPaths } from '../files/discover.js';
import { formatFixFile } from '../report/fixFile.js';
import { formatJson } from '../report/json.js';
import { formatText, printable } from '../report/text.js';
import { takeSnapshot, type StartingSchema } from '../pipeline.js';
import { applyBaselineToReport } from '../review/baseline.js';
import { runPipelineWithSchemaDumps } from '../review/schemaDump.js';
import { packageVersion } from '../version.js';
import { HELP, parseArgs, type CliArgs } from './args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  let secretUrl: string | undefined = env.DATABASE_URL;
  try {
    const args = parseArgs(argv);
    secretUrl = args.databaseUrl ?? secretUrl;
    if (args.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (args.command === 'snapshot') {
      const snapshot = await takeSnapshot(databaseStart(args, env));
      if (args.output) {
        writeOutput(path.resolve(io.cwd, args.output), () => writeSnapshot(snapshot, path.resolve(io.cwd, args.output!)));
        io.stderr(`pg-index-lint: snapshot of ${snapshot.database} (PostgreSQL ${snapshot.serverVersion}): ${snapshot.tables.length} tables, ${snapshot.indexes.length} indexes, ${snapshot.foreignKeys?.length ?? 0} foreign keys → ${args.output}\n`);
        for (const note of snapshot.notes ?? []) io.stderr(`pg-index-lint: note: ${note}\n`);
      } else {
        const { source: _source, ...document } = snapshot;
        io.stdout(JSON.stringify(document, null, 2) + '\n');
      }
      return 0;
    }
    const config = loadConfig(args.config, io.cwd);
    const inputs = args.paths.length ? args.paths : config.migrations.map((p) => path.relative(io.cwd, p) || '.');
    // An audit naming neither files nor a snapshot reads the database of DATABASE_URL / PG*, when they name one.
    const databaseInEnv = Boolean(env.DATABASE_URL || env.PGHOST || env.PGDATABASE);
    const liveByDefault = args.command === 'audit' && inputs.length === 0 && !args.snapshot && databaseInEnv;
    const start: StartingSchema = args.snapshot
      ? { kind: 'snapshot', file: path.resolve(io.cwd, args.snapshot) }
      : args.databaseUrl || liveByDefault
        ? databaseStart(args, env)
        : { kind: 'files' };
    if (start.kind === 'files' && inputs.length === 0) {
      throw new UsageError('no migration files given: name files or directories, set "migrations" in pg-index-lint.json, or give --database-url / --snapshot');
    }
    const files = inputs.length ? expandMigrationPaths(inputs, io.cwd) : [];
    if (start.kind === 'files' && files.length === 0) throw new UsageError(`no migration files found in ${inputs.join(', ')}`);
    const changed = args.command === 'lint' && args.changed.length ? expandMigrationPaths(args.changed, io.cwd) : null;
    const { report: found, base } = await runPipelineWithSchemaDumps({ mode: args.command, files, changed, start, config, cwd: io.cwd }, args.baseRef);
    const report = applyBaselineToReport(found, { file: args.writeBaseline ?? args.baseline, write: Boolean(args.writeBaseline), prune: args.pruneBaseline, complete: changed === null, cwd: io.cwd });
    if (args.fixFile) {
      const target = path.resolve(io.cwd, args.fixFile);
      writeOutput(target, () => writeFileSync(target, formatFixFile(report, base?.source ?? 'the migration files')));
    }
    io.stdout(args.format === 'json' ? formatJson(report) : formatText(report, { links: args.links }));
    return report.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      // One line, whatever a file name or a server's message holds.
      io.stderr(`${printable(`pg-index-lint: ${redact(e.message, secretUrl, env)}`)}\n`);
      return 2;
    }
    // Never a stack trace: say what failed, and how to see more.
    io.stderr(`${printable(`pg-index-lint: internal error: ${redact((e as Error)?.message ?? String(e), secretUrl, env)}`)}\n`);
    if (env.PG_INDEX_LINT_DEBUG) io.stderr(`${redact((e as Error)?.stack ?? '', secretUrl, env)}\n`);
    return 2;
  }
}

function databaseStart(args: CliArgs, env: NodeJS.ProcessEnv): Extract<StartingSchema, { kind: 'database' }> {
  const { url, source } = resolveDatabaseUrl(args.databaseUrl, env);
  return {
    kind: 'database',
    url,
    source,
    connectTimeoutSeconds: args.connectTimeout,
    statementTimeoutSeconds: args.statementTimeout,
    schemas: args.schemas.length ? args.schemas : null,
  };
}

function writeOutput(file: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new UsageError(`${file}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
