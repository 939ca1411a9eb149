/**
 * Command-line arguments, read with node:util's parseArgs: one table of
 * options, the commands that take each, and the help text written from both.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { UsageError } from '../findings.js';
import { RULES } from '../rules/index.js';

export type Command = 'audit' | 'lint' | 'snapshot' | 'rules' | 'explain' | 'help' | 'version';
export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export type RulesFormat = 'text' | 'json' | 'markdown';
export type FailOn = 'error' | 'warning' | 'never';

export interface CliArgs {
  command: Command;
  /** Migration files, directories or globs; `-` is standard input. For help and explain, the command or rule asked about. */
  paths: string[];
  changed: string[];
  format: OutputFormat;
  rulesFormat: RulesFormat;
  config: string | undefined;
  databaseUrl: string | undefined;
  snapshot: string | undefined;
  output: string | undefined;
  fixFile: string | undefined;
  schemas: string[];
  connectTimeout: number;
  statementTimeout: number;
  failOn: FailOn;
  /** More warnings than this fail the run; null for no limit. */
  maxWarnings: number | null;
  quiet: boolean;
  /** --color / --no-color; undefined leaves it to the environment and the terminal. */
  color: boolean | undefined;
  /** --excerpt / --no-excerpt; undefined shows excerpts on a terminal. */
  excerpt: boolean | undefined;
  stdinFilename: string | undefined;
  /** Print each finding's documentation page under it (text). */
  links: boolean;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  pruneBaseline: boolean;
  baseRef: string | undefined;
}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help. */
  value?: string;
  help: string;
}

const OPTIONS = {
  changed: { type: 'string', multiple: true, value: 'FILE', help: 'a file under review; repeat or comma-separate. Without it every file counts as changed' },
  'database-url': { type: 'string', value: 'URL', help: 'start from this live database (read-only); DATABASE_URL and the PG* variables are used by snapshot and a bare audit' },
  snapshot: { type: 'string', value: 'FILE', help: 'start from a snapshot, or a pg_indexes export (CSV/JSON). With either, lint replays only the changed files on top' },
  'fix-file': { type: 'string', value: 'FILE', help: 'write a reviewable SQL script of the fixes' },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write the snapshot here instead of to standard output' },
  schema: { type: 'string', multiple: true, value: 'NAME', help: 'read only this schema from the database; repeatable' },
  'connect-timeout': { type: 'string', value: 'S', help: 'seconds to wait for the database (default 10)' },
  'statement-timeout': { type: 'string', value: 'S', help: 'seconds the catalog query may take (default 60)' },
  'stdin-filename': { type: 'string', value: 'NAME', help: 'the name of the file read from standard input (`-`), for findings and to find it among the migrations' },
  format: { type: 'string', short: 'f', value: 'FORMAT', help: 'text (default), json, sarif (SARIF 2.1.0) or github (workflow commands, for any CI step)' },
  'fail-on': { type: 'string', value: 'LEVEL', help: 'exit 1 on findings of this severity or worse: error (default), warning or never' },
  'max-warnings': { type: 'string', value: 'N', help: 'exit 1 when there are more than N warnings' },
  quiet: { type: 'boolean', short: 'q', help: 'report errors only: no warnings, no notes (warnings still count for --fail-on and --max-warnings)' },
  color: { type: 'boolean', help: 'colour the text output, whatever the terminal (also FORCE_COLOR=1)' },
  'no-color': { type: 'boolean', help: 'no colour (also NO_COLOR=1)' },
  excerpt: { type: 'boolean', help: 'show the statement under each finding, its span underlined (the default on a terminal)' },
  'no-excerpt': { type: 'boolean', help: 'no excerpts' },
  links: { type: 'boolean', help: "(text) print each finding's documentation page under it" },
  baseline: { type: 'string', value: 'FILE', help: 'report only findings not in this baseline (default: ./pg-index-lint-baseline.json if present)' },
  'write-baseline': { type: 'string', value: 'FILE', help: 'record every finding of this run as the baseline (a run over the whole schema)' },
  'prune-baseline': { type: 'boolean', help: "remove the baseline's entries that no longer occur; nothing is added" },
  'base-ref': { type: 'string', value: 'REF', help: 'compare schema dumps (pg_dump --schema-only, structure.sql) with their version at REF: report only what the head dump adds' },
  config: { type: 'string', short: 'c', value: 'FILE', help: 'configuration file (default: ./pg-index-lint.json if present)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'V', help: 'show the version' },
} as const satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;

interface CommandSpec {
  name: Command;
  usage: string;
  summary: string;
  /** Paragraphs after the usage line. */
  details: string;
  options: OptionName[];
}

const REPORT_OPTIONS: OptionName[] = ['format', 'fail-on', 'max-warnings', 'quiet', 'color', 'no-color', 'excerpt', 'no-excerpt', 'links', 'config'];
const BASELINE_OPTIONS: OptionName[] = ['baseline', 'write-baseline', 'prune-baseline', 'base-ref'];
const DATABASE_OPTIONS: OptionName[] = ['database-url', 'schema', 'connect-timeout', 'statement-timeout'];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'audit',
    usage: 'pg-index-lint audit [PATH...] [options]',
    summary: 'everything redundant in the schema (files, or a database)',
    details: `PATH is a migration file, a directory of them, or a quoted glob ("db/migrations/*.sql");
\`-\` reads one file from standard input. Files are applied in the order given; a
directory or glob is expanded in version order (2_x before 10_x; Prisma and diesel
<version>/migration.sql and <version>/up.sql folders by folder name). Down
migrations are skipped. Without PATH, "migrations" from the config file; with
neither, the database of --database-url, DATABASE_URL or the PG* variables.`,
    options: ['snapshot', ...DATABASE_OPTIONS, 'fix-file', 'stdin-filename', ...BASELINE_OPTIONS, ...REPORT_OPTIONS],
  },
  {
    name: 'lint',
    usage: 'pg-index-lint lint [PATH...] [--changed FILE...] [options]',
    summary: 'only what the changed files introduce, on their lines',
    details: `PATH as for audit: the whole history, so that the tables the changed files
index are known; --changed names the files under review among them. With
"migrations" in the config file, the history comes from there, and PATHs given
without --changed are the files under review: \`pg-index-lint lint FILE...\`
(as a pre-commit hook calls it) lints FILE on top of the whole history.
A statement on a table that no file given creates is an unknown-table finding:
give the earlier migrations, --database-url or --snapshot.`,
    options: ['changed', 'snapshot', ...DATABASE_OPTIONS, 'stdin-filename', ...BASELINE_OPTIONS, ...REPORT_OPTIONS],
  },
  {
    name: 'snapshot',
    usage: 'pg-index-lint snapshot [--database-url URL] [-o FILE] [options]',
    summary: "save a database's catalog to a JSON snapshot",
    details: 'Reads the database of --database-url, DATABASE_URL or the PG* variables (read-only),\nfor `audit --snapshot` and `lint --snapshot` without a connection.',
    options: [...DATABASE_OPTIONS, 'output'],
  },
  {
    name: 'rules',
    usage: 'pg-index-lint rules [--format text|json|markdown]',
    summary: 'list every finding kind, its default severity and its page',
    details: 'markdown is the index of docs/rules/.',
    options: ['format'],
  },
  {
    name: 'explain',
    usage: 'pg-index-lint explain RULE',
    summary: "print a finding kind's page: what it reports, an example, the fix, how to suppress it",
    details: 'RULE is an id from `pg-index-lint rules`.',
    options: [],
  },
  {
    name: 'help',
    usage: 'pg-index-lint help [COMMAND]',
    summary: 'this help, or the help of a command',
    details: '',
    options: [],
  },
];

