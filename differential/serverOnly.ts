/**
 * Differences only the server can know: a UNIQUE index whose build fails on
 * duplicate rows, an ATTACH PARTITION refused for rows outside its bound, an
 * object that needs a function of regress.so, absent outside a PostgreSQL
 * build tree. The static replay sees statements, never rows or shared
 * libraries; such a difference is listed in server-only.json, with why, and
 * reported as "server-only (why)" instead of as a disagreement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Difference } from './compare.js';
import type { FileSet } from './harness.js';

export interface ServerOnlyEntry {
  /** The file (its base name) whose run makes the difference. */
  file: string;
  /** The object, as the report names it. */
  object: string;
  /** The kind of difference; any kind when absent. */
  kind?: string;
  reason: string;
}

export function readServerOnly(file: string): ServerOnlyEntry[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries) || !entries.every((e) => typeof e?.file === 'string' && typeof e?.object === 'string' && typeof e?.reason === 'string' && e.reason.trim())) {
    throw new Error(`${file}: each entry needs a file, an object and a reason`);
  }
  return entries as ServerOnlyEntry[];
}

export function classifyServerOnly(differences: Difference[], set: FileSet, entries: ServerOnlyEntry[]): Difference[] {
  const names = new Set(set.files.map((f) => path.basename(f)));
  const mine = entries.filter((e) => names.has(e.file));
  return differences.map((d) => {
    const entry = mine.find((e) => e.object === d.object && (e.kind === undefined || e.kind === d.kind));
    return entry ? { ...d, serverOnly: entry.reason } : d;
  });
}
