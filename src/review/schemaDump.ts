/**
 * Schema dumps kept in a repository (`pg_dump --schema-only`, Rails'
 * `db/structure.sql`). A dump holds the whole schema, so linting it as a
 * changed file would blame every pull request for everything the application
 * ever had. Instead the dump is compared with its own version at the base
 * commit: what the head dump has and the base dump has not is the pull
 * request's doing, and it is reported on the head dump's lines.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.js';
import { displayPath, run } from '../engine.js';
import { UsageError, type Finding, type Report } from '../findings.js';
import { runPipeline, type PipelineInput, type PipelineResult } from '../pipeline.js';
import { applyBaseline, createBaseline, withFindings } from './baseline.js';

/** The statements pg_dump writes before any object, in the order it writes them. */
const DUMP_SETTINGS = [
  /^SET statement_timeout = 0;$/m,
  /^SET lock_timeout = 0;$/m,
  /^SET idle_in_transaction_session_timeout = 0;$/m,
  /^SET client_encoding = '[^']*';$/m,
  /^SET standard_conforming_strings = (on|off);$/m,
  /^SET check_function_bodies = false;$/m,
  /^SET xmloption = content;$/m,
  /^SET client_min_messages = warning;$/m,
  /^SET row_security = off;$/m,
];

/** How much of a file's start is read to recognise a dump: pg_dump's preamble is far shorter. */
const HEAD_BYTES = 16 * 1024;

/**
 * A pg_dump file says so in its first lines: the header comment, the
 * search_path pg_dump clears, or its run of SET statements (Rails removes the
 * comments but keeps those).
 */
export function isSchemaDump(text: string): boolean {
  const head = text.slice(0, HEAD_BYTES);
  if (/^-- PostgreSQL database dump\r?$/m.test(head)) return true;
  if (/^SELECT pg_catalog\.set_config\('search_path', '', false\);$/m.test(head)) return true;
  return DUMP_SETTINGS.filter((re) => re.test(head)).length >= 4;
}

export function isSchemaDumpFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    // The ordinary run reports a file it cannot read.
    return false;
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return isSchemaDump(buffer.subarray(0, n).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's text at `ref` (`git cat-file blob REF:./path`), or null when the file is
 * new since then. A ref git does not know stops the run: comparing with
 * nothing would report the whole dump.
 */
export function fileAtRef(file: string, ref: string): string | null {
  if (!/^[^\s\-:~^][^\s:]*$/.test(ref) || ref.includes('..')) throw new UsageError(`--base-ref "${ref}" is not a commit or branch name`);
  const cwd = path.dirname(file);
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`base ref ${ref} is not a commit of the repository at ${cwd}; fetch it (actions/checkout with fetch-depth: 0)`);
  }
  const spec = `${ref}:./${path.basename(file)}`;
  try {
    git(['cat-file', '-e', spec]);
  } catch {
    return null;
  }
  // The blob as committed: `cat-file blob` runs no textconv filter.
  return git(['cat-file', 'blob', spec]);
}

export interface DumpDiffOptions {
  /** The head dump (absolute path). */
  file: string;
  /** The same dump at the base commit; null when the file is new. */
  baseText: string | null;
  config: Config;
  cwd: string;
}

/**
 * The findings of the head dump that the base dump does not have, matched by
 * what they are about (as a baseline matches), placed on the head's lines.
 */
