/** The CLI: arguments in, report out, exit code back. No logic of its own beyond that. */
import { loadConfig } from '../config.js';
import { run } from '../engine.js';
import { UsageError } from '../findings.js';
import { expandMigrationPaths } from '../files/discover.js';
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';
import { packageVersion } from '../version.js';
import { HELP, parseArgs } from './args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    const config = loadConfig(args.config, io.cwd);
    const inputs = args.paths.length ? args.paths : config.migrations;
    if (inputs.length === 0) throw new UsageError('no migration files given: name files or directories, or set "migrations" in pg-index-lint.json');
    const files = expandMigrationPaths(inputs, io.cwd);
    let changed: Set<string> | null = null;
    if (args.command === 'lint' && args.changed.length) {
      const changedFiles = expandMigrationPaths(args.changed, io.cwd);
      // A changed file that is not among PATH is applied after them.
      for (const f of changedFiles) if (!files.includes(f)) files.push(f);
      changed = new Set(changedFiles);
    }
    if (files.length === 0) throw new UsageError(`no migration files found in ${inputs.join(', ')}`);
    const report = await run({ mode: args.command, files, changed, config, cwd: io.cwd });
    io.stdout(args.format === 'json' ? formatJson(report) : formatText(report));
    return report.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`pg-index-lint: ${e.message}\n`);
      return 2;
    }
    // Never a stack trace: say what failed, and how to see more.
    io.stderr(`pg-index-lint: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.PG_INDEX_LINT_DEBUG) io.stderr(`${(e as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
