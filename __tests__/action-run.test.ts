/**
 * run(), the Action's logic, with @actions/core and @actions/github mocked as
 * actions/typescript-action tests it (action.test.ts runs the bundle as
 * GitHub does). Each test is a pull request in a real git repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '../__fixtures__/core.js';
import * as github from '../__fixtures__/github.js';

jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@actions/github', () => github);

const { run } = await import('../src/main.js');
const { COMMENT_MARKER } = await import('../src/action/comment.js');

const USERS = 'CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE);\n';
const DUPLICATE = 'CREATE INDEX ix_users_email ON users (email);\n';

/** A repository whose head commit adds db/migrations/2.sql on top of 1.sql, and a pull_request event for it. */
function pullRequest(added = DUPLICATE): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-run-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  mkdirSync(path.join(dir, 'db/migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'db/migrations/1.sql'), USERS);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'db/migrations/2.sql'), added);
  git('add', '.');
  git('commit', '-q', '-m', 'pull request');
  const head = git('rev-parse', 'HEAD');
  const runner = mkdtempSync(path.join(tmpdir(), 'pgil-runner-'));
  const eventPath = path.join(runner, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ pull_request: { number: 7, changed_files: 1, base: { sha: base, repo: { full_name: 'octo/shop' } }, head: { sha: head, repo: { full_name: 'octo/shop' } } } }),
  );
  const summary = path.join(runner, 'summary.md');
  writeFileSync(summary, '');
  return {
    dir,
    env: { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo/shop', RUNNER_TEMP: runner, GITHUB_STEP_SUMMARY: summary },
  };
}

const saved = { ...process.env };
function setEnv(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('GITHUB_') || key === 'RUNNER_TEMP') delete process.env[key];
  Object.assign(process.env, env);
}

const messages = (fn: { mock: { calls: unknown[][] } }) => fn.mock.calls.map((c) => String(c[0]));

beforeEach(() => {
  jest.resetAllMocks();
  github.getOctokit.mockImplementation(
    () =>
      ({
        rest: { pulls: { listFiles: github.listFiles }, issues: { listComments: github.listComments, createComment: github.createComment, updateComment: github.updateComment } },
        paginate: (m: (p: Record<string, unknown>) => Promise<unknown[]>, p: Record<string, unknown>) => m(p),
      }) as never,
  );
  github.listFiles.mockResolvedValue([{ filename: 'db/migrations/2.sql', status: 'added' }]);
  github.listComments.mockResolvedValue([]);
  github.createComment.mockResolvedValue({ data: { html_url: 'https://github.com/octo/shop/pull/7#issuecomment-1' } });
  github.updateComment.mockResolvedValue({ data: { html_url: 'https://github.com/octo/shop/pull/7#issuecomment-1' } });
});

afterEach(() => {
  process.env = { ...saved };
});

