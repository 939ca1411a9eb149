/** Command-line arguments, read without a framework so the bundle stays small and fast to start. */
import { UsageError } from '../findings.js';

export type Command = 'audit' | 'lint' | 'snapshot' | 'help' | 'version';

export interface CliArgs {
  command: Command;
  paths: string[];
  changed: string[];
  format: 'text' | 'json';
  links: boolean;
  config: string | undefined;
  databaseUrl: string | undefined;
  snapshot: string | undefined;
  output: string | undefined;
  fixFile: string | undefined;
  schemas: string[];
  connectTimeout: number;
  statementTimeout: number;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  pruneBaseline: boolean;
  baseRef: string | undefined;
}

export const HELP = `pg-index-lint — find redundant PostgreSQL indexes and unindexed foreign keys

Usage:
  pg-index-lint audit [PATH...] [options]    everything redundant in the schema (files, or a database)
  pg-index-lint lint  [PATH...] [options]    only what the changed files introduce, on their lines
  pg-index-lint snapshot [options]           save a database's catalog to a JSON snapshot

PATH is a migration file or a directory of them. Files are applied in the order
given; a directory is expanded in version order (2_x before 10_x; Prisma and
diesel <version>/migration.sql and <version>/up.sql folders by folder name).
Down migrations are skipped. Without PATH, "migrations" from the config file;
an audit with neither reads the database of DATABASE_URL / the PG* variables.

Options:
  --changed FILE         (lint) a file under review; repeat or comma-separate.
                         Without it every file counts as changed.
  --database-url URL     start from this live database (read-only; DATABASE_URL
                         and the PG* variables are used by snapshot and a bare audit)
  --snapshot FILE        start from a snapshot, or a pg_indexes export (CSV/JSON)
                         With either, lint replays only the changed files on top.
  --fix-file FILE        (audit) write a reviewable SQL script of the fixes
  -o, --output FILE      (snapshot) write here instead of standard output
  --schema NAME          read only this schema from the database; repeatable
  --connect-timeout S    seconds to wait for the database (default 10)
  --statement-timeout S  seconds the catalog query may take (default 60)
  --baseline FILE        report only findings not in this baseline (default:
                         ./pg-index-lint-baseline.json if present)
  --write-baseline FILE  record every finding of this run as the baseline
  --prune-baseline       remove the baseline's entries that no longer occur
  --base-ref REF         compare schema dumps (pg_dump --schema-only files,
                         structure.sql) with their version at REF: report only
                         what the head dump adds
  --format FORMAT        text (default) or json
  --links                (text) print each finding's documentation link under it
  --config FILE          configuration file (default: ./pg-index-lint.json if present)
  -h, --help             show this help
  -V, --version          show the version

Rules: duplicate-index, duplicates-constraint, leading-prefix, invalid-index
(error); unindexed-foreign-key (warning); syntax-error (error).
Suppress one finding with a comment on the line before the statement:
  -- pg-index-lint-ignore leading-prefix: <reason>

Exit codes: 0 no error findings, 1 error findings, 2 the tool could not do its job.
`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    command: 'help',
    paths: [],
    changed: [],
    format: 'text',
    links: false,
    config: undefined,
    databaseUrl: undefined,
    snapshot: undefined,
    output: undefined,
    fixFile: undefined,
    schemas: [],
    connectTimeout: 10,
    statementTimeout: 60,
    baseline: undefined,
    writeBaseline: undefined,
    pruneBaseline: false,
    baseRef: undefined,
  };
  let command: string | undefined;
  const rest = [...argv];
  const valueOf = (flag: string, inline: string | undefined): string => {
    const v = inline ?? rest.shift();
    if (v === undefined || (inline === undefined && v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const seconds = (flag: string, inline: string | undefined): number => {
    const v = Number(valueOf(flag, inline));
    if (!Number.isFinite(v) || v <= 0) throw new UsageError(`${flag} takes a number of seconds greater than 0`);
    return v;
  };
  while (rest.length) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (flag) {
      case '-h':
      case '--help':
        return { ...args, command: 'help' };
      case '-V':
      case '--version':
        return { ...args, command: 'version' };
      case '--changed':
        args.changed.push(...valueOf(flag, inline).split(',').filter(Boolean));
        break;
      case '--format': {
        const f = valueOf(flag, inline);
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
        args.format = f;
        break;
      }
      case '--links':
        args.links = true;
        break;
      case '--config':
        args.config = valueOf(flag, inline);
        break;
      case '--database-url':
        args.databaseUrl = valueOf(flag, inline);
        break;
      case '--snapshot':
        args.snapshot = valueOf(flag, inline);
        break;
      case '--fix-file':
        args.fixFile = valueOf(flag, inline);
        break;
      case '-o':
      case '--output':
        args.output = valueOf(flag, inline);
        break;
      case '--schema':
        args.schemas.push(valueOf(flag, inline));
        break;
      case '--connect-timeout':
        args.connectTimeout = seconds(flag, inline);
        break;
      case '--statement-timeout':
        args.statementTimeout = seconds(flag, inline);
        break;
      case '--baseline':
        args.baseline = valueOf(flag, inline);
        break;
      case '--write-baseline':
        args.writeBaseline = valueOf(flag, inline);
        break;
      case '--prune-baseline':
        args.pruneBaseline = true;
        break;
      case '--base-ref':
        args.baseRef = valueOf(flag, inline);
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag} (see --help)`);
        if (command === undefined) command = arg;
        else args.paths.push(arg);
    }
  }
  if (command === undefined) return args;
  if (command !== 'audit' && command !== 'lint' && command !== 'snapshot') throw new UsageError(`unknown command "${command}" (expected audit, lint or snapshot; see --help)`);
  args.command = command;
  if (command !== 'lint' && args.changed.length) throw new UsageError(`--changed is for lint; ${command} reads the whole schema`);
  if (args.databaseUrl && args.snapshot) throw new UsageError('give --database-url or --snapshot, not both');
  if (command !== 'audit' && args.fixFile) throw new UsageError('--fix-file is for audit');
  if (command === 'snapshot' && (args.snapshot || args.paths.length)) throw new UsageError('snapshot reads a database: give --database-url (or DATABASE_URL), no files');
  if (command === 'snapshot' && (args.baseline || args.writeBaseline || args.pruneBaseline || args.baseRef)) throw new UsageError('baselines and --base-ref are for audit and lint');
  if (args.writeBaseline && (args.baseline || args.pruneBaseline)) throw new UsageError('--write-baseline replaces the baseline: give it without --baseline / --prune-baseline');
  if (command !== 'snapshot' && args.output) throw new UsageError('--output is for snapshot');
  return args;
}
