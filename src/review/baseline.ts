/**
 * Baselines, as linters keep them (ESLint's bulk suppressions, detekt's
 * baseline.xml): a committed file of the findings a project already has, so
 * that a check reports only what is new. An entry names what a finding is
 * about — rule, table, index or foreign key, columns — never where it is: an
 * edit elsewhere in a file, or the move from migration files to a database,
 * keeps every entry matching.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type Finding, type Note, type Report } from '../findings.js';

export const BASELINE_FORMAT = 'pg-index-lint-baseline';
export const BASELINE_VERSION = 1;
/** Picked up by the CLI and the Action when it is present and no other file is named. */
export const DEFAULT_BASELINE_FILE = 'pg-index-lint-baseline.json';

export interface BaselineEntry {
  rule: string;
  /** Schema-qualified table. */
  table: string;
  index: string | null;
  foreignKey: string | null;
  columns: string[];
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  version: number;
  entries: BaselineEntry[];
}

export interface BaselineResult {
  /** The findings the baseline does not hold. */
  reported: Finding[];
  /** How many findings the baseline hid. */
  hiddenCount: number;
  /**
   * Entries no finding matched. Only known when the run saw the whole schema
   * (an audit, or a lint where every file counts as changed); null otherwise,
   * because a lint of a few files cannot tell a fixed finding from one it did
   * not look at.
   */
  stale: BaselineEntry[] | null;
}

/**
 * Findings about a schema object have an identity; a syntax error, an index
 * name conflict or an unused suppression is about a line, so it is never
 * baselined: it is always reported.
 */
export function baselineEntry(finding: Finding): BaselineEntry | null {
  if (finding.table === null || (finding.index === null && finding.foreignKey === null)) return null;
  return { rule: finding.rule, table: finding.table, index: finding.index, foreignKey: finding.foreignKey, columns: [...(finding.columns ?? [])] };
}

export function entryKey(entry: BaselineEntry): string {
  return JSON.stringify([entry.rule, entry.table, entry.index, entry.foreignKey, entry.columns]);
}

/** Sorted and without repeats, so the file is the same whatever order the findings came in. */
export function createBaseline(findings: Finding[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const entry = baselineEntry(f);
    if (entry) byKey.set(entryKey(entry), entry);
  }
  return { format: BASELINE_FORMAT, version: BASELINE_VERSION, entries: sortEntries([...byKey.values()]) };
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const text = (s: string | null) => s ?? '';
  return entries.sort(
    (a, b) => compare(a.rule, b.rule) || compare(a.table, b.table) || compare(text(a.index ?? a.foreignKey), text(b.index ?? b.foreignKey)) || compare(a.columns.join(','), b.columns.join(',')),
  );
}

/** Code-unit order, not the locale's: the file must sort the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatBaseline(baseline: Baseline): string {
  // One entry a line: a pull request that changes the baseline shows one line per finding.
  const lines = baseline.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "format": "${BASELINE_FORMAT}",\n  "version": ${BASELINE_VERSION},\n  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

export function writeBaseline(findings: Finding[], file: string): Baseline {
  const baseline = createBaseline(findings);
  saveBaseline(baseline, file);
  return baseline;
}

function saveBaseline(baseline: Baseline, file: string): void {
  try {
    writeFileSync(file, formatBaseline(baseline));
  } catch (e) {
    throw new UsageError(`baseline ${file}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`baseline ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`baseline ${file}: not valid JSON (${(e as Error).message})`);
  }
  return validateBaseline(raw, file);
}

export function validateBaseline(raw: unknown, source: string): Baseline {
  const fail = (what: string): never => {
    throw new UsageError(`baseline ${source}: ${what}`);
  };
  const obj = raw as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || obj.format !== BASELINE_FORMAT) {
    fail(`not a pg-index-lint baseline (write one with --write-baseline)`);
  }
  if (obj.version !== BASELINE_VERSION) fail(`version ${JSON.stringify(obj.version)} is not supported (this pg-index-lint reads version ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.entries)) fail('"entries" must be an array');
  const name = (v: unknown) => v === null || typeof v === 'string';
  const entries = (obj.entries as unknown[]).map((e, i) => {
    const entry = e as Record<string, unknown>;
    const valid =
      typeof e === 'object' &&
      e !== null &&
      typeof entry.rule === 'string' &&
      typeof entry.table === 'string' &&
      name(entry.index) &&
      name(entry.foreignKey) &&
      Array.isArray(entry.columns) &&
      entry.columns.every((c) => typeof c === 'string');
    if (!valid) fail(`entry ${i + 1} must have rule, table, index, foreignKey and columns`);
    return { rule: entry.rule, table: entry.table, index: entry.index, foreignKey: entry.foreignKey, columns: entry.columns } as BaselineEntry;
  });
  return { format: BASELINE_FORMAT, version: BASELINE_VERSION, entries };
}

export function applyBaseline(findings: Finding[], baseline: Baseline, options: { complete: boolean }): BaselineResult {
  const known = new Set(baseline.entries.map(entryKey));
  const matched = new Set<string>();
  const reported: Finding[] = [];
  let hiddenCount = 0;
  for (const f of findings) {
    const entry = baselineEntry(f);
    const key = entry && entryKey(entry);
    if (key !== null && known.has(key)) {
      matched.add(key);
      hiddenCount++;
    } else {
      reported.push(f);
    }
  }
  const stale = options.complete ? baseline.entries.filter((e) => !matched.has(entryKey(e))) : null;
  return { reported, hiddenCount, stale };
}

/**
 * The baseline without its stale entries, and nothing added: pruning can
 * only shrink what is accepted, never let a new finding in (ESLint's
 * `--prune-suppressions` works the same way).
 */