export async function diffSchemaDump(options: DumpDiffOptions): Promise<Report> {
  const head = await run({ mode: 'audit', files: [options.file], changed: null, config: options.config, cwd: options.cwd });
  const display = displayPath(options.file, options.cwd);
  if (options.baseText === null) {
    return withFindings(head, head.findings, [{ file: display, line: 0, message: 'the schema dump is new: every finding in it is reported' }]);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-index-lint-base-'));
  let base: Report;
  try {
    const baseFile = path.join(dir, path.basename(options.file));
    writeFileSync(baseFile, options.baseText);
    base = await run({ mode: 'audit', files: [baseFile], changed: null, config: options.config, cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const result = applyBaseline(head.findings, createBaseline(base.findings), { complete: false });
  const notes = result.hiddenCount
    ? [{ file: display, line: 0, message: `${result.hiddenCount} finding${result.hiddenCount === 1 ? ' was' : 's were'} in the schema dump already at the base commit` }]
    : [];
  const headLines = readFileSync(options.file, 'utf8').split(/\r\n|\n|\r/);
  const baseLines = options.baseText.split(/\r\n|\n|\r/);
  return withFindings(
    head,
    result.reported.map((f) => onNewIndex(f, headLines, baseLines)),
    notes,
  );
}

/**
 * An index the base dump already had, made redundant by one the pull
 * request adds: as in a lint, the finding goes on the new index's line,
 * where the change is, not on the old one's.
 */
function onNewIndex(f: Finding, headLines: string[], baseLines: string[]): Finding {
  if (f.index === null || !f.relatedIndexes?.length || definitionLine(baseLines, f.index) === null) return f;
  for (const related of f.relatedIndexes) {
    if (definitionLine(baseLines, related) !== null) continue;
    const at = definitionLine(headLines, related);
    if (at === null) continue;
    return { ...f, line: at.line, column: 1, endLine: at.endLine, endColumn: [...headLines[at.endLine - 1]].length + 1 };
  }
  return f;
}

/**
 * Where pg_dump defines an index: `CREATE [UNIQUE] INDEX name ON ...` on one
 * line, or a constraint's `ALTER TABLE ONLY ...` line followed by
 * `ADD CONSTRAINT name ...`. Lines are 1-based.
 */
function definitionLine(lines: string[], name: string): { line: number; endLine: number } | null {
  const quoted = /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
  const index = `CREATE INDEX ${quoted} ON `;
  const unique = `CREATE UNIQUE INDEX ${quoted} ON `;
  const constraint = `    ADD CONSTRAINT ${quoted} `;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith(index) || l.startsWith(unique)) return { line: i + 1, endLine: i + 1 };
    if (l.startsWith(constraint) && i > 0 && lines[i - 1].startsWith('ALTER TABLE ')) return { line: i, endLine: i + 1 };
  }
  return null;
}

/**
 * The pipeline, with the schema dumps among the files taken out and each
 * compared with its version at `baseRef`. Without a base ref it is the
 * pipeline as it is. `forcedDumps` are files to treat as dumps whatever
 * their content.
 */
export async function runPipelineWithSchemaDumps(input: PipelineInput, baseRef: string | undefined, forcedDumps: string[] = []): Promise<PipelineResult> {
  if (!baseRef) return runPipeline(input);
  const forced = new Set(forcedDumps);
  const detected = input.files.map((f) => forced.has(f) || isSchemaDumpFile(f));
  // A dump that ordinary migrations follow is the squashed start of a history (a pg_dump as the
  // first migration): it is replayed with the rest. Only dumps at the end stand for a whole schema.
  const lastOrdinary = detected.lastIndexOf(false);
  const dumps = input.files.filter((f, i) => forced.has(f) || (detected[i] && i > lastOrdinary));
  if (dumps.length === 0) return runPipeline(input);
  const isDump = new Set(dumps);
  const others = input.files.filter((f) => !isDump.has(f));
  const changedOthers = input.changed?.filter((f) => !isDump.has(f)) ?? null;
  const reports: Report[] = [];
  let base: PipelineResult['base'];
  if (others.length || input.start.kind !== 'files') {
    const result = await runPipeline({ ...input, files: others, changed: changedOthers });
    reports.push(result.report);
    base = result.base;
  }
  for (const dump of dumps) {
    // In a lint, a dump the change leaves alone has nothing new in it.
    if (input.changed && !input.changed.includes(dump)) continue;
    reports.push(await diffSchemaDump({ file: dump, baseText: fileAtRef(dump, baseRef), config: input.config, cwd: input.cwd }));
  }
  return { report: mergeReports(reports), base };
}

function mergeReports(reports: Report[]): Report {
  const empty: Report = { findings: [], notes: [], summary: { files: 0, statements: 0, findings: 0, errors: 0, warnings: 0, notes: 0, reclaimableBytes: null, uncheckedStatements: 0 } };
  const merged = reports.reduce<Report>(
    (all, r) => ({
      findings: [...all.findings, ...r.findings],
      notes: [...all.notes, ...r.notes],
      summary: {
        ...all.summary,
        files: all.summary.files + r.summary.files,
        statements: all.summary.statements + r.summary.statements,
        uncheckedStatements: all.summary.uncheckedStatements + r.summary.uncheckedStatements,
      },
    }),
    empty,
  );
  return withFindings({ ...merged, notes: [] }, merged.findings, merged.notes);
}
