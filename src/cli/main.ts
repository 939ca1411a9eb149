/** The CLI: arguments in, report out, exit code back. No logic of its own beyond that. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redact, resolveDatabaseUrl } from '../catalog/connection.js';
import { writeSnapshot } from '../catalog/snapshot.js';
import { loadConfig, type Config } from '../config.js';
import { displayPath } from '../engine.js';
import { UsageError, type Report } from '../findings.js';
import { decodeMigrationText } from '../files/migrationFile.js';
import { resolveMigrations } from '../files/discover.js';
import { COLOR, colorWanted, PLAIN } from '../report/color.js';
import { formatFixFile } from '../report/fixFile.js';
import { formatGithub } from '../report/github.js';
import { jsonPieces } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { printable, textPieces } from '../report/text.js';
import { takeSnapshot, type StartingSchema } from '../pipeline.js';
import { applyBaselineToReport } from '../review/baseline.js';
import { runPipelineWithSchemaDumps } from '../review/schemaDump.js';
import { findRule } from '../rules/index.js';
import { packageVersion } from '../version.js';
import { commandHelp, globalHelp, parseArgs, type CliArgs } from './args.js';
import { rulePage } from './rulePages.js';
import { formatRules } from './rulesList.js';

export interface CliIo {
  /** Writes to standard output; returns false when the text waits in a buffer (as a stream's write does), anything else otherwise. */
  stdout: (text: string) => unknown;
  /** Resolves once standard output has written what waits in its buffer (after stdout returned false). */
  drained?: () => Promise<void>;
  stderr: (text: string) => void;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Standard input, read whole (for `-`). */
  stdin?: () => Promise<Buffer>;
  /** Is standard output a terminal? Decides colour and excerpts unless a flag does. */
  isTTY?: boolean;
}

