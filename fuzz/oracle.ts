/**
 * The fuzzer's oracle: one input is written to files and linted, and each run
 * must end the way the README promises whatever the files hold — exit code 0,
 * 1 or 2, no stack trace, JSON that agrees with the exit code, and every
 * position inside its file.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli/main.js';

/** One run of the CLI over files written from an input. */
export interface CliRun {
  argv: string[];
  /** File name → content: the files the run reads, and findings may be placed in. */
  files: Map<string, Buffer>;
}

/** The file name of the whole input, as findings show it. */
export const INPUT_FILE = 'input.sql';

/**
 * The runs over one input: `lint` and `audit` of the whole input, and a lint
 * of a change, where the input's first half (cut at a line end) is the
 * history and the second half the changed file.
 */
export function runsOf(input: Buffer): CliRun[] {
  const whole = new Map([[INPUT_FILE, input]]);
  const newline = input.indexOf(0x0a, input.length >> 1);
  const cut = newline < 0 ? input.length : newline + 1;
  const halves = new Map([
    ['base.sql', input.subarray(0, cut)],
    ['change.sql', input.subarray(cut)],
  ]);
  return [
    { argv: ['lint', '--format', 'json', INPUT_FILE], files: whole },
    { argv: ['audit', '--format', 'json', INPUT_FILE], files: whole },
    { argv: ['lint', '--format', 'json', 'base.sql', 'change.sql', '--changed', 'change.sql'], files: halves },
  ];
}

/** How many runs of the CLI one input makes. */
export const RUNS_PER_INPUT = runsOf(Buffer.alloc(0)).length;

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Failure {
  /** What went wrong, in a word: a shrunk input must fail with the same kind. */
  kind: 'exit-code' | 'stack-trace' | 'internal-error' | 'stderr' | 'json' | 'summary' | 'position' | 'hang' | 'crash';
  detail: string;
  /** The command line that failed. */
  command: string;
}

