/**
 * GitHub workflow commands (`::error file=…,line=…::message`): annotations
 * from any CI step, without the Action. Escaped as @actions/core escapes
 * them, so that no name in a finding can end its command or start another.
 */
import type { Finding, Report } from '../findings.js';
import { printable, summaryLines } from './text.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: Report): string {
  const out: string[] = [];
  for (const f of report.findings) {
    const properties = [['title', f.rule], ...location(f)].map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
    const text = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
    out.push(`::${f.severity} ${properties}::${escapeData(text)}`);
  }
  // Plain lines that start with a word: none of them can be read as a command.
  for (const n of report.notes) out.push(printable(`note: ${n.file}${n.line ? `:${n.line}` : ''}: ${n.message}`));
  out.push(...summaryLines(report).map(printable));
  return out.join('\n') + '\n';
}

function location(f: Finding): Array<[string, string]> {
  if (f.file === null) return [];
  const out: Array<[string, string]> = [['file', f.file]];
  if (f.line !== null) out.push(['line', String(f.line)]);
  if (f.endLine !== null) out.push(['endLine', String(f.endLine)]);
  // GitHub reads columns only when the annotation is on one line.
  if (f.line !== null && f.line === f.endLine) {
    if (f.column !== null) out.push(['col', String(f.column)]);
    if (f.endColumn !== null) out.push(['endColumn', String(f.endColumn)]);
  }
  return out;
}
