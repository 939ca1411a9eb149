/**
 * Which files a pull request changes: from the REST API (paginated), or when
 * the API cannot answer (no token, unreachable, more files than it lists),
 * from `git diff` between the event's base and head commits.
 */
import { execFileSync } from 'node:child_process';
import { getOctokit } from '@actions/github';

/** The REST API lists at most this many files of a pull request. */
export const API_FILE_LIMIT = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** The pull request's own count of changed files, when the event says it. */
  changedFiles?: number;
}

/** Paths the pull request adds or modifies (not removed ones); null when the API cannot give all of them. */
export async function changedFilesFromApi(token: string, pr: PullRequestRef): Promise<{ files: string[] } | { unavailable: string }> {
  if (!token) return { unavailable: 'no github-token' };
  if ((pr.changedFiles ?? 0) >= API_FILE_LIMIT) return { unavailable: `the pull request changes ${pr.changedFiles} files, more than the API lists (${API_FILE_LIMIT})` };
  try {
    const octokit = getOctokit(token, { request: { signal: AbortSignal.timeout(30_000) } });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    if (files.length >= API_FILE_LIMIT) return { unavailable: `the API listed ${files.length} files, its limit` };
    return { files: files.filter((f) => f.status !== 'removed').map((f) => f.filename) };
  } catch (e) {
    return { unavailable: `the API could not be read (${(e as Error).message})` };
  }
}

/** `git diff --name-only base...head`, run without a shell. */
export function changedFilesFromGit(cwd: string, base: string, head: string): string[] {
  if (!/^[0-9a-f]{7,64}$/i.test(base) || !/^[0-9a-f]{7,64}$/i.test(head)) throw new Error(`the event has no usable base and head commits (${base || 'none'}...${head || 'none'})`);
  let output: string;
  try {
    output = execFileSync('git', ['diff', '--name-only', '--diff-filter=d', `${base}...${head}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n')[0];
    throw new Error(`git diff ${base.slice(0, 7)}...${head.slice(0, 7)} failed (${stderr}); check out the full history (actions/checkout with fetch-depth: 0)`);
  }
  return output.split('\n').filter(Boolean);
}
