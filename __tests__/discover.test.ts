/** Which files are read, and in which order. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { expandMigrationPaths } from '../src/files/discover.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-discover-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'SELECT 1;');
  }
  return dir;
}

const names = (dir: string, files: string[]) => files.map((f) => path.relative(dir, f));

describe('expandMigrationPaths', () => {
  test('numbers are compared as numbers: 2_x before 10_x', () => {
    const dir = tree(['10_c.sql', '2_b.sql', '1_a.sql', 'notes.txt']);
    expect(names(dir, expandMigrationPaths([dir]))).toEqual(['1_a.sql', '2_b.sql', '10_c.sql']);
  });

  test('golang-migrate: down files are skipped', () => {
    const dir = tree(['000001_init.up.sql', '000001_init.down.sql', '000002_more.up.sql', '000002_more.down.sql']);
    expect(names(dir, expandMigrationPaths([dir]))).toEqual(['000001_init.up.sql', '000002_more.up.sql']);
  });

  test('Prisma folders, sorted by folder name', () => {
    const dir = tree(['20230101120000_b/migration.sql', '20221231000000_a/migration.sql', 'migration_lock.toml']);
    expect(names(dir, expandMigrationPaths([dir]))).toEqual(['20221231000000_a/migration.sql', '20230101120000_b/migration.sql']);
  });

  test('diesel folders: up.sql, never down.sql', () => {
    const dir = tree(['2024-02-01-000000_b/up.sql', '2024-02-01-000000_b/down.sql', '2024-01-01-000000_a/up.sql']);
    expect(names(dir, expandMigrationPaths([dir]))).toEqual(['2024-01-01-000000_a/up.sql', '2024-02-01-000000_b/up.sql']);
  });

  test("a version's PostgreSQL variant wins over its generic file; other databases' files are skipped", () => {
    const dir = tree(['1_x.up.sql', '1_x.postgres.up.sql', '1_x.mysql.up.sql', '2_y.up.sql', '2_y.sqlite3.up.sql']);
    expect(names(dir, expandMigrationPaths([dir]))).toEqual(['1_x.postgres.up.sql', '2_y.up.sql']);
  });

  test('files named explicitly keep the order given', () => {
    const dir = tree(['a.sql', 'b.sql']);
    expect(names(dir, expandMigrationPaths([path.join(dir, 'b.sql'), path.join(dir, 'a.sql')]))).toEqual(['b.sql', 'a.sql']);
  });

  test('a path that does not exist is a clear error', () => {
    expect(() => expandMigrationPaths(['/nonexistent/migrations'])).toThrow('/nonexistent/migrations: no such file or directory');
  });
});
