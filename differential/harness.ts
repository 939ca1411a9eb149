/**
 * One set of files through the differential harness: the files run into a
 * fresh database, then `audit FILES` (the static replay) and `audit
 * --database-url` (the catalog) over the same pipeline the CLI uses, their
 * models and findings compared. Optionally the fix round trip: the fix file
 * the static audit writes, applied to that database, must leave no finding of
 * the redundancy and foreign-key rules it fixes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config.js';
import { displayPath } from '../src/engine.js';
import type { Finding } from '../src/findings.js';
import type { SchemaModel } from '../src/model/schema.js';
import { runPipeline, type StartingSchema } from '../src/pipeline.js';
import { formatFixFile } from '../src/report/fixFile.js';
import { parseMigrationSql } from '../src/sql/parseFile.js';
import { catalogNames, compareFindings, compareModels, findingKey, type Difference, type SourceTexts } from './compare.js';
import { applyFile, type Applied, type ApplyOptions, type Refusal, type Target } from './database.js';
import { classifyServerOnly, type ServerOnlyEntry } from './serverOnly.js';

export interface FileSet {
  /** How the report names the set: a file, or the first file of a history. */
  name: string;
  /** Absolute paths, in apply order. */
  files: string[];
}

export interface RoundTrip {
  /** Statements of the fix file the server refused. */
  errors: string[];
  /** Findings of the fixed rules still reported by `audit --database-url` after the fix file ran. */
  remaining: string[];
  /** Fix statements the file held (not counting the commented suggestions). */
  fixes: number;
}

export interface SetResult {
  name: string;
  files: string[];
  /** What the server refused while the files ran (psql's ERROR lines). */
  applied: Applied;
  differences: Difference[];
  /** Set when the harness could not compare (e.g. the catalog could not be read). */
  failure: string | null;
  roundTrip: RoundTrip | null;
}

export interface HarnessOptions {
  target: Target;
  apply: ApplyOptions;
  /** Replayed before each set, on both sides (PostgreSQL's test_setup.sql). */
  setup: string | null;
  serverOnly: ServerOnlyEntry[];
  roundTrip: boolean;
  cwd: string;
}

/** The rules whose findings a fix file fixes by dropping or creating an index. */
const FIXED_RULES = new Set(['duplicate-index', 'duplicates-constraint', 'leading-prefix', 'unindexed-foreign-key']);

interface Audit {
  findings: Finding[];
  model: SchemaModel;
  fixFile: string;
}

async function audit(start: StartingSchema, files: string[], cwd: string): Promise<Audit> {
  let model: SchemaModel | undefined;
  const { report, base } = await runPipeline({
    mode: 'audit',
    files,
    changed: null,
    start,
    config: defaultConfig(),
    cwd,
    inspectModel: (m) => (model = m),
  });
  return { findings: report.findings, model: model!, fixFile: formatFixFile(report, base?.source ?? 'the migration files') };
}

function databaseStart(url: string): StartingSchema {
  return { kind: 'database', url, source: 'the differential database', connectTimeoutSeconds: 10, statementTimeoutSeconds: 120, schemas: null };
}

export async function runSet(set: FileSet, options: HarnessOptions): Promise<SetResult> {
  const db = await options.target.fresh();
  const result: SetResult = { name: set.name, files: set.files, applied: { errors: 0, firstErrors: [], refused: [], timedOut: false }, differences: [], failure: null, roundTrip: null };
  try {
    for (const file of set.files) {
      const applied = await applyFile(db.url, file, readFileSync(file, 'utf8'), options.apply, path.dirname(file));
      result.applied.errors += applied.errors;
      result.applied.refused.push(...applied.refused.map((r) => ({ ...r, file: displayPath(path.resolve(path.dirname(file), r.file), options.cwd) })));
      result.applied.firstErrors.push(...applied.firstErrors.slice(0, 3 - result.applied.firstErrors.length));
      result.applied.timedOut ||= applied.timedOut;
    }
    const replayed = options.setup ? [options.setup, ...set.files] : set.files;
    const texts: SourceTexts = new Map(replayed.map((f) => [displayPath(f, options.cwd), readFileSync(f, 'utf8')]));
    const fromFiles = await audit({ kind: 'files' }, replayed, options.cwd);
    const fromCatalog = await audit(databaseStart(db.url), [], options.cwd);
    const modelDifferences = compareModels(fromFiles.model, fromCatalog.model, texts);
    const rename = catalogNames(modelDifferences);
    const differences = [...modelDifferences, ...compareFindings(fromFiles.findings, fromCatalog.findings, fromFiles.model, texts, rename)];
    const spans = statementSpans(texts);
    result.differences = classifyServerOnly(
      differences.map((d) => withServerError(d, result.applied.refused, spans)),
      set,
      options.serverOnly,
    );
    if (options.roundTrip) {
      // What the live audit reports and the static one does not (suppressed in the files, or a difference above) has no fix in the file.
      const staticKeys = new Set(fromFiles.findings.map((f) => findingKey(f, rename)));
      const unfixed = new Set(fromCatalog.findings.map((f) => findingKey(f)).filter((k) => !staticKeys.has(k)));
      result.roundTrip = await roundTrip(db.url, fromFiles.fixFile, unfixed, fromCatalog.findings, options);
    }
  } catch (e) {
    result.failure = (e as Error).message;
  } finally {
    await db.drop().catch(() => undefined);
  }
  return result;
}

