/**
 * GitHub-flavoured Markdown for $GITHUB_STEP_SUMMARY. GitHub shows only ten
 * annotations of each kind on a run, so the summary lists every finding.
 * Knows nothing of the rules' logic: it formats a Report.
 */
import type { Finding, Note, Report } from '../findings.js';
import { formatBytes, uncheckedSentence } from './text.js';

export interface JobSummaryContext {
  mode: 'audit' | 'lint';
  /** e.g. https://github.com ($GITHUB_SERVER_URL). */
  serverUrl?: string;
  /** owner/name ($GITHUB_REPOSITORY). */
  repository?: string;
  /** The commit the files are read at ($GITHUB_SHA). */
  sha?: string;
}

const NONE = '—';

/** The rules whose findings are indexes to drop, listed in the audit's first table. */
const INDEX_RULES: ReadonlySet<string> = new Set(['duplicate-index', 'duplicates-constraint', 'leading-prefix', 'invalid-index']);
const FOREIGN_KEY_RULE = 'unindexed-foreign-key';

export function formatJobSummary(report: Report, context: JobSummaryContext): string {
  const blocks: string[] = ['## pg-index-lint', resultLine(report.findings)];
  const unchecked = uncheckedSentence(report);
  if (unchecked) blocks.push(`> [!WARNING]\n> ${text(unchecked)}`);
  if (context.mode === 'lint') {
    if (report.findings.length > 0) blocks.push(lintTable(report.findings, context));
  } else {
    blocks.push(...auditBlocks(report, context));
  }
  if (report.notes.length > 0) blocks.push(notesBlock(report.notes));
  return blocks.join('\n\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counted from the findings listed, so the headline always matches the tables. */
function resultLine(findings: Finding[]): string {
  if (findings.length === 0) return 'No problems found';
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}`;
}

// ---------------------------------------------------------------- lint mode

function lintTable(findings: Finding[], context: JobSummaryContext): string {
  const rows = findings.map((f) => row([text(`${f.rule} (${f.severity})`), location(f, context), code(f.index ?? f.foreignKey), text(f.message), code(f.fix)]));
  return [row(['Rule', 'Location', 'Index', 'Why', 'Fix']), separator(5), ...rows].join('\n');
}

// --------------------------------------------------------------- audit mode

function auditBlocks(report: Report, context: JobSummaryContext): string[] {
  const blocks: string[] = [];
  const indexes = report.findings
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => INDEX_RULES.has(f.rule))
    .sort((a, b) => bySizeDescending(a.f.sizeBytes, b.f.sizeBytes) || a.order - b.order)
    .map(({ f }) => f);
  const foreignKeys = report.findings.filter((f) => f.rule === FOREIGN_KEY_RULE);
  const others = report.findings.filter((f) => !INDEX_RULES.has(f.rule) && f.rule !== FOREIGN_KEY_RULE);

  blocks.push('### Redundant and invalid indexes');
  if (indexes.length === 0) {
    blocks.push('None.');
  } else {
    const rows = indexes.map((f) =>
      row([code(f.table), code(f.index), f.sizeBytes !== null ? text(formatBytes(f.sizeBytes)) : NONE, f.scans !== null ? String(f.scans) : NONE, madeRedundantBy(f), code(f.fix)]),
    );
    blocks.push([row(['Table', 'Index', 'Size', 'Scans', 'Made redundant by', 'Fix']), separator(6), ...rows].join('\n'));
  }
  if (report.summary.reclaimableBytes !== null) blocks.push(`Total reclaimable: ${text(formatBytes(report.summary.reclaimableBytes))}`);

  blocks.push('### Unindexed foreign keys');
  if (foreignKeys.length === 0) {
    blocks.push('None.');
  } else {
    const rows = foreignKeys.map((f) => row([code(f.table), code(f.foreignKey), f.columns && f.columns.length > 0 ? f.columns.map((c) => code(c)).join(', ') : NONE, code(f.fix)]));
    blocks.push([row(['Table', 'Foreign key', 'Columns', 'Index to create']), separator(4), ...rows].join('\n'));
  }

  if (others.length > 0) {
    blocks.push('### Other findings');
    blocks.push(others.map((f) => `- ${text(`${f.rule} (${f.severity})`)} ${location(f, context)}: ${text(f.message)}${f.fix ? ` Fix: ${code(f.fix)}` : ''}`).join('\n'));
  }
  return blocks;
}

/** Largest first; unknown sizes last. */
function bySizeDescending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function madeRedundantBy(f: Finding): string {
  if (f.relatedIndexes && f.relatedIndexes.length > 0) return f.relatedIndexes.map((name) => code(name)).join(', ');
  return f.rule === 'invalid-index' ? '(invalid)' : NONE;
}

// ------------------------------------------------------------------- notes

function notesBlock(notes: Note[]): string {
  const items = notes.map((n) => `- ${text(n.line > 0 ? `${n.file}:${n.line}` : n.file)}: ${text(n.message)}`);
  return [`<details><summary>${plural(notes.length, 'note')}</summary>`, '', ...items, '', '</details>'].join('\n');
}

// --------------------------------------------------------------- markdown

/** `file:line`, linked to the file on GitHub when the run says where it is. */
function location(f: Finding, context: JobSummaryContext): string {
  if (f.file === null) return text(f.table ? `database ${f.table}` : 'database');
  const label = f.line !== null && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
  const url = blobUrl(f, context);
  return url ? `[${text(label)}](${url})` : text(label);
}

function blobUrl(f: Finding, context: JobSummaryContext): string | null {
  const { serverUrl, repository, sha } = context;
  if (!serverUrl || !repository || !sha || f.file === null) return null;
  const file = f.file.replace(/\\/g, '/');
  // Only a path inside the repository has a blob page.
  if (file.startsWith('/') || /^[A-Za-z]:\//.test(file) || file.split('/').includes('..')) return null;
  const anchor = f.line !== null && f.line >= 1 ? `#L${f.line}` : '';
  return `${serverUrl.replace(/\/+$/, '')}/${urlPath(repository)}/blob/${urlPath(sha)}/${urlPath(file)}${anchor}`;
}

/** Percent-encodes each segment, parentheses too (they would end a Markdown link). */
function urlPath(p: string): string {
  return p
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** A table row; every cell's newlines are already spaces and its pipes escaped. */
function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function separator(n: number): string {
  return `|${' --- |'.repeat(n)}`;
}

function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ');
}

/**
 * Plain text in a cell or list item: one line, `|` as `\|`, and the
 * characters Markdown would read as markup escaped. An underscore inside a
 * word (index_name) is never emphasis in GitHub's Markdown, so it stays as is.
 */
function text(s: string): string {
  return oneLine(s)
    .replace(/[\\`*[\]<>~&|]/g, (c) => `\\${c}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
}

/** An identifier or SQL as a code span; '—' when there is none. */
function code(s: string | null): string {
  if (s === null || s === '') return NONE;
  const body = oneLine(s).replace(/\|/g, '\\|');
  // A fence longer than any run of backticks inside, padded when the text starts or ends with one.
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
