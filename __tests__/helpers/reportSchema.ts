/**
 * docs/report.schema.json, compiled once: the JSON report's contract as a
 * user's tooling would read it. Tests that produce JSON output check it here,
 * plus what a schema cannot say (the summary counts what the report holds).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(path.resolve('docs/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** The problems with a JSON report's text: an empty list when it follows the schema. */
export function reportProblems(text: string): string[] {
  const report = JSON.parse(text);
  if (!validate(report)) return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  const problems: string[] = [];
  const { findings, notes, summary } = report as { findings: Array<{ severity: string }>; notes: unknown[]; summary: Record<string, number> };
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  if (summary.findings !== findings.length) problems.push(`summary.findings ${summary.findings} but ${findings.length} findings`);
  if (summary.errors !== count('error')) problems.push(`summary.errors ${summary.errors} but ${count('error')} error findings`);
  if (summary.warnings !== count('warning')) problems.push(`summary.warnings ${summary.warnings} but ${count('warning')} warning findings`);
  if (summary.notes !== notes.length) problems.push(`summary.notes ${summary.notes} but ${notes.length} notes`);
  return problems;
}