/** Applies the static audit's fix file to the database the files made, then audits the database again. */
async function roundTrip(url: string, fixFile: string, unfixed: Set<string>, before: Finding[], options: HarnessOptions): Promise<RoundTrip> {
  const fixes = fixFile.split('\n').filter((l) => l.trim() && !l.startsWith('--')).length;
  // Nothing to apply: the database is as the audit just read it.
  if (fixes === 0) return { errors: [], remaining: remainingAfterFix(before, unfixed), fixes };
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-fix-'));
  try {
    const file = path.join(dir, 'fix.sql');
    writeFileSync(file, fixFile);
    const applied = await applyFile(url, file, fixFile, options.apply, dir);
    const after = await audit(databaseStart(url), [], options.cwd);
    return {
      errors: applied.timedOut ? [...applied.firstErrors, 'timed out'] : applied.firstErrors.length < applied.errors ? [...applied.firstErrors, `... ${applied.errors} in all`] : applied.firstErrors,
      remaining: remainingAfterFix(after.findings, unfixed),
      fixes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The findings a fix file should have fixed. One on an index that backs a constraint gets only a commented suggestion: the file leaves it by design. */
function remainingAfterFix(findings: Finding[], unfixed: Set<string>): string[] {
  return findings
    .filter((f) => FIXED_RULES.has(f.rule) && !(f.constraint && f.rule !== 'unindexed-foreign-key') && !unfixed.has(findingKey(f)))
    .map((f) => `${f.rule} ${f.table} ${f.index ?? f.foreignKey}`);
}

/**
 * A difference on an object whose statement the server refused carries the
 * server's error: most often the reason for it. The statement is the one that
 * made the object in the static replay or, for an object it does not hold,
 * the one where the files first name it.
 */
function withServerError(d: Difference, refused: Refusal[], spans: (file: string, line: number) => { start: number; end: number } | null): Difference {
  let span: { file: string; start: number; end: number } | null = d.origin?.file ? { file: d.origin.file, start: d.origin.line, end: d.origin.endLine } : null;
  const mention = d.origin ? null : /^(.*):(\d+) \(first mention\)$/.exec(d.at ?? '');
  if (mention) {
    const statement = spans(mention[1], Number(mention[2]));
    if (statement) span = { file: mention[1], ...statement };
  }
  if (!span) return d;
  const { file, start, end } = span;
  const error = refused.find((r) => r.file === file && r.line >= start && r.line <= end);
  return error ? { ...d, serverError: error.message } : d;
}

/** The statement of a file (as findings show its path) that holds a line: its first and last lines. */
function statementSpans(texts: SourceTexts): (file: string, line: number) => { start: number; end: number } | null {
  const parsed = new Map<string, Array<{ start: number; end: number }>>();
  return (file, line) => {
    const text = texts.get(file);
    if (text === undefined) return null;
    if (!parsed.has(file))
      parsed.set(
        file,
        parseMigrationSql(text).statements.map((st) => ({ start: st.start.line, end: st.end.line })),
      );
    return parsed.get(file)!.find((st) => st.start <= line && line <= st.end) ?? null;
  };
}

/** True when a set agrees: no difference other than the known server-only ones. */
export function agrees(result: SetResult): boolean {
  return result.failure === null && result.differences.every((d) => d.serverOnly !== undefined);
}
