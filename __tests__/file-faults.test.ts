/**
 * Every way a migration path can be wrong gives one line naming the file and
 * exit code 2: binary content, a FIFO or other non-regular file, a symbolic
 * link loop, a file that cannot be read, a file that vanished after it was
 * listed. None of them may hang the tool, crash it, or be skipped silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { defaultConfig } from '../src/config.js';
import { run } from '../src/engine.js';
import { expandMigrationPaths } from '../src/files/discover.js';
import { expandGlob } from '../src/files/glob.js';
import { readMigrationFile } from '../src/files/migrationFile.js';
import { auditWithAction } from './helpers/auditAction.js';

const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

/** A project directory with `m/` holding the given migrations. */
function project(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-files-'));
  mkdirSync(path.join(dir, 'm'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'm', name), content);
  return dir;
}

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string; seconds: number }> {
  let out = '';
  let err = '';
  const started = Date.now();
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: ENV });
  return { code, out, err, seconds: (Date.now() - started) / 1000 };
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

const TABLE = 'CREATE TABLE t (id int PRIMARY KEY, a int);\n';
// The first bytes of a PNG file: its signature and the length of its IHDR chunk, NULs included.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

describe('binary content', () => {
  test('a .sql file of binary bytes is refused, not parsed as SQL', async () => {
    const dir = project({ '0001_init.sql': TABLE, '0002_logo.sql': PNG });
    expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/0002_logo.sql: is not a text file (binary content)\n' });
  });

  test('the Action fails the step on one matched by its glob', async () => {
    const dir = project({ '0001_init.sql': TABLE, '0002_logo.sql': PNG });
    const { status, lines } = await auditWithAction(dir, { migrations: 'm/*.sql' });
    expect(status).toBe(1);
    expect(lines).toEqual(['::error::pg-index-lint: m/0002_logo.sql: is not a text file (binary content)']);
  });

  test('a file name with a line break still gives one line', async () => {
    const dir = project({ '0001_a\nb.sql': PNG });
    expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/0001_a\\nb.sql: is not a text file (binary content)\n' });
  });

  test('UTF-16 text is named as such', async () => {
    const dir = project({ '0001_init.sql': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TABLE, 'utf16le')]) });
    expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/0001_init.sql: is UTF-16 text; save it as UTF-8\n' });
  });
});

describe('thousands of files', () => {
  test('5,000 migrations are all read, in version order (numbers as numbers), in sane time', async () => {
    const dir = project();
    const count = 5000;
    for (let i = count; i >= 1; i--) writeFileSync(path.join(dir, 'm', `${i}_t${i}.sql`), `CREATE TABLE t${i} (id int PRIMARY KEY, a int);\n`);
    // The last file indexes the first file's table, so its finding needs both, applied in order.
    writeFileSync(path.join(dir, 'm', `${count + 1}_last.sql`), 'CREATE INDEX t1_id ON t1 (id);\n');

    const files = expandMigrationPaths(['m'], dir).map((f) => path.basename(f));
    expect(files.slice(0, 3)).toEqual(['1_t1.sql', '2_t2.sql', '3_t3.sql']);
    expect(files.slice(-2)).toEqual([`${count}_t${count}.sql`, `${count + 1}_last.sql`]);
    expect(expandGlob('m/*.sql', dir).map((f) => path.basename(f))).toEqual(files);

    const r = await cli(dir, 'audit', 'm', '--format', 'json');
    expect(r.err).toBe('');
    const report = JSON.parse(r.out);
    expect(report.summary).toMatchObject({ files: count + 1, statements: count + 1 });
    expect(report.findings).toMatchObject([{ rule: 'duplicates-constraint', file: `m/${count + 1}_last.sql`, index: 't1_id' }]);
    expect(r.seconds).toBeLessThan(30);
  });
});

