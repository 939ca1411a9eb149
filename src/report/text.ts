/** The default output: one line a finding, as compilers print them, then a summary. */
import type { Report } from '../findings.js';

export function formatText(report: Report): string {
  const out: string[] = [];
  for (const f of report.findings) {
    const where = f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}` : 'database';
    out.push(`${where}: ${f.severity} [${f.rule}] ${f.message}`);
    if (f.fix) out.push(`    fix: ${f.fix}`);
  }
  for (const n of report.notes) out.push(`${n.file}:${n.line}: note: ${n.message}`);
  out.push(summaryLine(report));
  return out.join('\n') + '\n';
}

export function summaryLine(report: Report): string {
  const s = report.summary;
  const files = `${s.files} file${s.files === 1 ? '' : 's'}, ${s.statements} statement${s.statements === 1 ? '' : 's'}`;
  if (s.findings === 0) return `No problems found (${files}).`;
  return `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} (${files}).`;
}
