/**
 * The GitHub Action: inputs in, the same pipeline as the CLI, then
 * annotations, a job summary, outputs, and a failed step when findings reach
 * `fail-on`. Everything here is about GitHub; nothing here is about indexes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { redact } from '../catalog/connection.js';
import { loadConfig } from '../config.js';
import type { Mode } from '../engine.js';
import { UsageError, type Finding } from '../findings.js';
import { resolveMigrations } from '../files/discover.js';
import { type StartingSchema } from '../pipeline.js';
import { applyBaselineToReport } from '../review/baseline.js';
import { placeFindingsInChangedFiles, readChangedFiles } from '../review/placeInChangedFiles.js';
import { runPipelineWithSchemaDumps } from '../review/schemaDump.js';
import { formatFixFile } from '../report/fixFile.js';
import { formatJson } from '../report/json.js';
import { formatJobSummary } from '../report/jobSummary.js';
import { formatSarif } from '../report/sarif.js';
import { printable, uncheckedSentence } from '../report/text.js';
import { packageVersion } from '../version.js';
import { changedFilesFromApi, changedFilesFromGit, type PullRequestRef } from './changedFiles.js';
import { keepComment } from './comment.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

interface EventPayload {
  pull_request?: { number: number; changed_files?: number; base?: { sha?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string } } };
  merge_group?: { base_sha?: string; head_sha?: string };
  repository?: { full_name?: string };
}

/** The Action's one entry: read the inputs, run, report. Never throws: a failure fails the step. */
export async function run(): Promise<void> {
  const databaseUrl = core.getInput('database-url');
  // Masked before anything else can print it.
  if (databaseUrl) maskConnectionString(databaseUrl);
  try {
    await lintOrAudit(databaseUrl);
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    core.setFailed(`pg-index-lint: ${redact(message, databaseUrl)}`);
  }
}

function maskConnectionString(url: string): void {
  core.setSecret(url);
  try {
    const password = new URL(url).password;
    if (password) {
      core.setSecret(password);
      core.setSecret(decodeURIComponent(password));
    }
  } catch {
    // not a URL: the whole string is masked already
  }
}

