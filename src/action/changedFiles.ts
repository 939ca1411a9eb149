/**
 * Which files a pull request changes: from the REST API (paginated), or when
 * the API cannot answer (no token, refused, unreachable, too slow, more files
 * than it lists), from `git diff` between the event's base and head commits.
 */
import { execFileSync } from 'node:child_process';
import { getOctokit } from '@actions/github';

/** The REST API lists at most this many files of a pull request. */
export const API_FILE_LIMIT = 3000;

/**
 * Each use of the API (listing the files, every page of it; writing the
 * comment) gets this long in all (documented in docs/action.md): an API that
 * accepts the connection and never answers costs seconds, not minutes,
 * before `git diff`.
 */
export const API_TIMEOUT_MS = 10_000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** The pull request's own count of changed files, when the event says it. */
  changedFiles?: number;
}

export type ChangedFromApi = { files: string[] } | { unavailable: string; refused?: string };

/** Paths the pull request adds or modifies (not removed ones), or why the API could not give all of them. */
export async function changedFilesFromApi(token: string, pr: PullRequestRef): Promise<ChangedFromApi> {
  if (!token) return { unavailable: 'no github-token' };
  if ((pr.changedFiles ?? 0) >= API_FILE_LIMIT) return { unavailable: `the pull request changes ${pr.changedFiles} files, more than the API lists (${API_FILE_LIMIT})` };
  try {
    const octokit = getOctokit(token, { request: { signal: AbortSignal.timeout(API_TIMEOUT_MS) } });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    if (files.length >= API_FILE_LIMIT) return { unavailable: `the API listed ${files.length} files, its limit` };
    return { files: files.filter((f) => f.status !== 'removed').map((f) => f.filename) };
  } catch (e) {
    const status = httpStatus(e);
    if (status === 401 || status === 403) {
      return {
        unavailable: `the API refused the token (HTTP ${status})`,
        refused: `the REST API refused github-token (HTTP ${status}): listing a pull request's files needs "permissions: pull-requests: read" (and contents: read) for the job; the changed files come from git diff instead`,
      };
    }
    const reason = (e as Error)?.name === 'TimeoutError' || (e as Error)?.name === 'AbortError' ? `no answer within ${API_TIMEOUT_MS / 1000} s` : (e as Error).message;
    return { unavailable: `the API could not be read (${reason})` };
  }
}

/** The HTTP status of an Octokit request error, if it is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** `git diff --name-only base...head`, run without a shell. */
export function changedFilesFromGit(cwd: string, base: string, head: string): string[] {
  if (!/^[0-9a-f]{7,64}$/i.test(base) || !/^[0-9a-f]{7,64}$/i.test(head)) throw new Error(`the event has no usable base and head commits (${base || 'none'}...${head || 'none'})`);
  let output: string;
  try {
    output = execFileSync('git', ['diff', '--name-only', '--diff-filter=d', `${base}...${head}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? (e as Error).message)
      .trim()
      .split('\n')[0];
    throw new Error(`git diff ${base.slice(0, 7)}...${head.slice(0, 7)} failed (${stderr}); check out the full history (actions/checkout with fetch-depth: 0)`, { cause: e });
  }
  return output.split('\n').filter(Boolean);
}
