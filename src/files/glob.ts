/**
 * Migration globs (`db/migrations/*.sql`, `prisma/migrations/**\/migration.sql`,
 * `db/{core,billing}/*.sql`), matched by picomatch. The walk is ours: a name
 * the glob matches that cannot be followed is an error, not a skip, and a
 * directory link that leads back to a folder above it stops the walk with a
 * message instead of looping.
 */
import { readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../findings.js';
import { migrationEntryStat, notRegularFile, statOrNull } from './migrationFile.js';
import { versionOrder } from './versionOrder.js';

export function hasWildcards(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** Files matching a glob, relative to `cwd`, in version order of their paths. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const posix = pattern.split(path.sep).join('/');
  const { base, glob } = picomatch.scan(posix);
  const root = path.resolve(cwd, base || '.');
  const matches = picomatch(glob, { dot: false });
  // Every level of a match is a slash of the glob, unless ** reaches any depth.
  const depth = glob.includes('**') ? Infinity : glob.split('/').length;
  const out: string[] = [];
  const shown = (p: string) => path.relative(cwd, p) || '.';
  const rootStat = statOrNull(root);
  if (rootStat?.isDirectory()) walk({ root, matches, depth, out, shown }, root, 1, [{ id: identity(rootStat), dir: root }]);
  return [...new Set(out)].sort((a, b) => versionOrder(a, b));
}

interface Walk {
  root: string;
  matches: (relative: string) => boolean;
  depth: number;
  out: string[];
  shown: (p: string) => string;
}

/** The directories above the one being walked, to see a link that leads back to one of them. */
type Ancestors = Array<{ id: string; dir: string }>;

function walk(w: Walk, dir: string, level: number, ancestors: Ancestors): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    const child = path.join(dir, e);
    const relative = path.relative(w.root, child).split(path.sep).join('/');
    if (w.matches(relative)) {
      // A name the glob matches is a migration: one that cannot be followed or is no file is an error.
      const stat = migrationEntryStat(child, w.shown(child));
      if (stat.isFile()) {
        w.out.push(child);
        continue;
      }
      if (!stat.isDirectory()) throw notRegularFile(w.shown(child), stat);
    }
    if (level >= w.depth) continue;
    const stat = statOrNull(child);
    if (!stat?.isDirectory()) continue;
    const loop = ancestors.find((a) => a.id === identity(stat));
    if (loop) throw new UsageError(`${w.shown(child)}: is a symbolic link loop (it leads back to ${w.shown(loop.dir)}); remove the link or narrow the migrations glob`);
    walk(w, child, level + 1, [...ancestors, { id: identity(stat), dir: child }]);
  }
}

function identity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}
