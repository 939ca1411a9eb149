/**
 * The npm package as a user gets it: `npm pack`, then the tarball installed
 * into an empty folder by an npm that cannot reach any registry (offline,
 * with an empty cache, and a registry address on which nothing listens), and
 * `npx pg-index-lint audit` run on the project's example. The bundles need
 * only Node's built-ins, so the install must add no other package, and the
 * package's engines must accept the Node that runs the test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'pgil-package-'));

/** npm with no way to the network: every install must come from the tarball alone. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  return {
    ...env,
    npm_config_cache: path.join(work, 'empty-cache'),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_userconfig: path.join(work, 'no-npmrc'),
  };
}

function npm(args: string[], cwd: string, command = 'npm'): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, env: npmEnv(), encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the npm package', () => {
  let tarball: string;
  let packed: string[];

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env: npmEnv(), encoding: 'utf8' });
    const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(work, info.filename);
    packed = info.files.map((f) => f.path).sort();
  }, 120_000);

  test('declares no runtime dependency, and engines for the Node versions CI runs (20 and 24)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.engines).toEqual({ node: '^20.0.0 || ^24.0.0' });
  });

  test('holds what runs and what a user reads, nothing else', () => {
    const dist = readdirSync(path.join(root, 'dist')).map((f) => `dist/${f}`);
    expect(packed).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', ...dist, 'package.json'].sort());
  });

  test('installs from the tarball alone, with no other package and no engine warning, and audits the example', () => {
    const project = path.join(work, 'project');
    mkdirSync(project);
    expect(npm(['init', '-y'], project).status).toBe(0);
    const install = npm(['install', '--save-dev', tarball], project);
    expect(install.stderr).not.toMatch(/EBADENGINE/);
    expect(install.status).toBe(0);
    expect(install.stdout).toMatch(/added 1 package\b/);
    // Only the package itself (and npm's own bookkeeping) under node_modules.
    expect(readdirSync(path.join(project, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['pg-index-lint']);
    const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).filter((p) => p !== '')).toEqual(['node_modules/pg-index-lint']);

    const audit = npm(['--offline', 'pg-index-lint', 'audit', path.join(root, 'examples/migrations'), '--format', 'json'], project, 'npx');
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(1);
    const report = JSON.parse(audit.stdout);
    expect(report.summary).toMatchObject({ files: 3 });
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('leading-prefix');

    const version = npm(['--offline', 'pg-index-lint', '--version'], project, 'npx');
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  }, 180_000);
});
