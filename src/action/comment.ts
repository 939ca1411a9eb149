/**
 * The optional pull-request comment (input `comment`): one comment, found
 * again by a hidden marker and edited in place on every run, so that a pull
 * request never collects a comment per push.
 */
import { getOctokit } from '@actions/github';
import { API_TIMEOUT_MS, httpStatus, type PullRequestRef } from './changedFiles.js';

/** Hidden in the rendered comment; how the run finds its own comment again. */
export const COMMENT_MARKER = '<!-- pg-index-lint comment -->';

export type CommentResult = { action: 'created' | 'updated' | 'skipped'; url?: string } | { refused: string } | { failed: string };

/**
 * Creates the comment when there are findings, updates it whenever it
 * exists (so that fixed findings disappear from it); without findings and
 * without a comment, nothing is posted.
 */
export async function keepComment(token: string, pr: PullRequestRef, body: string, hasFindings: boolean): Promise<CommentResult> {
  const octokit = getOctokit(token, { request: { signal: AbortSignal.timeout(API_TIMEOUT_MS) } });
  const marked = `${COMMENT_MARKER}\n${body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
    const mine = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
    if (mine) {
      const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: mine.id, body: marked });
      return { action: 'updated', url: data.html_url };
    }
    if (!hasFindings) return { action: 'skipped' };
    const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: marked });
    return { action: 'created', url: data.html_url };
  } catch (e) {
    const status = httpStatus(e);
    if (status === 401 || status === 403 || status === 404) {
      return {
        refused: `the pull request comment was not written (HTTP ${status}): it needs "permissions: pull-requests: write" for the job, which a pull request from a fork does not get; the findings are in the annotations and the job summary`,
      };
    }
    return { failed: `the pull request comment could not be written (${(e as Error)?.name === 'TimeoutError' ? `no answer within ${API_TIMEOUT_MS / 1000} s` : (e as Error).message})` };
  }
}
