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
  /** The object, as the report names it; or `objects`, every object one cause explains. */
  object?: string;
  objects?: string[];
  /** The kind (or kinds) of difference; any kind when absent. */
  kind?: string | string[];
  reason: string;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isText);

function valid(e: unknown): e is ServerOnlyEntry {
  if (typeof e !== 'object' || e === null) return false;
  const entry = e as Record<string, unknown>;
  const objects = entry.object === undefined ? isTexts(entry.objects) : isText(entry.object) && entry.objects === undefined;
  const kind = entry.kind === undefined || isText(entry.kind) || isTexts(entry.kind);
  return isText(entry.file) && isText(entry.reason) && objects && kind;
}

export function readServerOnly(file: string): ServerOnlyEntry[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries) || !entries.every(valid)) {
    throw new Error(`${file}: each entry needs a file, an object (or a list of objects) and a reason`);
  }
  return entries;
}

function matches(entry: ServerOnlyEntry, d: Difference): boolean {
  const objects = entry.objects ?? [entry.object];
  const kinds = entry.kind === undefined ? null : [entry.kind].flat();
  return objects.includes(d.object) && (kinds === null || kinds.includes(d.kind));
}

export function classifyServerOnly(differences: Difference[], set: FileSet, entries: ServerOnlyEntry[]): Difference[] {
  const names = new Set(set.files.map((f) => path.basename(f)));
  const mine = entries.filter((e) => names.has(e.file));
  return differences.map((d) => {
    const entry = mine.find((e) => matches(e, d));
    return entry ? { ...d, serverOnly: entry.reason } : d;
  });
}
