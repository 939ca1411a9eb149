/**
 * Migration globs as the Action takes them (`db/migrations/*.sql`,
 * `prisma/migrations/**\/migration.sql`): `*` and `?` within a name, `**`
 * across folders. A pattern without wildcards names a file or a folder.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const versionOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }).compare;

export function hasWildcards(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function segmentRegExp(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** Files matching a glob, relative to `cwd`, in version order of their paths. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  const fixed: string[] = [];
  while (parts.length && !hasWildcards(parts[0])) fixed.push(parts.shift()!);
  const root = path.resolve(cwd, fixed.join('/') || '.');
  const out: string[] = [];
  walk(root, parts, out);
  return [...new Set(out)].sort((a, b) => versionOrder(a, b));
}

function walk(dir: string, parts: string[], out: string[]): void {
  if (parts.length === 0) {
    if (isFile(dir)) out.push(dir);
    return;
  }
  const [head, ...rest] = parts;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  if (head === '**') {
    walk(dir, rest, out);
    for (const e of entries) if (isDirectory(path.join(dir, e))) walk(path.join(dir, e), parts, out);
    return;
  }
  const re = segmentRegExp(head);
  for (const e of entries) if (re.test(e)) walk(path.join(dir, e), rest, out);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