export function pruneBaseline(baseline: Baseline, stale: BaselineEntry[]): Baseline {
  const gone = new Set(stale.map(entryKey));
  return { ...baseline, entries: baseline.entries.filter((e) => !gone.has(entryKey(e))) };
}

export function describeEntry(e: BaselineEntry): string {
  const what = e.index !== null ? `index ${e.index}` : `foreign key ${e.foreignKey}`;
  return `${e.rule} ${what} on ${e.table} (${e.columns.join(', ')})`;
}

export interface BaselineOptions {
  /** `--baseline FILE`: an explicit path, which must exist unless it is being written. */
  file: string | undefined;
  /** `--write-baseline`: record every finding of this run in the baseline file. */
  write: boolean;
  /** `--prune-baseline`: remove the entries that no longer occur, add none. */
  prune: boolean;
  /** Whether the run saw the whole schema (see BaselineResult.stale). */
  complete: boolean;
  cwd: string;
  /** How the file is named in messages (a path relative to the workspace). */
  display?: string;
}

/**
 * The one call the CLI and the Action make after a run: writes, prunes or
 * applies the baseline (the named file, else the default file when it is
 * present, else nothing), and says what it did in the report's notes.
 */
export function applyBaselineToReport(report: Report, options: BaselineOptions): Report {
  const file = path.resolve(options.cwd, options.file ?? DEFAULT_BASELINE_FILE);
  const display = options.display ?? options.file ?? DEFAULT_BASELINE_FILE;
  if ((options.write || options.prune) && !options.complete) {
    throw new UsageError('a baseline records the whole schema: write or prune it with audit (or lint without --changed)');
  }
  if (options.write) {
    const baseline = writeBaseline(report.findings, file);
    const kept = report.findings.filter((f) => baselineEntry(f) === null);
    const note: Note = {
      file: display,
      line: 0,
      message: `baseline written: ${baseline.entries.length} entr${baseline.entries.length === 1 ? 'y' : 'ies'}; later runs with this file report only new findings`,
    };
    return withFindings(report, kept, [note]);
  }
  if (!options.file && !existsSync(file)) {
    if (options.prune) throw new UsageError(`--prune-baseline: there is no ${DEFAULT_BASELINE_FILE} here; name the file with --baseline`);
    return report;
  }
  const baseline = readBaseline(file);
  const result = applyBaseline(report.findings, baseline, { complete: options.complete });
  const notes: Note[] = [];
  if (result.hiddenCount) notes.push({ file: display, line: 0, message: `${result.hiddenCount} known finding${result.hiddenCount === 1 ? '' : 's'} hidden by the baseline` });
  const stale = result.stale ?? [];
  if (options.prune) {
    saveBaseline(pruneBaseline(baseline, stale), file);
    notes.push({ file: display, line: 0, message: `baseline pruned: ${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} removed, ${baseline.entries.length - stale.length} kept` });
  } else if (stale.length) {
    notes.push({ file: display, line: 0, message: staleMessage(stale, display) });
  }
  return withFindings(report, result.reported, notes);
}

/** What to say about entries that no longer occur, with the command that removes them. */
export function staleMessage(stale: BaselineEntry[], display: string): string {
  const shown = stale.slice(0, 10).map(describeEntry).join('; ');
  const more = stale.length > 10 ? `; and ${stale.length - 10} more` : '';
  return `${stale.length} baseline entr${stale.length === 1 ? 'y no longer occurs' : 'ies no longer occur'} (${shown}${more}); remove ${stale.length === 1 ? 'it' : 'them'} with the same command and \`--baseline ${display} --prune-baseline\``;
}

/** The report with other findings, its summary counted again. */
export function withFindings(report: Report, findings: Finding[], notes: Note[] = []): Report {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const sized = findings.filter((f) => f.sizeBytes !== null);
  const allNotes = [...report.notes, ...notes];
  return {
    findings,
    notes: allNotes,
    summary: {
      ...report.summary,
      findings: findings.length,
      errors,
      warnings: findings.length - errors,
      notes: allNotes.length,
      reclaimableBytes: sized.length ? sized.reduce((sum, f) => sum + (f.sizeBytes ?? 0), 0) : null,
    },
  };
}
