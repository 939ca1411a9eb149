/**
 * The fuzzer's oracle: one input is written to a file and linted, and the run
 * must end the way the README promises whatever the file holds — exit code 0,
 * 1 or 2, no stack trace, JSON that agrees with the exit code, and every
 * position inside the file.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli/main.js';

export type Command = 'lint' | 'audit';
export const COMMANDS: readonly Command[] = ['lint', 'audit'];

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

/** The file name of the input in its directory, as findings show it. */
export const INPUT_FILE = 'input.sql';

/** The environment names no database, whatever the fuzzer's own does: the input alone is linted. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

export function argvOf(command: Command): string[] {
  return [command, '--format', 'json', INPUT_FILE];
}

export async function runInProcess(command: Command, dir: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argvOf(command), { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env: ENV });
  return { code, stdout, stderr };
}

/** The bundled CLI as a whole process, as users run it; `null` code when it had to be killed. */
export function runBundledCli(cli: string, command: Command, dir: string, timeoutMs: number): Outcome & { timedOut: boolean } {
  const r = spawnSync(process.execPath, [cli, ...argvOf(command)], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

export function writeInput(dir: string, bytes: Buffer): void {
  writeFileSync(path.join(dir, INPUT_FILE), bytes);
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

function findingProblem(f: JsonFinding, lengths: number[]): string | null {
  if (f.file === null) return `${f.rule}: a finding of a file-only run has no file`;
  if (f.file !== INPUT_FILE) return `${f.rule}: placed in ${f.file}, not in ${INPUT_FILE}`;
  const start = outsideFile(lengths, f.line, f.column);
  if (start) return `${f.rule} starts at ${f.line}:${f.column}: ${start}`;
  const end = outsideFile(lengths, f.endLine, f.endColumn);
  if (end) return `${f.rule} ends at ${f.endLine}:${f.endColumn}: ${end}`;
  if (f.endLine! < f.line! || (f.endLine === f.line && f.endColumn! < f.column!)) return `${f.rule} ends at ${f.endLine}:${f.endColumn}, before it starts at ${f.line}:${f.column}`;
  return null;
}

/** The first way `outcome`, the run of `command` over `input`, breaks a promise of the README; null when it keeps them all. */
export function checkOutcome(input: Buffer, command: string, outcome: Outcome): Failure | null {
  const fail = (kind: Failure['kind'], detail: string): Failure => ({ kind, detail, command });
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
  const lengths = lineLengths(input);
  for (const f of report.findings) {
    const problem = findingProblem(f, lengths);
    if (problem) return fail('position', problem);
  }
  for (const n of report.notes) {
    const problem = n.file === INPUT_FILE ? outsideFile(lengths, n.line, 1) : `placed in ${n.file}, not in ${INPUT_FILE}`;
    if (problem) return fail('position', `note "${n.message}": ${problem}`);
  }
  return null;
}

/** Writes the input into `dir` and runs every command on it in this process; the first failure, or null. */
export async function exerciseInProcess(input: Buffer, dir: string): Promise<Failure | null> {
  writeInput(dir, input);
  for (const command of COMMANDS) {
    const failure = checkOutcome(input, argvOf(command).join(' '), await runInProcess(command, dir));
    if (failure) return failure;
  }
  return null;
}

/** The same, through the bundled CLI as a whole process, which is killed after `timeoutMs`. */
export function exerciseBundledCli(input: Buffer, dir: string, cli: string, timeoutMs: number): Failure | null {
  writeInput(dir, input);
  for (const command of COMMANDS) {
    const outcome = runBundledCli(cli, command, dir, timeoutMs);
    const shown = `node ${path.basename(cli)} ${argvOf(command).join(' ')}`;
    if (outcome.timedOut) return { kind: 'hang', detail: `killed after ${timeoutMs} ms`, command: shown };
    const failure = checkOutcome(input, shown, outcome);
    if (failure) return failure;
  }
  return null;
}
