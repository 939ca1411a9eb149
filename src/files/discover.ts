/**
 * Which migration files to read, in the order the migration tool applies
 * them. Files named explicitly keep their order; a directory is expanded in
 * version order, numbers compared as numbers (`2_x` before `10_x`).
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../findings.js';
import { expandGlob, hasWildcards } from './glob.js';
import { fileErrorReason, migrationEntryStat, notRegularFile, statOrNull } from './migrationFile.js';
import { versionOrder } from './versionOrder.js';

/** Down migrations and other databases' variants are not applied to PostgreSQL. */
const NOT_UP_SQL = /(^|[._])down\.sql$|\.(mysql|sqlite3?|cockroach|mssql|mariadb)\.(up\.)?sql$/i;
/** Folder-per-migration layouts: Prisma (`migration.sql`), diesel and others (`up.sql`). */
const FOLDER_MIGRATION_FILES = ['migration.sql', 'up.sql'];

/** Is this file name one applied to PostgreSQL (not a down migration, not another database's variant)? */
export function isUpMigrationName(name: string): boolean {
  return name.toLowerCase().endsWith('.sql') && !NOT_UP_SQL.test(name);
}

/**
 * The migration files of the CLI's paths, the configuration's `migrations`
 * and the Action's input alike: globs, directories and files, in apply order.
 * A pattern that matches no migration file is an error naming it: a typo must
 * not turn the check into one that passes on nothing.
 */
export function resolveMigrations(patterns: string[], cwd: string): string[] {
  // A Set keeps the order of first matches, and stays fast for thousands of files.
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matched = hasWildcards(pattern) ? preferPostgresVariants(expandGlob(pattern, cwd).filter((f) => isUpMigrationName(path.basename(f)))) : expandMigrationPaths([pattern], cwd);
    if (matched.length === 0) throw new UsageError(`${pattern}: matches no migration file`);
    for (const f of matched) files.add(f);
  }
  return [...files];
}

function statOrFail(p: string, shown: string): Stats {
  try {
    return statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${shown}: no such file or directory` : `${shown}: cannot be read (${fileErrorReason(e)})`);
  }
}

/** Expands paths (relative to `cwd`, as the user wrote them) to migration files in apply order. */
export function expandMigrationPaths(inputs: string[], cwd: string = process.cwd()): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(cwd, file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      files.push(resolved);
    }
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const stat = statOrFail(full, input);
    if (stat.isDirectory()) for (const f of migrationFilesIn(full, input)) add(f);
    else if (stat.isFile()) add(full);
    else throw notRegularFile(input, stat);
  }
  return files;
}

function migrationFilesIn(dir: string, shown: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    throw new UsageError(`${shown}: cannot list the directory (${fileErrorReason(e)})`);
  }
  const byVersion: Array<{ sortKey: string; file: string }> = [];
  for (const name of entries.sort(versionOrder)) {
    const full = path.join(dir, name);
    const isMigrationName = isUpMigrationName(name);
    // A migration that cannot be followed is an error; any other broken entry is not a migration.
    const stat = isMigrationName ? migrationEntryStat(full, path.join(shown, name)) : statOrNull(full);
    if (!stat) continue;
    if (stat.isDirectory()) {
      const inner = FOLDER_MIGRATION_FILES.find((f) => entryExists(path.join(full, f)));
      if (inner) {
        const shownInner = path.join(shown, name, inner);
        const innerStat = migrationEntryStat(path.join(full, inner), shownInner);
        if (!innerStat.isFile()) throw notRegularFile(shownInner, innerStat);
        byVersion.push({ sortKey: name, file: path.join(full, inner) });
      }
    } else if (isMigrationName) {
      if (!stat.isFile()) throw notRegularFile(path.join(shown, name), stat);
      byVersion.push({ sortKey: name, file: full });
    }
  }
  return preferPostgresVariants(byVersion.sort((a, b) => versionOrder(a.sortKey, b.sortKey)).map((v) => v.file));
}

/** `<version>_x.postgres.up.sql` replaces the generic `<version>_x.up.sql` (ory/pop, sql-migrate). */
function preferPostgresVariants(files: string[]): string[] {
  const postgres = new Set(files.filter((f) => /\.postgres(ql)?\.(up\.)?sql$/i.test(f)).map((f) => f.replace(/\.postgres(ql)?\.(up\.)?sql$/i, '')));
  return files.filter((f) => {
    if (/\.postgres(ql)?\.(up\.)?sql$/i.test(f)) return true;
    return !postgres.has(f.replace(/\.(up\.)?sql$/i, ''));
  });
}

/** Whether a directory entry exists, even as a link that leads nowhere. */
function entryExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