describe('run()', () => {
  test('a pull request adding a redundant index: an error annotation, the outputs, the job summary, a failed step', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken' });
    await run();
    expect(messages(core.info)).toContain('changed files from the REST API (pull request #7): 1');
    expect(messages(core.info)).toContain('1 of 2 migration files changed');
    expect(core.error).toHaveBeenCalledWith('ix_users_email duplicates users_email_key, the index behind UNIQUE (email) on users\nFix: DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;', {
      title: 'duplicates-constraint',
      file: 'db/migrations/2.sql',
      startLine: 1,
      endLine: 1,
      startColumn: 1,
      endColumn: 45,
    });
    expect(core.setOutput).toHaveBeenCalledWith('errors', '1');
    expect(String(core.addRaw.mock.calls[0][0])).toMatch(/^## pg-index-lint\n\n1 error, 0 warnings/);
    expect(core.setFailed).toHaveBeenCalledWith('pg-index-lint: 1 finding at or above fail-on: error');
    expect(github.getOctokit.mock.calls[0][1]?.request?.signal).toBeInstanceOf(AbortSignal);
    // Off by default.
    expect(github.listComments).not.toHaveBeenCalled();
  });

  test('without GITHUB_STEP_SUMMARY: a warning, and the run goes on', async () => {
    const pr = pullRequest('SELECT 1;\n');
    const { GITHUB_STEP_SUMMARY: _none, ...env } = pr.env;
    setEnv(env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken', 'fail-on': 'never' });
    await run();
    expect(messages(core.warning)).toContain('no job summary written: GITHUB_STEP_SUMMARY is not set; the findings are in the log and in the report output');
    expect(core.write).not.toHaveBeenCalled();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.setOutput).toHaveBeenCalledWith('findings', '0');
  });

  test.each([401, 403])('HTTP %i from the API: a warning naming the permission, then git diff', async (status) => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken' });
    github.listFiles.mockRejectedValue(github.httpError(status, 'Resource not accessible by integration'));
    await run();
    expect(messages(core.warning)).toContain(
      `the REST API refused github-token (HTTP ${status}): listing a pull request's files needs "permissions: pull-requests: read" (and contents: read) for the job; the changed files come from git diff instead`,
    );
    expect(messages(core.info)).toContain(`changed files from git diff: the API refused the token (HTTP ${status})`);
    expect(core.error).toHaveBeenCalledTimes(1);
  });

  test('an API that does not answer in time: git diff, and the log says why', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken' });
    github.listFiles.mockRejectedValue(Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }));
    await run();
    expect(messages(core.info)).toContain('changed files from git diff: the API could not be read (no answer within 10 s)');
    expect(core.error).toHaveBeenCalledTimes(1);
  });

  test('a migrations glob that matches nothing fails the step, naming it', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migraitons/*.sql', 'github-token': 't0ken' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('pg-index-lint: db/migraitons/*.sql: matches no migration file');
  });

  test('migrations is required in lint mode, and for an audit of files', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({});
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('pg-index-lint: input migrations is required in lint mode: a glob of the migration files, e.g. db/migrations/*.sql');
    jest.resetAllMocks();
    core.setInputs({ mode: 'audit' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('pg-index-lint: input migrations is required without database-url or snapshot: a glob of the migration files, e.g. db/migrations/*.sql');
  });

  test('migrations is optional for an audit of a snapshot alone', async () => {
    const pr = pullRequest();
    setEnv({ ...pr.env, GITHUB_EVENT_NAME: 'workflow_dispatch' });
    writeFileSync(
      path.join(pr.dir, 'indexes.csv'),
      'schemaname,tablename,indexname,indexdef\npublic,t,t_a,CREATE INDEX t_a ON public.t USING btree (a)\npublic,t,t_a2,CREATE INDEX t_a2 ON public.t USING btree (a)\n',
    );
    core.setInputs({ snapshot: 'indexes.csv' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('pg-index-lint: 1 finding at or above fail-on: error');
    expect(core.setOutput).toHaveBeenCalledWith('findings', '1');
  });

  test('a lint that could not see the tables warns how to give them', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/2.sql', 'github-token': 't0ken', 'fail-on': 'never' });
    await run();
    expect(messages(core.warning)).toContain(
      '1 statement is on tables no file given creates, and checked only in part: give the earlier migrations (as paths, or "migrations" in pg-index-lint.json), --database-url or --snapshot.',
    );
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('');
    expect(String(core.addRaw.mock.calls[0][0])).toContain('> [!WARNING]\n> 1 statement is on tables no file given creates');
  });
});

describe('the comment input', () => {
  test('creates one comment with the findings table, marked to be found again', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken', comment: 'true' });
    await run();
    expect(github.createComment).toHaveBeenCalledTimes(1);
    const params = github.createComment.mock.calls[0][0];
    expect(params).toMatchObject({ owner: 'octo', repo: 'shop', issue_number: 7 });
    expect(String(params.body)).toMatch(new RegExp(`^${COMMENT_MARKER}\n## pg-index-lint\n\n1 error, 0 warnings\n\n\\| Rule \\|`));
    expect(messages(core.info)).toContain('pull request comment created: https://github.com/octo/shop/pull/7#issuecomment-1');
  });

  test('edits its own comment on the next run, also when the findings are gone; posts none for a clean first run', async () => {
    const pr = pullRequest('SELECT 1;\n');
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken', comment: 'true' });
    await run();
    expect(github.createComment).not.toHaveBeenCalled();
    github.listComments.mockResolvedValue([
      { id: 1, body: 'LGTM' },
      { id: 42, body: `${COMMENT_MARKER}\nold findings` },
    ]);
    await run();
    expect(github.updateComment).toHaveBeenCalledWith({ owner: 'octo', repo: 'shop', comment_id: 42, body: `${COMMENT_MARKER}\n## pg-index-lint\n\nNo problems found\n` });
    expect(github.createComment).not.toHaveBeenCalled();
  });

  test("a fork's read-only token: a notice naming the permission, not a failure", async () => {
    const pr = pullRequest('SELECT 1;\n');
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', 'github-token': 't0ken', comment: 'true' });
    github.listComments.mockRejectedValue(github.httpError(403, 'Resource not accessible by integration'));
    await run();
    expect(messages(core.notice)).toContain(
      'the pull request comment was not written (HTTP 403): it needs "permissions: pull-requests: write" for the job, which a pull request from a fork does not get; the findings are in the annotations and the job summary',
    );
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  test('a value other than true or false fails the step', async () => {
    const pr = pullRequest();
    setEnv(pr.env);
    core.setInputs({ migrations: 'db/migrations/*.sql', comment: 'yes please' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('pg-index-lint: input comment must be true or false, not "yes please"');
  });
});
