/**
 * The Action as GitHub runs it: `node dist/index.js` in a git repository (the
 * workspace), with a pull_request event file, INPUT_* variables, the summary
 * and output files, and a local HTTP server standing in for the REST API —
 * or an unreachable API, so that `git diff` is used.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { reportProblems } from './helpers/reportSchema.js';

// The project's own example: 0002 uncovers eleven foreign keys (more than the
// ten annotations GitHub shows), 0003 adds four redundant indexes.
const EXAMPLE = path.resolve('examples/helpdesk');
const FILES = ['0001_initial_schema.sql', '0002_drop_unused_indexes.sql', '0003_reporting_indexes.sql'];
const ACTION = path.resolve('dist/index.js');

interface Repo {
  dir: string;
  base: string;
  head: string;
  added: string;
}

/** A repository whose base commit holds `baseFiles` and whose head commit adds `added`. */
function repository(baseFiles: string[], added: string): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-action-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  mkdirSync(path.join(dir, 'db/migrations'), { recursive: true });
  for (const f of baseFiles) copyFileSync(path.join(EXAMPLE, f), path.join(dir, 'db/migrations', f));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  copyFileSync(path.join(EXAMPLE, added), path.join(dir, 'db/migrations', added));
  git('add', '.');
  git('commit', '-q', '-m', 'pull request');
  return { dir, base, head: git('rev-parse', 'HEAD'), added: `db/migrations/${added}` };
}

interface Api {
  url: string;
  requests: Array<{ url: string; authorization: string | undefined }>;
  close: () => Promise<void>;
}

