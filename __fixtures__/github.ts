/** @actions/github as the unit tests of run() see it: getOctokit returns a stand-in whose calls each test sets. */
import { jest } from '@jest/globals';

export const listFiles = jest.fn<(params: Record<string, unknown>) => Promise<unknown[]>>();
export const listComments = jest.fn<(params: Record<string, unknown>) => Promise<unknown[]>>();
export const createComment = jest.fn<(params: Record<string, unknown>) => Promise<{ data: { html_url: string } }>>();
export const updateComment = jest.fn<(params: Record<string, unknown>) => Promise<{ data: { html_url: string } }>>();

const rest = { pulls: { listFiles }, issues: { listComments, createComment, updateComment } };

/** paginate(method, params) calls the method's stand-in, which returns every page at once. */
const paginate = (method: (params: Record<string, unknown>) => Promise<unknown[]>, params: Record<string, unknown>) => method(params);

export const getOctokit = jest.fn((_token: string, _options?: { request?: { signal?: AbortSignal } }) => ({ rest, paginate }));

export const context = {};

/** An Octokit request error of this HTTP status. */
export function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { name: 'HttpError', status });
}