describe('symbolic links', () => {
  test('a file link loop (a.sql → b.sql → a.sql) is a clear error', async () => {
    const dir = project({ '0001_init.sql': TABLE });
    symlinkSync('0002_b.sql', path.join(dir, 'm', '0002_a.sql'));
    symlinkSync('0002_a.sql', path.join(dir, 'm', '0002_b.sql'));
    expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/0002_a.sql: cannot be read (a symbolic link loop)\n' });
    expect(() => expandGlob('m/*.sql', dir)).toThrow(/^m\/0002_a\.sql: cannot be read \(a symbolic link loop\)$/);
  });

  test('a directory link to its parent: a directory is read one level deep, so the loop is never followed', async () => {
    const dir = project({ '0001_init.sql': TABLE });
    symlinkSync('..', path.join(dir, 'm', 'parent'));
    symlinkSync('.', path.join(dir, 'm', 'self'));
    const r = await cli(dir, 'audit', 'm');
    expect(r).toMatchObject({ code: 0, err: '', out: 'No problems found (1 file, 1 statement).\n' });
  });

  test('a ** glob stops at a directory link that leads back to a folder above it', () => {
    const dir = project({ '0001_init.sql': TABLE });
    mkdirSync(path.join(dir, 'm', 'sub'));
    symlinkSync('..', path.join(dir, 'm', 'sub', 'up'));
    expect(() => expandGlob('m/**/*.sql', dir)).toThrow(/^m\/sub\/up: is a symbolic link loop \(it leads back to m\); remove the link or narrow the migrations glob$/);
  });

  test('a link to a missing file is an error that names it', async () => {
    const dir = project({ '0001_init.sql': TABLE });
    symlinkSync('gone.sql', path.join(dir, 'm', '0002_gone.sql'));
    expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/0002_gone.sql: cannot be read (a symbolic link to a missing file)\n' });
  });
});

describe('files that are not regular or cannot be read', () => {
  test('a FIFO among the migrations is refused up front, without waiting for a writer', async () => {
    const dir = project({ '0001_init.sql': TABLE });
    mkfifo(path.join(dir, 'm', '0002_pipe.sql'));
    for (const args of [['m'], ['m/0002_pipe.sql']]) {
      const r = await cli(dir, 'audit', ...args);
      expect(r).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/0002_pipe.sql: is not a regular file (a FIFO)\n' });
      expect(r.seconds).toBeLessThan(5);
    }
    expect(() => expandGlob('m/*.sql', dir)).toThrow(/^m\/0002_pipe\.sql: is not a regular file \(a FIFO\)$/);
  });

  test('a folder-per-migration whose migration.sql is a FIFO is refused too, not skipped', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'm', '20240101000000_a'));
    mkfifo(path.join(dir, 'm', '20240101000000_a', 'migration.sql'));
    expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: 'pg-index-lint: m/20240101000000_a/migration.sql: is not a regular file (a FIFO)\n' });
  });

  test('a file that becomes a FIFO after it was listed: the read does not block', () => {
    const dir = project();
    const file = path.join(dir, 'm', '0001.sql');
    mkfifo(file);
    expect(() => readMigrationFile(file, 'm/0001.sql')).toThrow(/^m\/0001\.sql: is not a regular file \(a FIFO\)$/);
  });

  // As root (as CI runs), chmod 000 does not stop a read: the bundled CLI is run as `nobody` instead.
  test('a file without read permission', async () => {
    const dir = project({ '0001_init.sql': TABLE, '0002_secret.sql': TABLE });
    chmodSync(path.join(dir, 'm', '0002_secret.sql'), 0o000);
    const expected = 'pg-index-lint: m/0002_secret.sql: cannot be read (permission denied)\n';
    if (process.getuid?.() !== 0) {
      expect(await cli(dir, 'audit', 'm')).toMatchObject({ code: 2, out: '', err: expected });
      return;
    }
    chmodSync(dir, 0o755);
    const nobody = 65534;
    const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'audit', 'm'], { cwd: dir, env: ENV, encoding: 'utf8', uid: nobody, gid: nobody });
    expect({ code: r.status, out: r.stdout, err: r.stderr }).toEqual({ code: 2, out: '', err: expected });
  });

  test('a file removed between listing and reading is named', async () => {
    const dir = project({ '0001_init.sql': TABLE, '0002_gone.sql': TABLE });
    const files = expandMigrationPaths(['m'], dir);
    unlinkSync(path.join(dir, 'm', '0002_gone.sql'));
    await expect(run({ mode: 'audit', files, changed: null, config: defaultConfig(), cwd: dir })).rejects.toThrow(
      /^m\/0002_gone\.sql: cannot be read \(no such file: it was removed after the files were listed\)$/,
    );
  });
});
