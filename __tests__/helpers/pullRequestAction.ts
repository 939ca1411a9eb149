/** Runs the bundled Action (`dist/index.js`) as GitHub does: in a workspace, with an event, INPUT_* variables and the runner's files. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  /** The `::error` and `::warning` workflow commands. */
  annotations: string[];
}

export async function runBundledAction(workspace: string, event: { name: string; payload?: object; sha?: string }, inputs: Record<string, string>): Promise<ActionRun> {
  const runner = mkdtempSync(path.join(tmpdir(), 'pgil-runner-'));
  const eventPath = path.join(runner, 'event.json');
  if (event.payload) writeFileSync(eventPath, JSON.stringify(event.payload));
  const summary = path.join(runner, 'summary.md');
  const output = path.join(runner, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const child = spawn(process.execPath, [path.resolve('dist/index.js')], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: event.name,
      ...(event.payload ? { GITHUB_EVENT_PATH: eventPath } : {}),
      GITHUB_REPOSITORY: 'octo/shop',
      ...(event.sha ? { GITHUB_SHA: event.sha } : {}),
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: runner,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const result = { status, stdout, stderr, summary: readFileSync(summary, 'utf8'), annotations: stdout.split('\n').filter((l) => /^::(error|warning)/.test(l)) };
  rmSync(runner, { recursive: true, force: true });
  return result;
}

/** A pull_request event from `base` to `head`, with no token: the changed files come from git diff. */
export function pullRequestAction(workspace: string, commits: { base: string; head: string }, inputs: Record<string, string>): Promise<ActionRun> {
  const repo = { full_name: 'octo/shop' };
  const payload = { pull_request: { number: 3, base: { sha: commits.base, repo }, head: { sha: commits.head, repo } }, repository: repo };
  return runBundledAction(workspace, { name: 'pull_request', payload, sha: commits.head }, inputs);
}