/** The name a file read from standard input goes by, without --stdin-filename. */
const STDIN_NAME = '<stdin>';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  let secretUrl: string | undefined = env.DATABASE_URL;
  try {
    const args = parseArgs(argv);
    secretUrl = args.databaseUrl ?? secretUrl;
    switch (args.command) {
      case 'help':
        io.stdout(args.paths.length ? commandHelp(args.paths[0]) : globalHelp());
        return 0;
      case 'version':
        io.stdout(`${packageVersion()}\n`);
        return 0;
      case 'rules':
        io.stdout(formatRules(args.rulesFormat));
        return 0;
      case 'explain':
        io.stdout(explain(args.paths[0]));
        return 0;
      case 'snapshot':
        return await snapshot(args, io, env);
      case 'audit':
      case 'lint':
        return await check(args, args.command, io, env);
    }
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

function explain(id: string): string {
  const rule = findRule(id);
  if (!rule) throw new UsageError(`unknown rule "${id}" (see pg-index-lint rules)`);
  const page = rulePage(rule.id);
  // Every registered kind has a page (a test sees to it); the description stands in should one be missing.
  return page ?? `# ${rule.id}\n\n${rule.description}\n`;
}

async function snapshot(args: CliArgs, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const snapshot = await takeSnapshot(databaseStart(args, env));
  if (args.output) {
    const target = path.resolve(io.cwd, args.output);
    writeOutput(target, () => writeSnapshot(snapshot, target));
    io.stderr(
      `pg-index-lint: snapshot of ${snapshot.database} (PostgreSQL ${snapshot.serverVersion}): ${snapshot.tables.length} tables, ${snapshot.indexes.length} indexes, ${snapshot.foreignKeys?.length ?? 0} foreign keys → ${args.output}\n`,
    );
    for (const note of snapshot.notes ?? []) io.stderr(`pg-index-lint: note: ${note}\n`);
  } else {
    const { source: _source, ...document } = snapshot;
    io.stdout(JSON.stringify(document, null, 2) + '\n');
  }
  return 0;
}

async function check(args: CliArgs, mode: 'audit' | 'lint', io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const config = loadConfig(args.config, io.cwd);
  const stdin = args.paths.includes('-') ? await readStdin(args, io) : null;
  const named = args.paths.filter((p) => p !== '-');
  // With the history in the configuration, the files a lint is given without --changed are the ones
  // under review (`pg-index-lint lint 0042_x.sql`, as a pre-commit hook calls it), as ESLint lints
  // the files it is given; otherwise the paths are the history. `-` is one more file on top of it.
  const reviewNamed = mode === 'lint' && args.changed.length === 0 && named.length > 0 && config.migrations.length > 0;
  const inputs = named.length && !reviewNamed ? named : configMigrations(config, io.cwd);
  // An audit naming neither files nor a snapshot reads the database of DATABASE_URL / PG*, when they name one.
  const databaseInEnv = Boolean(env.DATABASE_URL || env.PGHOST || env.PGDATABASE);
  const liveByDefault = mode === 'audit' && inputs.length === 0 && !stdin && !args.snapshot && databaseInEnv;
  const start: StartingSchema = args.snapshot ? { kind: 'snapshot', file: path.resolve(io.cwd, args.snapshot) } : args.databaseUrl || liveByDefault ? databaseStart(args, env) : { kind: 'files' };
  if (start.kind === 'files' && inputs.length === 0 && !stdin) {
    throw new UsageError('no migration files given: name files, directories or globs, set "migrations" in pg-index-lint.json, or give --database-url / --snapshot');
  }
  const files = resolveMigrations(inputs, io.cwd);
  const underReview = reviewNamed ? named : args.changed;
  let changed = mode === 'lint' && underReview.length ? resolveMigrations(underReview, io.cwd) : null;
  if (stdin) {
    // Standard input stands for the file it is named after, in its place in the history, or comes last.
    if (!files.includes(stdin.file)) files.push(stdin.file);
    if (mode === 'lint') changed = [...(changed ?? []), stdin.file];
  }
  const sources = stdin ? new Map([[stdin.file, stdin.text]]) : undefined;
  const { report: found, base } = await runPipelineWithSchemaDumps({ mode, files, changed, start, config, cwd: io.cwd, sources }, args.baseRef, config.schemaDumps);
  const report = applyBaselineToReport(found, { file: args.writeBaseline ?? args.baseline, write: Boolean(args.writeBaseline), prune: args.pruneBaseline, complete: changed === null, cwd: io.cwd });
  if (args.fixFile) {
    const target = path.resolve(io.cwd, args.fixFile);
    writeOutput(target, () => writeFileSync(target, formatFixFile(report, base?.source ?? 'the migration files')));
  }
  const shown = args.quiet ? errorsOnly(report) : report;
  // A report of many findings comes in pieces: each waits for the one before to be written, so it is never all in memory at once.
  for (const piece of format(shown, args, io, env, stdin)) if (io.stdout(piece) === false) await io.drained?.();
  return exitCode(report, args, io);
}

/** The configuration's migrations, as paths relative to the working directory (globs stay globs). */
function configMigrations(config: Config, cwd: string): string[] {
  return config.migrations.map((p) => path.relative(cwd, p).split(path.sep).join('/') || '.');
}

async function readStdin(args: CliArgs, io: CliIo): Promise<{ file: string; text: string }> {
  const name = args.stdinFilename ?? STDIN_NAME;
  const read = io.stdin ?? (() => readAll(process.stdin));
  return { file: path.resolve(io.cwd, name), text: decodeMigrationText(await read(), name) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The report in the chosen format, in pieces to write one after the other. */
function format(report: Report, args: CliArgs, io: CliIo, env: NodeJS.ProcessEnv, stdin: { file: string; text: string } | null): Iterable<string> {
  switch (args.format) {
    case 'json':
      return jsonPieces(report);
    case 'sarif':
      return [formatSarif(report, { toolVersion: packageVersion() })];
    case 'github':
      return [formatGithub(report)];
    case 'text': {
      const isTTY = io.isTTY ?? false;
      const style = colorWanted(args.color, env, isTTY) ? COLOR : PLAIN;
      const excerpts = args.excerpt ?? isTTY;
      return textPieces(report, { style, sourceLines: excerpts ? sourceLines(io.cwd, stdin) : undefined, links: args.links });
    }
  }
}

/** The lines of each file a finding names, read once; a file that cannot be read again shows no excerpt. */
function sourceLines(cwd: string, stdin: { file: string; text: string } | null): (display: string) => readonly string[] | null {
  const cache = new Map<string, readonly string[] | null>();
  return (display) => {
    if (!cache.has(display)) cache.set(display, readLines(display));
    return cache.get(display) ?? null;
  };
  function readLines(display: string): readonly string[] | null {
    if (stdin && displayPath(stdin.file, cwd) === display) return stdin.text.split(/\r\n|\n|\r/);
    try {
      return readFileSync(path.resolve(cwd, display), 'utf8').split(/\r\n|\n|\r/);
    } catch {
      return null;
    }
  }
}

/** --quiet: errors only. The summary still counts the warnings, as the exit code does. */
function errorsOnly(report: Report): Report {
  return { ...report, findings: report.findings.filter((f) => f.severity === 'error'), notes: [] };
}

function exitCode(report: Report, args: CliArgs, io: CliIo): number {
  const { errors, warnings } = report.summary;
  const failing = args.failOn === 'never' ? 0 : args.failOn === 'warning' ? errors + warnings : errors;
  const tooManyWarnings = args.maxWarnings !== null && warnings > args.maxWarnings;
  if (tooManyWarnings) io.stderr(`pg-index-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings}\n`);
  return failing > 0 || tooManyWarnings ? 1 : 0;
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