function optionLine(name: OptionName): string {
  const spec: OptionSpec = OPTIONS[name];
  const flag = `${'short' in spec && spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
  return `  ${flag.padEnd(26)} ${spec.help}`;
}

function ruleList(): string {
  return RULES.map((r) => `  ${r.id.padEnd(24)} ${r.defaultSeverity}`).join('\n');
}

export function globalHelp(): string {
  return `pg-index-lint — find redundant PostgreSQL indexes and unindexed foreign keys

Usage:
${COMMANDS.map((c) => `  pg-index-lint ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

\`pg-index-lint COMMAND --help\` or \`pg-index-lint help COMMAND\` shows a command's options.

Options:
${optionLine('help')}
${optionLine('version')}

Finding kinds (default severity; \`pg-index-lint explain ID\` for each):
${ruleList()}

Suppress one finding with a comment on the line before the statement:
  -- pg-index-lint-ignore leading-prefix: <reason>

${EXIT_CODES}
`;
}

const EXIT_CODES = `Exit codes: 0 nothing at or above --fail-on (error findings, by default),
1 findings at or above --fail-on or more warnings than --max-warnings,
2 the tool could not do its job.`;

export function commandHelp(name: string): string {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
  const options = [...spec.options, 'help' as const];
  const blocks = [`Usage: ${spec.usage}`, `${spec.summary.charAt(0).toUpperCase()}${spec.summary.slice(1)}.`];
  if (spec.details) blocks.push(spec.details);
  blocks.push(`Options:\n${options.map(optionLine).join('\n')}`);
  if (spec.name === 'audit' || spec.name === 'lint') blocks.push(EXIT_CODES);
  return `${blocks.join('\n\n')}\n`;
}

function defaults(): CliArgs {
  return {
    command: 'help',
    paths: [],
    changed: [],
    format: 'text',
    rulesFormat: 'text',
    config: undefined,
    databaseUrl: undefined,
    snapshot: undefined,
    output: undefined,
    fixFile: undefined,
    schemas: [],
    connectTimeout: 10,
    statementTimeout: 60,
    failOn: 'error',
    maxWarnings: null,
    quiet: false,
    color: undefined,
    excerpt: undefined,
    stdinFilename: undefined,
    links: false,
    baseline: undefined,
    writeBaseline: undefined,
    pruneBaseline: false,
    baseRef: undefined,
  };
}

/** node:util's parse errors, in this tool's words. */
function nodeParse(argv: string[]) {
  try {
    return parseNodeArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    // "Option '-q, --quiet' ...": the long name is the one users know.
    const flag = /'(?:-\w, )?(--?[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag} (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message)) throw new UsageError(`${flag} takes no value`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${flag} needs a value`);
    throw new UsageError(message);
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not "${value}"`);
  return value as T;
}

function seconds(flag: string, value: string): number {
  const v = Number(value);
  if (!Number.isFinite(v) || v <= 0) throw new UsageError(`${flag} takes a number of seconds greater than 0`);
  return v;
}

export function parseArgs(argv: string[]): CliArgs {
  const { values, positionals, tokens } = nodeParse(argv);
  const args = defaults();
  if (values.version) return { ...args, command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help') return { ...args, command: 'help', paths: command ? rest : [] };
  const spec = COMMANDS.find((c) => c.name === command);
  if (!spec) throw new UsageError(`unknown command "${command}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see --help)`);
  if (values.help) return { ...args, command: 'help', paths: [command] };
  for (const t of tokens) {
    if (t.kind === 'option' && t.name !== 'help' && !(spec.options as string[]).includes(t.name)) {
      throw new UsageError(`${t.rawName} is not an option of ${command} (see pg-index-lint ${command} --help)`);
    }
  }
  args.command = spec.name;
  args.paths = rest;
  if (command === 'explain' && rest.length !== 1) throw new UsageError('explain takes one rule id (see pg-index-lint rules)');
  if ((command === 'rules' || command === 'snapshot') && rest.length) {
    throw new UsageError(command === 'snapshot' ? 'snapshot reads a database: give --database-url (or DATABASE_URL), no files' : 'rules takes no arguments');
  }
  if (values.format !== undefined) {
    if (command === 'rules') args.rulesFormat = oneOf('--format', values.format, ['text', 'json', 'markdown'] as const);
    else args.format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'github'] as const);
  }
  args.changed = (values.changed ?? []).flatMap((c) => c.split(',')).filter(Boolean);
  args.config = values.config;
  args.databaseUrl = values['database-url'];
  args.snapshot = values.snapshot;
  args.output = values.output;
  args.fixFile = values['fix-file'];
  args.schemas = values.schema ?? [];
  args.stdinFilename = values['stdin-filename'];
  if (values['connect-timeout'] !== undefined) args.connectTimeout = seconds('--connect-timeout', values['connect-timeout']);
  if (values['statement-timeout'] !== undefined) args.statementTimeout = seconds('--statement-timeout', values['statement-timeout']);
  if (values['fail-on'] !== undefined) args.failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const);
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a number of warnings (0 or more), not "${values['max-warnings']}"`);
    args.maxWarnings = Number(values['max-warnings']);
  }
  args.quiet = values.quiet ?? false;
  args.links = values.links ?? false;
  args.baseline = values.baseline;
  args.writeBaseline = values['write-baseline'];
  args.pruneBaseline = values['prune-baseline'] ?? false;
  args.baseRef = values['base-ref'];
  if (args.writeBaseline && (args.baseline || args.pruneBaseline)) throw new UsageError('--write-baseline replaces the baseline: give it without --baseline / --prune-baseline');
  args.color = lastOf(tokens, 'color', 'no-color');
  args.excerpt = lastOf(tokens, 'excerpt', 'no-excerpt');
  if (args.databaseUrl && args.snapshot) throw new UsageError('give --database-url or --snapshot, not both');
  const stdin = args.paths.filter((p) => p === '-').length;
  if (stdin > 1) throw new UsageError('`-` (standard input) can be given once');
  if (args.stdinFilename !== undefined && stdin === 0) throw new UsageError('--stdin-filename names the file read from standard input: give `-` too');
  return args;
}

/** The last of a flag and its negation wins, as with any repeated flag. */
function lastOf(tokens: ReturnType<typeof nodeParse>['tokens'], yes: string, no: string): boolean | undefined {
  let out: boolean | undefined;
  for (const t of tokens) if (t.kind === 'option') out = t.name === yes ? true : t.name === no ? false : out;
  return out;
}
