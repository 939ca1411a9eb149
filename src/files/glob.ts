/**
 * Migration globs as the Action takes them (`db/migrations/*.sql`,
 * `prisma/migrations/**\/migration.sql`): `*` and `?` within a name, `**`
 * across folders. A pattern without wildcards names a file or a folder.
 */
import { readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../findings.js';
import { migrationEntryStat, notRegularFile, statOrNull } from './migrationFile.js';

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
  const shown = (p: string) => path.relative(cwd, p) || '.';
  const rootStat = statOrNull(root);
  if (rootStat?.isDirectory()) walk(root, parts, out, [{ id: identity(rootStat), dir: root }], shown);
  return [...new Set(out)].sort((a, b) => versionOrder(a, b));
}

/** The directories above the one being walked, to see a link that leads back to one of them. */
type Ancestors = Array<{ id: string; dir: string }>;

function walk(dir: string, parts: string[], out: string[], ancestors: Ancestors, shown: (p: string) => string): void {
  const [head, ...rest] = parts;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  if (head === '**') {
    if (rest.length) walk(dir, rest, out, ancestors, shown);
    for (const e of entries) {
      const child = path.join(dir, e);
      const stat = statOrNull(child);
      if (!stat?.isDirectory()) continue;
      const loop = ancestors.find((a) => a.id === identity(stat));
      if (loop) throw new UsageError(`${shown(child)}: is a symbolic link loop (it leads back to ${shown(loop.dir)}); remove the link or narrow the migrations glob`);
      walk(child, parts, out, [...ancestors, { id: identity(stat), dir: child }], shown);
    }
    return;
  }
  const re = segmentRegExp(head);
  for (const e of entries) {
    if (!re.test(e)) continue;
    const child = path.join(dir, e);
    if (rest.length === 0) {
      // A name the glob matches is a migration: one that cannot be followed or is no file is an error.
      const stat = migrationEntryStat(child, shown(child));
      if (stat.isFile()) out.push(child);
      else if (!stat.isDirectory()) throw notRegularFile(shown(child), stat);
    } else {
      const stat = statOrNull(child);
      if (stat?.isDirectory()) walk(child, rest, out, [...ancestors, { id: identity(stat), dir: child }], shown);
    }
  }
}

function identity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}