async function lintOrAudit(databaseUrl: string): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const event = readEvent();
  const mode = chooseMode(core.getInput('mode') || 'auto', eventName);
  const failOn = core.getInput('fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`input fail-on must be error, warning or never, not "${failOn}"`);
  const commentInput = (core.getInput('comment') || 'false').toLowerCase();
  if (commentInput !== 'true' && commentInput !== 'false') throw new UsageError(`input comment must be true or false, not "${commentInput}"`);
  const commentWanted = commentInput === 'true';
  const config = loadConfig(core.getInput('config') || undefined, workspace);
  const patterns = core
    .getMultilineInput('migrations')
    .flatMap((l) => l.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  const snapshotInput = core.getInput('snapshot');
  const start = startingSchema(databaseUrl, snapshotInput, workspace, event, eventName);
  // Only an audit of a database or a snapshot has no use for the migrations.
  if (patterns.length === 0 && (mode === 'lint' || start.kind === 'files')) {
    throw new UsageError(
      mode === 'lint'
        ? 'input migrations is required in lint mode: a glob of the migration files, e.g. db/migrations/*.sql'
        : 'input migrations is required without database-url or snapshot: a glob of the migration files, e.g. db/migrations/*.sql',
    );
  }
  // A glob that matches nothing fails the step, naming it: a typo must not make a check that always passes.
  const files = resolveMigrations(patterns, workspace);

  let changed: string[] | null = null;
  if (mode === 'lint') {
    const changedInPullRequest = new Set((await changedPaths(event, eventName, workspace)).map((p) => path.resolve(workspace, p)));
    changed = files.filter((f) => changedInPullRequest.has(f));
    core.info(`${changed.length} of ${files.length} migration files changed`);
  }

  // An audit of a database is of the database itself: its migrations are already applied.
  const replayed = mode === 'audit' && start.kind !== 'files' ? [] : files;
  const baseRef = core.getInput('base-ref') || (mode === 'lint' ? (event.pull_request?.base?.sha ?? event.merge_group?.base_sha) : undefined);
  const dumps = config.schemaDumps.concat(
    resolveMigrations(
      core
        .getMultilineInput('schema-dump')
        .flatMap((l) => l.split(','))
        .map((p) => p.trim())
        .filter(Boolean),
      workspace,
    ),
  );
  const { report: found, base } = await runPipelineWithSchemaDumps({ mode, files: replayed, changed: changed ?? null, start, config, cwd: workspace }, baseRef, dumps);
  const report = applyBaselineToReport(found, { file: core.getInput('baseline') || undefined, write: false, prune: false, complete: changed === null, cwd: workspace });
  // What a database holds has no line: on a pull request, the changed file that names it gets the annotation.
  if ((event.pull_request || event.merge_group) && report.findings.some((f) => f.file === null)) {
    // Best effort: without the list of changed files, the findings are still reported, without lines.
    const paths = await changedPaths(event, eventName, workspace).catch((e: Error) => (core.info(`findings of the database are not placed on lines: ${e.message}`), []));
    report.findings = placeFindingsInChangedFiles(report.findings, readChangedFiles(paths, workspace));
  }
  if (mode === 'lint' && changed && changed.length === 0) {
    // No migration changed: nothing to judge, and nothing old is blamed on this pull request.
    report.findings = [];
  }

  annotate(report.findings);
  // A note holds names from the pull request's files: as one escaped line, it cannot be read as a workflow command.
  for (const n of report.notes) core.info(printable(`${n.file}${n.line ? `:${n.line}` : ''}: note: ${n.message}`));

  // Off a runner (local-action, act), the system's temporary folder, not the repository.
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const reportPath = path.join(temp, 'pg-index-lint-report.json');
  writeFileSync(reportPath, formatJson(report));
  core.setOutput('report', reportPath);
  core.setOutput('findings', String(report.summary.findings));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  if (mode === 'audit') {
    const fixPath = path.join(temp, 'pg-index-lint-fixes.sql');
    writeFileSync(fixPath, formatFixFile(report, base?.source ?? 'the migration files'));
    core.setOutput('fix-file', fixPath);
  }
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) {
    // Code scanning takes only results located in a file: what a database holds is in the summary.
    const located = report.findings.filter((f) => f.file !== null);
    if (located.length < report.findings.length)
      core.info(`${report.findings.length - located.length} findings of the database itself are not in the SARIF file (code scanning needs a file location); the job summary lists them`);
    writeFileSync(path.resolve(workspace, sarifFile), formatSarif({ ...report, findings: located }, { toolVersion: packageVersion() }));
  }

  const summary = formatJobSummary(report, {
    mode,
    serverUrl: process.env.GITHUB_SERVER_URL,
    repository: process.env.GITHUB_REPOSITORY,
    sha: event.pull_request?.head?.sha ?? event.merge_group?.head_sha ?? process.env.GITHUB_SHA,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  // Not on a runner (act, local-action, a test): the log and the report output still hold everything.
  else core.warning('no job summary written: GITHUB_STEP_SUMMARY is not set; the findings are in the log and in the report output');
  const unchecked = uncheckedSentence(report);
  if (unchecked) core.warning(unchecked);

  if (commentWanted && mode === 'lint' && event.pull_request) {
    await comment(pullRequestRef(event), summary, report.findings.length > 0);
  }

  const failing = failOn === 'never' ? 0 : failOn === 'warning' ? report.summary.errors + report.summary.warnings : report.summary.errors;
  if (failing > 0) core.setFailed(`pg-index-lint: ${failing} finding${failing === 1 ? '' : 's'} at or above fail-on: ${failOn}`);
}

function readEvent(): EventPayload {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

export function chooseMode(input: string, eventName: string): Mode {
  if (input === 'lint' || input === 'audit') return input;
  if (input !== 'auto') throw new UsageError(`input mode must be auto, lint or audit, not "${input}"`);
  return PULL_REQUEST_EVENTS.has(eventName) ? 'lint' : 'audit';
}

function pullRequestRef(event: EventPayload): PullRequestRef {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? '/').split('/');
  return { owner, repo, number: event.pull_request?.number ?? 0, changedFiles: event.pull_request?.changed_files };
}

/** The changed files, and in the log where they came from and why. */
async function changedPaths(event: EventPayload, eventName: string, workspace: string): Promise<string[]> {
  const pr = event.pull_request;
  if (pr) {
    const ref = pullRequestRef(event);
    const fromApi = await changedFilesFromApi(core.getInput('github-token'), ref);
    if ('files' in fromApi) {
      core.info(`changed files from the REST API (pull request #${ref.number}): ${fromApi.files.length}`);
      return fromApi.files;
    }
    if (fromApi.refused) core.warning(fromApi.refused);
    core.info(`changed files from git diff: ${fromApi.unavailable}`);
    return gitDiff(workspace, pr.base?.sha ?? '', pr.head?.sha ?? '');
  }
  if (event.merge_group) {
    core.info('changed files from git diff: a merge_group event has no pull request to ask the API about');
    return gitDiff(workspace, event.merge_group.base_sha ?? '', event.merge_group.head_sha ?? '');
  }
  throw new UsageError(`mode lint needs a pull_request or merge_group event, not "${eventName || 'none'}"; use mode: audit`);
}

async function comment(pr: PullRequestRef, summary: string, hasFindings: boolean): Promise<void> {
  const token = core.getInput('github-token');
  if (!token) {
    core.notice('input comment is set but there is no github-token: no pull request comment');
    return;
  }
  const result = await keepComment(token, pr, summary, hasFindings);
  if ('refused' in result) core.notice(result.refused);
  else if ('failed' in result) core.warning(result.failed);
  else if (result.action !== 'skipped') core.info(`pull request comment ${result.action}: ${result.url ?? ''}`);
}

function gitDiff(workspace: string, base: string, head: string): string[] {
  try {
    return changedFilesFromGit(workspace, base, head);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function startingSchema(databaseUrl: string, snapshot: string, workspace: string, event: EventPayload, eventName: string): StartingSchema {
  if (databaseUrl) {
    return { kind: 'database', url: databaseUrl, source: 'input database-url', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60, schemas: null };
  }
  if (snapshot) return { kind: 'snapshot', file: path.resolve(workspace, snapshot) };
  const head = event.pull_request?.head?.repo?.full_name;
  const baseRepo = event.pull_request?.base?.repo?.full_name;
  if (eventName === 'pull_request' && head && baseRepo && head !== baseRepo) {
    core.notice('This pull request comes from a fork, which gets no secrets: the starting schema is the replay of the migration files, not the database.');
  }
  return { kind: 'files' };
}

/** GitHub shows at most this many annotations of each kind for a step. */
const ANNOTATIONS_SHOWN = 10;

/**
 * One annotation a finding, on its file and lines, as many as GitHub shows;
 * the job summary (and the SARIF file) list every finding.
 */
function annotate(findings: Finding[]): void {
  const shown = { error: 0, warning: 0 };
  let hidden = 0;
  for (const f of findings) {
    if (shown[f.severity] >= ANNOTATIONS_SHOWN) {
      hidden++;
      continue;
    }
    shown[f.severity]++;
    const properties: core.AnnotationProperties = { title: f.rule };
    if (f.file) {
      properties.file = f.file;
      properties.startLine = f.line ?? undefined;
      properties.endLine = f.endLine ?? undefined;
      // GitHub reads columns only when the annotation is on one line.
      if (f.line === f.endLine) {
        properties.startColumn = f.column ?? undefined;
        properties.endColumn = f.endColumn ?? undefined;
      }
    }
    const text = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
    if (f.severity === 'error') core.error(text, properties);
    else core.warning(text, properties);
  }
  if (hidden) core.notice(`${hidden} more finding${hidden === 1 ? ' is' : 's are'} listed in the job summary (GitHub shows ${ANNOTATIONS_SHOWN} annotations of each kind).`);
}
