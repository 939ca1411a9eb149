/** Command-line arguments, read without a framework so the bundle stays small and fast to start. */
import { UsageError } from '../findings.js';

export interface CliArgs {
  command: 'audit' | 'lint' | 'help' | 'version';
  paths: string[];
  changed: string[];
  format: 'text' | 'json';
  config: string | undefined;
}

export const HELP = `pg-index-lint — find redundant PostgreSQL indexes and unindexed foreign keys in migration files

Usage:
  pg-index-lint audit [PATH...] [options]    everything redundant in the schema the files build
  pg-index-lint lint  [PATH...] [options]    only what the changed files introduce, on their lines

PATH is a migration file or a directory of them. Files are applied in the order
given; a directory is expanded in version order (2_x before 10_x; Prisma and
diesel <version>/migration.sql and <version>/up.sql folders by folder name).
Down migrations are skipped. Without PATH, "migrations" from the config file.

Options:
  --changed FILE     (lint) a file under review; repeat or comma-separate.
                     Without it every file counts as changed.
  --format FORMAT    text (default) or json
  --config FILE      configuration file (default: ./pg-index-lint.json if present)
  -h, --help         show this help
  -V, --version      show the version

Rules: duplicate-index, duplicates-constraint, leading-prefix (error);
unindexed-foreign-key (warning); syntax-error (error).
Suppress one finding with a comment on the line before the statement:
  -- pg-index-lint-ignore leading-prefix: <reason>

Exit codes: 0 no error findings, 1 error findings, 2 the tool could not do its job.
`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', paths: [], changed: [], format: 'text', config: undefined };
  let command: string | undefined;
  const rest = [...argv];
  const valueOf = (flag: string, inline: string | undefined): string => {
    const v = inline ?? rest.shift();
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
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
      case '--config':
        args.config = valueOf(flag, inline);
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag} (see --help)`);
        if (command === undefined) command = arg;
        else args.paths.push(arg);
    }
  }
  if (command === undefined) return args;
  if (command !== 'audit' && command !== 'lint') throw new UsageError(`unknown command "${command}" (expected audit or lint; see --help)`);
  args.command = command;
  if (command === 'audit' && args.changed.length) throw new UsageError('--changed is for lint; audit reports the whole schema');
  return args;
}
