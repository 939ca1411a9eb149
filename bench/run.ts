/**
 * `npm run bench`: figures, never a verdict. Each scenario runs the real CLI
 * as a whole process several times, alternating with what it is compared
 * with, and prints medians, min–max, peak memory and the ratio of the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { catalogQueries } from '../src/catalog/catalogQuery.js';
import { auditQuery } from './auditQuery.js';
import { SchemaModel } from '../src/model/schema.js';
import { newTable, type Index } from '../src/model/types.js';
import { RULES } from '../src/rules/index.js';
import { generateHistory } from './generate.js';

const root = process.cwd();
const work = path.join(root, '.bench');
// BENCH_CLI: another build of the CLI to measure (an earlier commit's dist/cli.js, for before-and-after figures).
const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(root, 'dist/cli.js');
const squawk = path.join(root, 'node_modules/.bin/squawk');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const hasTime = existsSync('/usr/bin/time');

interface Sample {
  seconds: number;
  peakMb: number | null;
  /** User and system CPU time of the whole process, all its threads: what a loaded machine still measures fairly. */
  cpuSeconds?: number;
  /** What the command printed (the CLI's report). */
  stdout?: string;
}

/** Runs a command once; GNU time gives the peak memory and the CPU time of the whole process. */
function measure(command: string, args: string[]): Sample {
  const started = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const [kb, user, system] = hasTime ? (r.stderr.trim().split('\n').pop() ?? '').trim().split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, peakMb: Number.isFinite(kb) ? kb / 1024 : null, cpuSeconds: user + system, stdout: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);

function describe(samples: Sample[]): { median: number; text: string; peak: string; peakMb: number; cpu: string } {
  const times = samples.map((s) => s.seconds);
  const cpu = samples.map((s) => s.cpuSeconds ?? NaN);
  const peaks = samples.map((s) => s.peakMb).filter((p): p is number => p !== null);
  const peakMb = peaks.length ? Math.max(...peaks) : NaN;
  return {
    median: median(times),
    // A command that could not run (squawk not installed) has no figures, and says so.
    text: times.every((t) => Number.isNaN(t)) ? 'not installed' : `${fmt(median(times))} (${fmt(Math.min(...times))}–${fmt(Math.max(...times))})`,
    peak: peaks.length ? `${peakMb.toFixed(0)} MB` : 'n/a',
    peakMb,
    cpu: cpu.every(Number.isFinite) ? `cpu ${fmt(median(cpu))}` : 'cpu n/a',
  };
}

/** A target beside its verdict in this run; a figure that could not be measured (NaN) is said so, never counted as met. */
function target(text: string, ...figures: Array<[number, number]>): string {
  if (figures.some(([value]) => !Number.isFinite(value))) return `${text}: not measured`;
  return `${text}: ${figures.every(([value, limit]) => value <= limit) ? 'met' : 'not met'}`;
}

/** Alternates the two commands RUNS times each (only the first when squawk is missing). */
function versus(a: [string, string[]], b: [string, string[]]): [Sample[], Sample[]] {
  const sa: Sample[] = [];
  const sb: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    sa.push(measure(...a));
    if (hasSquawk) sb.push(measure(...b));
  }
  return [sa, sb.length ? sb : [{ seconds: NaN, peakMb: null }]];
}

/** The ratio of two medians, or a dash when either could not be measured. */
function ratio(a: number, b: number): string {
  return Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–';
}

const rows: string[][] = [];
function row(...cells: string[]): void {
  rows.push(cells);
  console.error(cells.join(' | '));
}

/**
 * squawk (the squawk-cli npm package) is not a devDependency: the registry this
 * project installs from lacks some of its platform packages, and `npm ci`
 * would fail. The benchmark uses it when it is installed.
 */
const hasSquawk = existsSync(squawk);
if (!hasSquawk) console.error('squawk is not installed: `npm install --no-save squawk-cli@2.66.0` to compare with it');

function lintScenario(): void {
  const history = generateHistory(5 * 1024 * 1024);
  const file = path.join(work, 'history.sql');
  writeFileSync(file, history.migrations.join('\n'));
  const size = (readFileSync(file).length / 1024 / 1024).toFixed(1);
  // Both in their compact machine formats: squawk's default report of 60,000 violations is slow to print.
  const [ours, theirs] = versus([process.execPath, [cli, 'lint', file, '--format', 'json']], [squawk, ['--reporter', 'gcc', file]]);
  const o = describe(ours);
  const t = describe(theirs);
  row(
    `lint ${size} MB, ${history.indexes} indexes`,
    `pg-index-lint ${o.text}, ${o.cpu}, peak ${o.peak}`,
    `squawk ${t.text}, ${t.cpu}, peak ${t.peak}`,
    ratio(o.median, t.median),
    target('target ≤ 0.5×, ≤ 250 MB', [o.median / t.median, 0.5], [o.peakMb, 250]),
  );
}