/** The environment names no database, whatever the fuzzer's own does: the input alone is linted. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

export async function runInProcess(run: CliRun, dir: string): Promise<Outcome> {
  writeFiles(dir, run.files);
  let stdout = '';
  let stderr = '';
  const code = await runCli(run.argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env: ENV });
  return { code, stdout, stderr };
}

/** The bundled CLI as a whole process, as users run it; `null` code when it had to be killed. */
export function runBundledCli(cli: string, run: CliRun, dir: string, timeoutMs: number): Outcome & { timedOut: boolean } {
  writeFiles(dir, run.files);
  const r = spawnSync(process.execPath, [cli, ...run.argv], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

function writeFiles(dir: string, files: Map<string, Buffer>): void {
  for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);
}

/**
 * Length in code points of each line, as the tool counts them: the file is
 * read as UTF-8 (an invalid byte sequence becomes one U+FFFD), and a line ends
 * at LF, CRLF or a lone CR.
 */
export function lineLengths(bytes: Buffer): number[] {
  return bytes
    .toString('utf8')
    .split(/\r\n|\n|\r/)
    .map((line) => [...line].length);
}

interface JsonFinding {
  rule: string;
  severity: string;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

interface JsonReport {
  findings: JsonFinding[];
  notes: Array<{ file: string; line: number; message: string }>;
  summary: { findings: number; errors: number; warnings: number; notes: number };
}

function outsideFile(lengths: number[], line: unknown, column: unknown): string | null {
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > lengths.length) return `line ${String(line)} is not one of the file's ${lengths.length} lines`;
  if (typeof column !== 'number' || !Number.isInteger(column) || column < 1 || column > lengths[line - 1] + 1) {
    return `column ${String(column)} is outside line ${line} (${lengths[line - 1]} characters)`;
  }
  return null;
}

function findingProblem(f: JsonFinding, files: Map<string, number[]>): string | null {
  if (f.file === null) return `${f.rule}: a finding of a file-only run has no file`;
  const lengths = files.get(f.file);
  if (!lengths) return `${f.rule}: placed in ${f.file}, which the run does not read`;
  const start = outsideFile(lengths, f.line, f.column);
  if (start) return `${f.rule} starts at ${f.file}:${f.line}:${f.column}: ${start}`;
  const end = outsideFile(lengths, f.endLine, f.endColumn);
  if (end) return `${f.rule} ends at ${f.file}:${f.endLine}:${f.endColumn}: ${end}`;
  if (f.endLine! < f.line! || (f.endLine === f.line && f.endColumn! < f.column!)) return `${f.rule} ends at ${f.endLine}:${f.endColumn}, before it starts at ${f.line}:${f.column}`;
  return null;
}

/** The first way `outcome`, of `run`, breaks a promise of the README; null when it keeps them all. */
export function checkOutcome(run: CliRun, outcome: Outcome): Failure | null {
  const fail = (kind: Failure['kind'], detail: string): Failure => ({ kind, detail, command: run.argv.join(' ') });
  if (/^\s+at \S/m.test(outcome.stderr)) return fail('stack-trace', outcome.stderr.slice(0, 2000));
  if (/internal error/i.test(outcome.stderr)) return fail('internal-error', outcome.stderr.trim().slice(0, 2000));
  if (outcome.code !== 0 && outcome.code !== 1 && outcome.code !== 2) return fail('exit-code', `exit code ${outcome.code}; stderr: ${outcome.stderr.slice(0, 500)}`);
  if (outcome.code === 2) {
    // A deliberate refusal is one line that says what is wrong.
    return /^pg-index-lint: [^\n]+\n$/.test(outcome.stderr) ? null : fail('stderr', `exit code 2 with ${JSON.stringify(outcome.stderr.slice(0, 500))}`);
  }
  if (outcome.stderr !== '') return fail('stderr', `exit code ${outcome.code} with ${JSON.stringify(outcome.stderr.slice(0, 500))}`);
  let report: JsonReport;
  try {
    report = JSON.parse(outcome.stdout) as JsonReport;
  } catch (e) {
    return fail('json', `stdout is not JSON (${(e as Error).message}): ${outcome.stdout.slice(0, 200)}`);
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  if (report.summary.findings !== report.findings.length || report.summary.errors !== errors || report.summary.notes !== report.notes.length) {
    return fail('summary', `summary ${JSON.stringify(report.summary)} does not count ${report.findings.length} findings (${errors} errors) and ${report.notes.length} notes`);
  }
  if (outcome.code !== (errors > 0 ? 1 : 0)) return fail('exit-code', `exit code ${outcome.code} with ${errors} error findings`);
  const lengths = new Map([...run.files].map(([name, bytes]) => [name, lineLengths(bytes)]));
  for (const f of report.findings) {
    const problem = findingProblem(f, lengths);
    if (problem) return fail('position', problem);
  }
  for (const n of report.notes) {
    const fileLengths = lengths.get(n.file);
    const problem = fileLengths ? outsideFile(fileLengths, n.line, 1) : 'a file the run does not read';
    if (problem) return fail('position', `note "${n.message}" in ${n.file}: ${problem}`);
  }
  return null;
}

/** Runs the CLI on the input in this process, every run of `runsOf`; the first failure, or null. */
export async function exerciseInProcess(input: Buffer, dir: string): Promise<Failure | null> {
  for (const run of runsOf(input)) {
    const failure = checkOutcome(run, await runInProcess(run, dir));
    if (failure) return failure;
  }
  return null;
}

/** The same, through the bundled CLI as a whole process, which is killed after `timeoutMs`. */
export function exerciseBundledCli(input: Buffer, dir: string, cli: string, timeoutMs: number): Failure | null {
  for (const run of runsOf(input)) {
    const outcome = runBundledCli(cli, run, dir, timeoutMs);
    const shown = `node ${path.basename(cli)} ${run.argv.join(' ')}`;
    if (outcome.timedOut) return { kind: 'hang', detail: `killed after ${timeoutMs} ms`, command: shown };
    const failure = checkOutcome(run, outcome);
    if (failure) return { ...failure, command: shown };
  }
  return null;
}
