/**
 * The comparison behind the catalog-agreement tests: files applied to a real
 * PostgreSQL, then `audit --database-url` (a snapshot of the catalog, read
 * over the tool's read-only connection) against `audit` of the same files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/findings.js';
import { cliFindings } from './cliFindings.js';
import { applySql, type TestDatabase } from './testDatabase.js';

let caseNumber = 0;

/** What a finding says, with the case's schema written as public (the static replay's default). */
function verdicts(findings: Finding[], schema: string): string[] {
  return findings
    .filter((f) => f.rule !== 'syntax-error')
    .map((f) => {
      const table = (f.table ?? '').replace(new RegExp(`^${schema}\\.`), 'public.');
      if (f.rule === 'unindexed-foreign-key') return `${f.rule} ${table} ${f.foreignKey} (${f.columns?.join(', ')})`;
      return `${f.rule} ${table} ${f.index} < ${[...(f.relatedIndexes ?? [])].sort().join(', ')}`;
    })
    .sort();
}

/** The audit of the files does not depend on the server: it is run once for all of them. */
const auditsOfFiles = new Map<string, Promise<Finding[]>>();

function auditOfFiles(files: string[]): Promise<Finding[]> {
  const key = JSON.stringify(files.map((f) => [path.basename(f), readFileSync(f, 'utf8')]));
  if (!auditsOfFiles.has(key)) auditsOfFiles.set(key, cliFindings(['audit', ...files]));
  return auditsOfFiles.get(key)!;
}

/**
 * Applies files to a fresh schema of the test database (or, for histories
 * that name `public` themselves, to a fresh `public`) and compares both audits.
 */
export async function agree(db: TestDatabase, files: string[], inPublic = false): Promise<{ live: string[]; files: string[] }> {
  const schema = inPublic ? 'public' : `case_${++caseNumber}`;
  const before = new Set((await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n));
  if (inPublic) {
    await db.client.query('DROP SCHEMA public CASCADE');
    before.delete('public');
  }
  await db.client.query(`CREATE SCHEMA ${schema}`);
  try {
    await db.client.query(`SET search_path TO ${schema}, public`);
    for (const file of files) await applySql(db.client, readFileSync(file, 'utf8'));
    await db.client.query('RESET search_path');
    const schemas = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n).filter((n) => !before.has(n));
    const live = await cliFindings(['audit', '--database-url', db.url, ...schemas.flatMap((s) => ['--schema', s])]);
    const fromFiles = await auditOfFiles(files);
    return { live: verdicts(live, schema), files: verdicts(fromFiles, schema) };
  } finally {
    await db.client.query('RESET search_path');
    const created = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n).filter((n) => !before.has(n));
    for (const s of created) await db.client.query(`DROP SCHEMA "${s}" CASCADE`);
    if (inPublic) await db.client.query('CREATE SCHEMA IF NOT EXISTS public');
  }
}

export function writeCase(texts: string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-agree-'));
  return texts.map((text, i) => {
    const file = path.join(dir, `${String(i + 1).padStart(4, '0')}.sql`);
    writeFileSync(file, text);
    return file;
  });
}
