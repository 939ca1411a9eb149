/** The JSON output: the stable contract documented in docs/output.md, with its JSON Schema in docs/report.schema.json. */
import type { Report } from '../findings.js';

export function formatJson(report: Report): string {
  return JSON.stringify({ findings: report.findings, notes: report.notes, summary: report.summary }, null, 2) + '\n';
}