/**
 * A pull request's lint: one changed file over a generated history of 1,000
 * files (5 MB), against the audit of the same history, which parses all of it.
 */
function historyScenario(): void {
  const history = generateHistory(5.2 * 1024 * 1024, 11);
  const dir = path.join(work, 'history-1000');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const perFile = Math.ceil(history.migrations.length / 1000);
  const files: string[] = [];
  for (let i = 0; i * perFile < history.migrations.length; i++) {
    const file = path.join(dir, `${String(i + 1).padStart(4, '0')}.sql`);
    writeFileSync(file, history.migrations.slice(i * perFile, (i + 1) * perFile).join('\n'));
    files.push(file);
  }
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const lint: [string, string[]] = [process.execPath, [cli, 'lint', ...files, '--changed', files[files.length - 1], '--format', 'json']];
  const audit: [string, string[]] = [process.execPath, [cli, 'audit', ...files, '--format', 'json']];
  const lints: Sample[] = [];
  const audits: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    lints.push(measure(...lint));
    audits.push(measure(...audit));
  }
  const l = describe(lints);
  const a = describe(audits);
  row(
    `lint of 1 changed file over ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    `pg-index-lint lint ${l.text}, ${l.cpu}, peak ${l.peak}`,
    `audit of the same files ${a.text}, ${a.cpu}, peak ${a.peak}`,
    `${(l.median / a.median).toFixed(2)}×`,
    target('target ≤ 0.5×', [l.median / a.median, 0.5]),
  );
}

function corpusScenario(): void {
  const corpus = path.resolve(root, '../shared/corpus');
  if (!existsSync(corpus)) return;
  for (const project of ['documenso', 'harbor', 'kratos', 'miniflux']) {
    const dir = path.join(corpus, project);
    if (!existsSync(path.join(dir, 'apply-order.txt'))) continue;
    const files = readFileSync(path.join(dir, 'apply-order.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((f) => path.join(dir, f));
    const [ours, theirs] = versus([process.execPath, [cli, 'lint', ...files, '--format', 'json']], [squawk, ['--reporter', 'gcc', ...files]]);
    const o = describe(ours);
    const t = describe(theirs);
    row(`lint corpus/${project} (${files.length} files)`, `pg-index-lint ${o.text}, peak ${o.peak}`, `squawk ${t.text}, peak ${t.peak}`, ratio(o.median, t.median), '');
  }
}

/**
 * A model of `tables` tables with `perTable` btree indexes each, built
 * directly: mostly distinct two-column keys, some one-column prefixes of them,
 * a few exact duplicates, some partial — as real schemas are.
 */
function syntheticModel(tables: number, perTable: number): SchemaModel {
  const model = new SchemaModel();
  let sequence = 0;
  const width = Math.max(12, Math.ceil(Math.sqrt(perTable)) + 2);
  for (let t = 0; t < tables; t++) {
    const table = newTable('public', `t${t}`, { columns: Array.from({ length: width }, (_, c) => ({ name: `c${c}`, type: 'int4', collation: null })) });
    model.addTable(table);
    for (let i = 0; i < perTable; i++) {
      const first = `c${i % width}`;
      const second = `c${Math.floor(i / width) % width}`;
      const index: Index = {
        schema: 'public',
        name: `t${t}_i${i}`,
        table: `public.t${t}`,
        method: 'btree',
        keys: (i % 10 === 9 ? [first] : [first, second]).map((column, k) => ({ kind: 'column', column, opclass: null, collation: null, descending: k === 1 && i % 5 === 0, nullsFirst: false })),
        include: [],
        columnNames: i % 10 === 9 ? [first] : [first, second],
        predicate: i % 7 === 0 ? `c${i % 11} > 0` : null,
        unique: false,
        nullsNotDistinct: false,
        constraint: null,
        valid: true,
        replicaIdentity: false,
        clustered: false,
        parentIndex: null,
        origin: { file: 'x.sql', line: 1, column: 1, endLine: 1, endColumn: 1, sequence: sequence++, changed: true },
      };
      model.addIndex(index);
    }
  }
  return model;
}

function rulesSeconds(model: SchemaModel): number {
  const started = performance.now();
  for (const rule of RULES) rule.check?.(model);
  return (performance.now() - started) / 1000;
}

function scaleScenario(): void {
  for (const [label, tables, perTable] of [
    ['10,000 tables × 10 indexes', 10_000, 10],
    ['one table × 5,000 indexes', 1, 5_000],
  ] as const) {
    const half = median([0, 1, 2].map(() => rulesSeconds(syntheticModel(tables === 1 ? 1 : tables / 2, tables === 1 ? perTable / 2 : perTable))));
    const full = median([0, 1, 2].map(() => rulesSeconds(syntheticModel(tables, perTable))));
    // Twice the indexes: about ×2 the time is linear, ×4 quadratic.
    const linear: [number, number] = [full / half, 3];
    const verdict = tables === 1 ? target('about linear (×2 indexes: ≤ ×3 the time)', linear) : target('target < 1 s, about linear (≤ ×3)', [full, 1], linear);
    row(`rules on ${label}`, `${fmt(full)} (half the indexes: ${fmt(half)})`, '', `growth ×${(full / half).toFixed(2)} for ×2 indexes`, verdict);
  }
}

/**
 * A database of the benchmark on the server of DATABASE_URL, made by `load`
 * once and kept for later runs (one marked otherwise, or half-loaded, is made
 * again); its URL and how many indexes its public schema has, or null when
 * there is no server.
 */
async function benchDatabase(database: string, marker: string, load: (client: pg.Client) => Promise<void>): Promise<{ url: URL; indexes: string; version: number } | null> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const loaded = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1 AND datallowconn AND pg_catalog.shobj_description(oid, 'pg_database') = $2", [database, marker])).rowCount;
  if (!loaded) {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await load(client);
    await client.end();
    await admin.query(`COMMENT ON DATABASE ${database} IS ${pg.escapeLiteral(marker)}`);
  }
  await admin.end();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const indexes = (
    await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'")
  ).rows[0].n;
  const version = Number((await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0].v);
  await client.end();
  return { url, indexes, version };
}

async function liveScenario(): Promise<void> {
  // About 20,000 indexes, from the generated history; rows do not matter to the catalog: the schema is loaded without them.
  const bench = await benchDatabase('pgil_bench', 'pg-index-lint bench, 20k', async (client) => {
    for (const m of generateHistory(3.5 * 1024 * 1024, 7).migrations) await client.query(m.replace(/\bCONCURRENTLY\b/g, '').replace(/^INSERT INTO[^\n]*\n/gm, ''));
  });
  if (!bench) {
    row('live audit', 'skipped: no PostgreSQL at DATABASE_URL', '', '', '');
    return;
  }
  const { url, indexes: count, version } = bench;
  /**
   * Times one query as the tool runs its own: a new connection (a backend
   * whose catalog caches are cold, as the CLI's is), a READ ONLY transaction,
   * JIT off.
   */
  const timed = async (queries: Array<[string, unknown[]]>, settings: string): Promise<{ sample: Sample; rows: Array<Record<string, unknown>> }> => {
    const started = performance.now();
    const session = new pg.Client({ connectionString: url.toString() });
    await session.connect();
    await session.query('BEGIN READ ONLY');
    await session.query(`SELECT set_config('jit', 'off', true)${settings}`);
    let rows: Array<Record<string, unknown>> = [];
    for (const [sql, parameters] of queries) rows = (await session.query(sql, parameters)).rows;
    await session.query('COMMIT');
    await session.end();
    return { sample: { seconds: (performance.now() - started) / 1000, peakMb: null }, rows };
  };
  const ours: Sample[] = [];
  const sqlAudit: Sample[] = [];
  const catalogRead: Sample[] = [];
  let sqlFindings: Array<Record<string, unknown>> = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(measure(process.execPath, [cli, 'audit', '--database-url', url.toString(), '--format', 'json']));
    const audit = await timed([[auditQuery(version), []]], '');
    sqlAudit.push(audit.sample);
    sqlFindings = audit.rows;
    // The live audit's queries (no sizes, no definitions a snapshot keeps), one after another on one session.
    const q = catalogQueries(version, { full: false });
    catalogRead.push(
      (
        await timed(
          [
            [q.header, [null]],
            [q.tables, [null]],
            [q.indexes, [null, false]],
            [q.otherRelations, [null]],
            [q.foreignKeys, [null]],
          ],
          ", set_config('search_path', '', true)",
        )
      ).sample,
    );
  }
  // The two audits should find about the same: a large difference means the comparator is not doing the same work.
  const byRule = (rules: string[]) => {
    const counts = new Map<string, number>();
    for (const rule of rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    return [...counts]
      .sort()
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
  };
  const ourFindings = (JSON.parse(ours[ours.length - 1].stdout ?? '{"findings": []}') as { findings: Array<{ rule: string }> }).findings;
  console.error(`findings: pg-index-lint ${byRule(ourFindings.map((f) => f.rule))}; the audit in SQL ${byRule(sqlFindings.map((f) => String(f.rule)))}`);
  const o = describe(ours);
  const s = describe(sqlAudit);
  const c = describe(catalogRead);
  row(
    `live audit, ${count} indexes`,
    `pg-index-lint ${o.text}, peak ${o.peak}`,
    `the audit in SQL, server alone ${s.text}`,
    `${(o.median / s.median).toFixed(2)}×`,
    `${target('target ≤ 1.5×', [o.median / s.median, 1.5])}; ${target('stretch ≤ 1×', [o.median / s.median, 1])}`,
  );
  row(
    `catalog read alone (our queries, without cursors, for information)`,
    `${c.text}`,
    '',
    `${(c.median / s.median).toFixed(2)}× the audit in SQL; the live audit is ${(o.median / c.median).toFixed(2)}× it`,
    '',
  );
}

/**
 * The live audit's memory on a database of 100,700 indexes: 10,600 tables of
 * nine or ten indexes each (plain, multi-column, partial, expression, unique,
 * INCLUDE, hash, DESC, a foreign key's), made once and kept.
 */
async function liveMemoryScenario(): Promise<void> {
  const bench = await benchDatabase('pgil_bench_100k', 'pg-index-lint bench, 100k, 10600 tables', async (client) => {
    // A transaction per hundred tables: one for all would hold more locks than the server has room for.
    for (let first = 0; first < 10_600; first += 100) {
      await client.query(`DO $$
BEGIN
  FOR t IN ${first}..${first + 99} LOOP
    EXECUTE format('CREATE TABLE m%s (id bigint PRIMARY KEY, a int, b text, c timestamptz, parent_id bigint %s)', t,
                   CASE WHEN t % 100 > 0 THEN format('REFERENCES m%s (id)', t - 1) ELSE '' END);
    EXECUTE format('CREATE INDEX m%s_a ON m%s (a)', t, t);
    EXECUTE format('CREATE INDEX m%s_ab ON m%s (a, b)', t, t);
    EXECUTE format('CREATE INDEX m%s_b_partial ON m%s (b) WHERE a > 0', t, t);
    EXECUTE format('CREATE INDEX m%s_lower_b ON m%s (lower(b))', t, t);
    EXECUTE format('CREATE UNIQUE INDEX m%s_c_id ON m%s (c, id)', t, t);
    EXECUTE format('CREATE INDEX m%s_a_inc ON m%s (a) INCLUDE (b)', t, t);
    EXECUTE format('CREATE INDEX m%s_b_hash ON m%s USING hash (b)', t, t);
    EXECUTE format('CREATE INDEX m%s_c_desc ON m%s (c DESC)', t, t);
    IF t % 2 = 0 THEN EXECUTE format('CREATE INDEX m%s_parent ON m%s (parent_id)', t, t); END IF;
  END LOOP;
END $$`);
    }
  });
  if (!bench) {
    row('live audit memory, 100,000 indexes', 'skipped: no PostgreSQL at DATABASE_URL', '', '', '');
    return;
  }
  const { url, indexes: count } = bench;
  const samples = Array.from({ length: Math.min(RUNS, 3) }, () => measure(process.execPath, [cli, 'audit', '--database-url', url.toString(), '--format', 'json']));
  const d = describe(samples);
  row(`live audit, ${count} indexes (memory)`, `pg-index-lint ${d.text}, peak ${d.peak}`, '', '', target('target ≤ 300 MB', [d.peakMb, 300]));
}

function coldStartScenario(): void {
  const file = path.join(work, 'small.sql');
  writeFileSync(file, 'CREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a ON t (a);\n');
  const samples = Array.from({ length: RUNS * 2 }, () => measure(process.execPath, [cli, 'lint', file]));
  const d = describe(samples);
  row('cold start (dist/, one small file)', `${d.text}, peak ${d.peak}`, '', '', target('target < 300 ms', [d.median, 0.3]));
}

mkdirSync(work, { recursive: true });
console.error(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${RUNS} runs each`);
// BENCH_SCENARIOS=lint,history,corpus,scale,live,memory,cold picks some; all by default.
const chosen = new Set((process.env.BENCH_SCENARIOS ?? 'lint,history,corpus,scale,live,memory,cold').split(','));
if (chosen.has('lint')) lintScenario();
if (chosen.has('history')) historyScenario();
if (chosen.has('corpus')) corpusScenario();
if (chosen.has('scale')) scaleScenario();
if (chosen.has('live')) await liveScenario();
if (chosen.has('memory')) await liveMemoryScenario();
if (chosen.has('cold')) coldStartScenario();
console.log(['| scenario | pg-index-lint | compared with | ratio | target |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));
