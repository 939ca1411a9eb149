/** The default output: one line a finding, as compilers print them, then a summary. */
import type { Finding, Report } from '../findings.js';
import { PLAIN, type Style } from './color.js';
import { formatExcerpt } from './excerpt.js';
import { ruleDocUrl } from './ruleDocs.js';

export interface TextOptions {
  style?: Style;
  /** The lines of a migration file, for excerpts; none, or null for a file, shows none. */
  sourceLines?: (file: string) => readonly string[] | null;
  /** Print each finding's documentation page under it (`--links`). */
  links?: boolean;
}

export function formatText(report: Report, options: TextOptions = {}): string {
  return [...textPieces(report, options)].join('');
}

/** The text report in pieces of about 64 kB (each a run of whole lines), joined the same text as formatText's, for a long report to be written a piece at a time. */
export function* textPieces(report: Report, options: TextOptions = {}): Generator<string> {
  const style = options.style ?? PLAIN;
  let piece = '';
  for (const line of reportLines(report, options, style)) {
    piece += `${line}\n`;
    if (piece.length >= 64 * 1024) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}

function* reportLines(report: Report, options: TextOptions, style: Style): Generator<string> {
  for (const f of report.findings) {
    const severity = f.severity === 'error' ? style.red(f.severity) : style.yellow(f.severity);
    yield `${style.bold(printable(where(f)))}: ${severity} ${style.dim(`[${f.rule}]`)} ${printable(`${f.message}${figures(f)}`)}`;
    const lines = f.file !== null && options.sourceLines ? options.sourceLines(f.file) : null;
    if (lines) yield* formatExcerpt(f, lines, style, printable);
    if (f.fix) yield `    ${style.cyan('fix:')} ${printable(f.fix)}`;
    if (options.links) yield `    ${style.cyan('see:')} ${ruleDocUrl(f.rule)}`;
  }
  for (const n of report.notes) yield printable(n.line ? `${n.file}:${n.line}: note: ${n.message}` : `${n.file}: note: ${n.message}`);
  for (const line of summaryLines(report)) yield printable(line);
}

/**
 * Names come from migration files and databases, and a quoted name may hold
 * control characters: they print as escapes, so that a finding stays one
 * line and no name can forge a line of the report (or a workflow command in
 * an Action's log) or drive the terminal.
 */
export function printable(line: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** A migration file's line, or for what a database holds, its table. */
function where(f: Finding): string {
  if (f.file !== null) return `${f.file}:${f.line ?? 1}:${f.column ?? 1}`;
  return `database ${f.table ?? ''}`.trim();
}

function figures(f: Finding): string {
  if (f.sizeBytes === null && f.scans === null) return '';
  const parts: string[] = [];
  if (f.sizeBytes !== null) parts.push(formatBytes(f.sizeBytes));
  if (f.scans !== null) parts.push(`${f.scans} scan${f.scans === 1 ? '' : 's'}`);
  return ` [${parts.join(', ')}]`;
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

export function summaryLine(report: Report): string {
  const s = report.summary;
  const files = s.files === 0 ? 'the database' : `${s.files} file${s.files === 1 ? '' : 's'}, ${s.statements} statement${s.statements === 1 ? '' : 's'}`;
  const reclaim = s.reclaimableBytes !== null ? `; ${formatBytes(s.reclaimableBytes)} to reclaim` : '';
  if (s.findings === 0 && s.uncheckedStatements === 0) return `No problems found (${files}).`;
  return `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} (${files})${reclaim}.`;
}

/** The summary, and what was left unchecked: a run that could not see the tables it checks never reads as a clean one. */
export function summaryLines(report: Report): string[] {
  const lines = [summaryLine(report)];
  const unchecked = uncheckedSentence(report);
  if (unchecked) lines.push(unchecked);
  return lines;
}

export function uncheckedSentence(report: Report): string | null {
  const n = report.summary.uncheckedStatements;
  if (n === 0) return null;
  return `${n} statement${n === 1 ? ' is' : 's are'} on tables no file given creates, and checked only in part: give the earlier migrations (as paths, or "migrations" in pg-index-lint.json), --database-url or --snapshot.`;
}