/** The REST API's list of a pull request's files, one page at a time. */
async function fakeApi(files: string[]): Promise<Api> {
  const requests: Api['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    if (!/^\/repos\/octo\/shop\/pulls\/7\/files/.test(req.url ?? '')) {
      res.writeHead(404).end('{}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(files.map((filename) => ({ filename, status: 'added', sha: '0', additions: 1, deletions: 0, changes: 1 }))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  annotations: string[];
}

/** Runs the action without blocking this process, which serves the stand-in API. */
function node(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function runAction(repo: Repo, apiUrl: string, inputs: Record<string, string>, unset: string[] = []): Promise<Run> {
  const runner = mkdtempSync(path.join(tmpdir(), 'pgil-runner-'));
  const eventPath = path.join(runner, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'opened',
      number: 7,
      pull_request: { number: 7, changed_files: 1, base: { sha: repo.base, repo: { full_name: 'octo/shop' } }, head: { sha: repo.head, repo: { full_name: 'octo/shop' } } },
      repository: { full_name: 'octo/shop' },
    }),
  );
  const summaryPath = path.join(runner, 'summary.md');
  const outputPath = path.join(runner, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: repo.head,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runner,
    'INPUT_GITHUB-TOKEN': 'test-token',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  for (const name of unset) delete env[name];
  const r = await node(ACTION, repo.dir, env);
  const outputs: Record<string, string> = {};
  const raw = readFileSync(outputPath, 'utf8');
  for (const m of raw.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs,
    annotations: r.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}

describe('the Action on examples/helpdesk', () => {
  let api: Api;
  beforeAll(async () => {
    // The committed bundle is what GitHub runs; without it there is nothing to test, which is a failure.
    expect(existsSync(ACTION)).toBe(true);
    api = await fakeApi(['db/migrations/0003_reporting_indexes.sql']);
  });
  afterAll(async () => {
    await api?.close();
  });

  test('a pull request adding 0003: error annotations at lines 5, 8, 10 and 14, a failed step', async () => {
    const repo = repository(FILES.slice(0, 2), FILES[2]);
    const run = await runAction(repo, api.url, { migrations: 'db/migrations/*.sql' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(api.requests[0]).toEqual({ url: '/repos/octo/shop/pulls/7/files?per_page=100', authorization: 'token test-token' });
    const errors = run.annotations.filter((a) => a.startsWith('::error title='));
    expect(errors.map((a) => a.slice(0, a.indexOf('::', 2)))).toEqual([
      '::error title=duplicates-constraint,file=db/migrations/0003_reporting_indexes.sql,line=5,endLine=5,col=1,endColumn=53',
      '::error title=leading-prefix,file=db/migrations/0003_reporting_indexes.sql,line=8,endLine=8,col=1,endColumn=93',
      // Statements over two lines: GitHub takes columns only on one line.
      '::error title=duplicate-index,file=db/migrations/0003_reporting_indexes.sql,line=10,endLine=11',
      '::error title=duplicates-constraint,file=db/migrations/0003_reporting_indexes.sql,line=14,endLine=15',
    ]);
    expect(errors[0]).toMatch(
      /::users_email_lookup_idx duplicates users_email_key, the index behind UNIQUE \(email\) on users%0AFix: DROP INDEX CONCURRENTLY IF EXISTS public.users_email_lookup_idx;$/,
    );
    expect(run.stdout).toContain('::error::pg-index-lint: 4 findings at or above fail-on: error');
    expect(run.outputs).toMatchObject({ findings: '4', errors: '4', warnings: '0' });
    expect(JSON.parse(readFileSync(run.outputs.report, 'utf8')).summary).toMatchObject({ errors: 4 });
    expect(reportProblems(readFileSync(run.outputs.report, 'utf8'))).toEqual([]);
    expect(run.summary).toContain('## pg-index-lint');
    expect(run.summary).toContain(`[db/migrations/0003_reporting_indexes.sql:10](https://github.com/octo/shop/blob/${repo.head}/db/migrations/0003_reporting_indexes.sql#L10)`);
  });

  test('a pull request adding 0002: 10 warning annotations shown, all 11 in the summary, the step passes', async () => {
    const api2 = await fakeApi(['db/migrations/0002_drop_unused_indexes.sql']);
    try {
      const repo = repository(FILES.slice(0, 1), FILES[1]);
      const run = await runAction(repo, api2.url, { migrations: 'db/migrations/*.sql', 'fail-on': 'error', 'sarif-file': 'results.sarif' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const warnings = run.annotations.filter((a) => a.startsWith('::warning'));
      expect(warnings).toHaveLength(10);
      expect(warnings.map((a) => /line=(\d+)/.exec(a)![1])).toEqual(['13', '14', '15', '16', '17', '18', '19', '20', '21', '22']);
      expect(run.annotations).toContain('::notice::1 more finding is listed in the job summary (GitHub shows 10 annotations of each kind).');
      for (let line = 13; line <= 23; line++) expect(run.summary).toContain(`0002_drop_unused_indexes.sql#L${line})`);
      expect(run.outputs).toMatchObject({ findings: '11', errors: '0', warnings: '11' });
      const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'results.sarif'), 'utf8'));
      expect(sarif.runs[0].results).toHaveLength(11);
    } finally {
      await api2.close();
    }
  });

  test('an unreachable API: the changed files come from git diff, with the same verdicts', async () => {
    const repo = repository(FILES.slice(0, 2), FILES[2]);
    const run = await runAction(repo, 'http://127.0.0.1:1', { migrations: 'db/migrations/*.sql' });
    expect(run.stdout).toMatch(/changed files from git diff: the API could not be read/);
    expect(run.status).toBe(1);
    expect(run.annotations.filter((a) => a.startsWith('::error title=')).map((a) => /line=(\d+)/.exec(a)![1])).toEqual(['5', '8', '10', '14']);
  });

  test('without GITHUB_STEP_SUMMARY (not a runner): a warning, and fail-on decides the step as usual', async () => {
    const repo = repository(FILES.slice(0, 2), FILES[2]);
    const run = await runAction(repo, api.url, { migrations: 'db/migrations/*.sql', 'fail-on': 'never' }, ['GITHUB_STEP_SUMMARY']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.annotations).toContain('::warning::no job summary written: GITHUB_STEP_SUMMARY is not set; the findings are in the log and in the report output');
    expect(run.stdout).toContain('changed files from the REST API (pull request #7): 1');
  });

  test('a migrations glob with a typo fails the step, naming the glob', async () => {
    const repo = repository(FILES.slice(0, 2), FILES[2]);
    const run = await runAction(repo, api.url, { migrations: 'db/migraitons/*.sql' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::pg-index-lint: db/migraitons/*.sql: matches no migration file');
  });

  test('a wrong input fails the step with a clear message', async () => {
    const repo = repository(FILES.slice(0, 2), FILES[2]);
    const run = await runAction(repo, api.url, { migrations: 'db/migrations/*.sql', 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::pg-index-lint: input fail-on must be error, warning or never, not "sometimes"');
  });
});
