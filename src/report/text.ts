/** The default output: one line a finding, as compilers print them, then a summary. */
import type { Finding, Report } from '../findings.js';
import { ruleDocUrl } from './ruleDocs.js';

export interface TextOptions {
  /** Print each finding's documentation page under it (`--links`). */
  links?: boolean;
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const out: string[] = [];
  for (const f of report.findings) {
    out.push(`${where(f)}: ${f.severity} [${f.rule}] ${f.message}${figures(f)}`);
    if (f.fix) out.push(`    fix: ${f.fix}`);
    if (options.links) out.push(`    see: ${ruleDocUrl(f.rule)}`);
  }
  for (const n of report.notes) out.push(n.line ? `${n.file}:${n.line}: note: ${n.message}` : `${n.file}: note: ${n.message}`);
  out.push(summaryLine(report));
  return out.map(printable).join('\n') + '\n';
}

/**
 * Names come from migration files and databases, and a quoted name may hold
 * control characters: they print as escapes, so that a finding stays one
 * line and no name can forge a line of the report (or a workflow command in
 * an Action's log) or drive the terminal.
 */
export function printable(line: string): string {
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
  if (s.findings === 0) return `No problems found (${files}).`;
  return `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} (${files})${reclaim}.`;
}
