/**
 * The reviewable SQL script an audit can write: plain redundant and invalid
 * indexes dropped, unindexed foreign keys indexed; constraint-backed indexes
 * only as commented suggestions, since dropping a constraint can break the
 * foreign keys that reference it.
 */
import type { Report } from '../findings.js';
import { formatBytes } from './text.js';

export function formatFixFile(report: Report, source: string): string {
  const out: string[] = [
    `-- Fixes suggested by pg-index-lint for ${source}.`,
    '-- Review every statement before running it. CONCURRENTLY statements cannot run',
    '-- inside a transaction block: run this file with psql, not in one transaction.',
    '',
  ];
  for (const f of report.findings) {
    if (!f.fix) continue;
    const figures = [f.sizeBytes !== null ? formatBytes(f.sizeBytes) : null, f.scans !== null ? `${f.scans} scan${f.scans === 1 ? '' : 's'}` : null].filter(Boolean).join(', ');
    out.push(comment(`[${f.rule}] ${f.message}${figures ? ` (${figures})` : ''}`));
    if (f.constraint && f.rule !== 'invalid-index') {
      out.push('-- This index backs a constraint: move any foreign key that references it first, then:');
      out.push(comment(f.fix));
    } else {
      out.push(f.fix);
    }
    out.push('');
  }
  if (out.length === 4) out.push('-- Nothing to fix.');
  return out.join('\n') + '\n';
}

/**
 * A `--` comment of any text. Names come from migration files and databases,
 * and a quoted name may hold a line break: each line gets its own `--`, or the
 * rest of the name would be a statement of the script.
 */
function comment(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `-- ${line}`)
    .join('\n');
}
