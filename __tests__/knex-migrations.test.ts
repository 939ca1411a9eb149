/**
 * Migrations written as code, end to end: Knex migrates a fresh database on
 * the real server to the base commit, a baseline of that database is
 * committed, the pull request's head migration is run, and the bundled
 * Action (`dist/index.js`, as GitHub runs it on a pull_request event) audits
 * the database against the baseline. A redundant index fails the step with
 * its annotation on the migration file's line; a useful index passes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';
import { pullRequestAction } from './helpers/pullRequestAction.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));

const BASE_MIGRATION = `exports.up = async function (knex) {
  await knex.schema.createTable('customers', (table) => {
    table.increments('id');
    table.string('email').notNullable().unique();
  });
  // Known before the baseline: the unique constraint already indexes email.
  await knex.schema.alterTable('customers', (table) => {
    table.index(['email'], 'customers_email_lookup');
  });
  await knex.schema.createTable('orders', (table) => {
    table.increments('id');
    table.integer('customer_id').notNullable().references('id').inTable('customers');
    table.timestamp('placed_at');
    table.index(['customer_id']);
  });
};

exports.down = async function (knex) {
  await knex.schema.dropTable('orders');
  await knex.schema.dropTable('customers');
};
`;

const REDUNDANT_MIGRATION = `exports.up = async function (knex) {
  await knex.schema.alterTable('orders', (table) => {
    table.index(['customer_id'], 'orders_customer_lookup');
  });
};

exports.down = async function (knex) {
  await knex.schema.alterTable('orders', (table) => {
    table.dropIndex(['customer_id'], 'orders_customer_lookup');
  });
};
`;

const USEFUL_MIGRATION = `exports.up = async function (knex) {
  await knex.schema.alterTable('orders', (table) => {
    table.index(['placed_at'], 'orders_placed_at_index');
  });
};

exports.down = async function (knex) {
  await knex.schema.alterTable('orders', (table) => {
    table.dropIndex(['placed_at'], 'orders_placed_at_index');
  });
};
`;

/** Runs Knex's migrator in its own process, as a CI job's migrate step does. */
async function knexMigrate(directory: string, url: string, action: 'latest' | 'rollback'): Promise<void> {
  const script = `
    const { createRequire } = require('node:module');
    const knex = createRequire(${JSON.stringify(path.resolve('package.json'))})('knex')({ client: 'pg', connection: process.env.KNEX_URL });
    knex.migrate.${action}({ directory: ${JSON.stringify(directory)}, loadExtensions: ['.js'] })
      .then(() => knex.destroy())
      .catch((e) => { console.error(e.message); return knex.destroy().then(() => process.exit(1)); });
  `;
  const r = await run(process.execPath, ['--input-type=commonjs', '-e', script], directory, { PATH: process.env.PATH, KNEX_URL: url });
  if (r.status !== 0) throw new Error(`knex migrate:${action} failed: ${r.stderr}`);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Project {
  dir: string;
  git: (...args: string[]) => string;
  base: string;
}

/** The base commit: the first migration, and the baseline of the database it builds. */
async function baseProject(url: string): Promise<Project> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-knex-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  mkdirSync(path.join(dir, 'migrations'));
  // Knex loads the migrations with require.
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "commonjs" }\n');
  writeFileSync(path.join(dir, 'migrations/20240101000000_customers_orders.js'), BASE_MIGRATION);
  await knexMigrate(path.join(dir, 'migrations'), url, 'latest');
  let err = '';
  const code = await runCli(['audit', '--database-url', url, '--write-baseline', 'pg-index-lint-baseline.json'], { stdout: () => undefined, stderr: (t) => (err += t), cwd: dir, env: ENV });
  if (code !== 0) throw new Error(`baseline not written: ${err}`);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  return { dir, git, base: git('rev-parse', 'HEAD') };
}

const AUDIT_INPUTS = (url: string) => ({ mode: 'audit', 'database-url': url, 'fail-on': 'error' });

describe('Knex migrations against the real server, checked by the Action with a committed baseline', () => {
  let db: TestDatabase;
  let project: Project;
  beforeAll(async () => {
    db = await openTestDatabase('knex');
    project = await baseProject(db.url);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  test('the baseline holds what the base already had', () => {
    const baseline = JSON.parse(readFileSync(path.join(project.dir, 'pg-index-lint-baseline.json'), 'utf8'));
    expect(baseline.entries).toEqual([{ rule: 'duplicates-constraint', table: 'public.customers', index: 'customers_email_lookup', foreignKey: null, columns: ['email'] }]);
  });

  test('a migration adding a redundant index fails the step, annotated on the migration line that names the index', async () => {
    const file = 'migrations/20240201000000_orders_customer_lookup.js';
    project.git('checkout', '-q', '-b', 'redundant', project.base);
    writeFileSync(path.join(project.dir, file), REDUNDANT_MIGRATION);
    project.git('add', '.');
    project.git('commit', '-q', '-m', 'lookup index');
    await knexMigrate(path.join(project.dir, 'migrations'), db.url, 'latest');
    try {
      const r = await pullRequestAction(project.dir, { base: project.base, head: project.git('rev-parse', 'HEAD') }, AUDIT_INPUTS(db.url));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const errors = r.annotations.filter((a) => a.startsWith('::error title='));
      expect(errors).toHaveLength(1);
      // On the index's name in \`table.index(['customer_id'], 'orders_customer_lookup')\`.
      expect(errors[0]).toMatch(new RegExp(`^::error title=duplicate-index,file=${file},line=3,endLine=3,col=35,endColumn=57::orders_customer_lookup duplicates orders_customer_id_index `));
      expect(r.stdout).toContain('1 known finding hidden by the baseline');
      expect(r.stdout).toContain('::error::pg-index-lint: 1 finding at or above fail-on: error');

      // When the changed files cannot be listed, the finding is still reported, without a line.
      const unlisted = await pullRequestAction(project.dir, { base: 'deadbeef00', head: project.git('rev-parse', 'HEAD') }, AUDIT_INPUTS(db.url));
      expect(unlisted.status).toBe(1);
      expect(unlisted.annotations.filter((a) => a.startsWith('::error title='))).toEqual([expect.stringMatching(/^::error title=duplicate-index::orders_customer_lookup duplicates /)]);
      expect(unlisted.stdout).toContain('findings of the database are not placed on lines: git diff deadbee');
    } finally {
      await knexMigrate(path.join(project.dir, 'migrations'), db.url, 'rollback');
    }
  });

  test('a migration adding a useful index passes', async () => {
    project.git('checkout', '-q', '-b', 'useful', project.base);
    writeFileSync(path.join(project.dir, 'migrations/20240301000000_orders_placed_at.js'), USEFUL_MIGRATION);
    project.git('add', '.');
    project.git('commit', '-q', '-m', 'placed_at index');
    await knexMigrate(path.join(project.dir, 'migrations'), db.url, 'latest');
    const r = await pullRequestAction(project.dir, { base: project.base, head: project.git('rev-parse', 'HEAD') }, AUDIT_INPUTS(db.url));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(r.stdout).toContain('1 known finding hidden by the baseline');
  });
});
