/** Runs the engine on SQL written in a test, as files in a temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig, type Config } from '../../src/config.js';
import { run, type Mode } from '../../src/engine.js';
import type { Finding, Report } from '../../src/findings.js';

export interface SqlFiles {
  /** Files applied first, not under review in a lint. */
  base?: string[];
  /** Files under review (every file, in an audit). */
  changed: string[];
}

export async function lintSql(files: SqlFiles | string, mode: Mode = 'audit', config: Config = defaultConfig()): Promise<Report> {
  const spec = typeof files === 'string' ? { changed: [files] } : files;
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-'));
  const write = (sql: string, i: number) => {
    const file = path.join(dir, `${String(i + 1).padStart(4, '0')}.sql`);
    writeFileSync(file, sql);
    return file;
  };
  const base = (spec.base ?? []).map(write);
  const changed = spec.changed.map((sql, i) => write(sql, base.length + i));
  return run({ mode, files: [...base, ...changed], changed: mode === 'lint' ? new Set(changed) : null, config, cwd: dir });
}

/** Findings in a form tests read like docs/semantics.md: rule, index or foreign key, and what made it redundant. */
export function verdicts(report: Report): string[] {
  return report.findings.map((f) => verdict(f));
}

export function verdict(f: Finding): string {
  if (f.rule === 'unindexed-foreign-key') return `${f.rule} ${f.foreignKey} (${f.columns?.join(', ')}) @${f.line}`;
  if (f.index) return `${f.rule} ${f.index} < ${f.relatedIndexes?.join(', ')} @${f.line}`;
  return `${f.rule} @${f.line}:${f.column}`;
}
