/**
 * `npm run fuzz`: generates seeded inputs, runs each through the CLI in worker
 * processes (the CLI in process, and every so often the bundled dist/cli.js
 * as a whole process), kills a worker that takes too long, and shrinks every
 * failure to a small reproducer.
 *
 *   npm run fuzz -- [--inputs N] [--seed S] [--workers W] [--timeout MS]
 *                   [--cli-every K] [--huge-every H] [--only I] [--no-shrink]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInput, HUGE_STEP, type FuzzInput } from './mutate.js';
import { RUNS_PER_INPUT, exerciseBundledCli, exerciseInProcess, type Failure } from './oracle.js';
import { loadSeeds } from './seeds.js';
import { shrink } from './shrink.js';

/** .fuzz/run.mjs, bundled from this file: the repository is its folder's parent. */
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundledCli = path.join(root, 'dist/cli.js');

interface Job {
  bytes: Buffer;
  /** Also through dist/cli.js as a whole process. */
  bundled: boolean;
  /** The longest one run of the CLI may take. */
  timeoutMs: number;
}

interface JobResult {
  failure: Failure | null;
}

// ---- worker: runs the oracle on what the driver sends ----------------------

function serveAsWorker(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgil-fuzz-'));
  process.on('message', (job: Job) => {
    void (async () => {
      let failure = await exerciseInProcess(job.bytes, dir);
      if (!failure && job.bundled) failure = exerciseBundledCli(job.bytes, dir, bundledCli, job.timeoutMs);
      process.send!({ failure } satisfies JobResult);
    })();
  });
}

// ---- driver ------------------------------------------------------------------

interface Options {
  inputs: number;
  seed: number;
  workers: number;
  timeoutMs: number;
  cliEvery: number;
  hugeEvery: number;
  only: number | null;
  shrink: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { inputs: 1000, seed: 1, workers: Math.min(2, os.availableParallelism()), timeoutMs: 10_000, cliEvery: 200, hugeEvery: 400, only: null, shrink: true };
  const numeric: Record<string, keyof Options> = {
    '--inputs': 'inputs',
    '--seed': 'seed',
    '--workers': 'workers',
    '--timeout': 'timeoutMs',
    '--cli-every': 'cliEvery',
    '--huge-every': 'hugeEvery',
    '--only': 'only',
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-shrink') {
      options.shrink = false;
      continue;
    }
    const key = numeric[argv[i]];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isInteger(value) || value < 0)
      throw new Error(`usage: run.mjs [--inputs N] [--seed S] [--workers W] [--timeout MS] [--cli-every K] [--huge-every H] [--only I] [--no-shrink] (at ${argv[i]})`);
    (options[key] as number) = value;
    i++;
  }
  return options;
}

/** A worker process; one that hangs or dies is replaced, and its input is the failure. */
class WorkerProcess {
  private child!: ChildProcess;
  private stderrTail = '';

  constructor() {
    this.start();
  }

  private start(): void {
    this.stderrTail = '';
    this.child = fork(fileURLToPath(import.meta.url), ['--worker'], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderrTail = (this.stderrTail + d.toString()).slice(-2000)));
  }

  run(job: Job): Promise<Failure | null> {
    // The timeout bounds each run of the CLI: each of an input's runs in process, then again through dist/cli.js.
    const deadline = job.timeoutMs * RUNS_PER_INPUT * (job.bundled ? 2 : 1);
    return new Promise((resolve) => {
      const child = this.child;
      const finish = (failure: Failure | null) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(failure);
      };
      const onMessage = (result: JobResult) => finish(result.failure);
      const onExit = (code: number | null, signal: string | null) => {
        this.start();
        finish({ kind: 'crash', detail: `worker exited (${signal ?? `code ${code}`}): ${this.stderrTail}`, command: 'the worker' });
      };
      const timer = setTimeout(() => {
        child.off('exit', onExit);
        child.kill('SIGKILL');
        this.start();
        finish({ kind: 'hang', detail: `no result after ${deadline} ms`, command: 'the worker' });
      }, deadline);
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(job);
    });
  }

  stop(): void {
    this.child.kill();
  }
}

interface Found {
  index: number;
  input: FuzzInput;
  /** Whether the job that failed also ran dist/cli.js: shrinking runs the same job. */
  viaCli: boolean;
  failure: Failure;
}

async function fuzz(options: Options): Promise<number> {
  const seeds = loadSeeds(root);
  const bundled = existsSync(bundledCli);
  if (!bundled) console.log(`fuzz: ${bundledCli} is missing (npm run build): inputs run in process only`);
  const indexes = options.only !== null ? [options.only] : Array.from({ length: options.inputs }, (_, i) => i);
  const workers = Array.from({ length: Math.max(1, options.workers) }, () => new WorkerProcess());
  const found: Found[] = [];
  const started = Date.now();
  let next = 0;
  let done = 0;
  let throughCli = 0;
  let huge = 0;
  console.log(`fuzz: seed ${options.seed}, ${indexes.length} inputs from ${seeds.length} seeds, ${workers.length} workers`);

  await Promise.all(
    workers.map(async (worker) => {
      while (next < indexes.length) {
        const index = indexes[next++];
        const input = generateInput(seeds, options.seed, index, { hugeEvery: options.hugeEvery });
        const viaCli = bundled && (options.only !== null || (options.cliEvery > 0 && index % options.cliEvery === 0));
        if (viaCli) throughCli++;
        if (input.recipe.includes(HUGE_STEP)) huge++;
        const failure = await worker.run({ bytes: input.bytes, bundled: viaCli, timeoutMs: options.timeoutMs });
        if (failure) {
          found.push({ index, input, viaCli, failure });
          console.log(`FAIL input ${index} (${input.recipe}, ${input.bytes.length} bytes): ${failure.kind} in ${failure.command}: ${failure.detail.split('\n')[0]}`);
        }
        if (++done % 1000 === 0) console.log(`fuzz: ${done} inputs, ${((Date.now() - started) / 1000).toFixed(1)} s, ${found.length} failures`);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;

  if (options.shrink) {
    // One reproducer for each kind of failure in each command is enough to start from.
    const firsts = new Map<string, Found>();
    for (const f of found) if (!firsts.has(`${f.failure.kind} ${f.failure.command}`)) firsts.set(`${f.failure.kind} ${f.failure.command}`, f);
    const out = path.join(root, '.fuzz/failures');
    mkdirSync(out, { recursive: true });
    for (const f of firsts.values()) {
      const small = await shrink(f.input.bytes, async (bytes) => (await workers[0].run({ bytes, bundled: f.viaCli, timeoutMs: options.timeoutMs }))?.kind === f.failure.kind, {
        attempts: 400,
        deadline: Date.now() + 5 * 60_000,
      });
      const file = path.join(out, `seed-${options.seed}-input-${f.index}.sql`);
      writeFileSync(file, small);
      console.log(`shrunk input ${f.index} (${f.failure.kind}) from ${f.input.bytes.length} to ${small.length} bytes: ${path.relative(root, file)}`);
      console.log(`  as a latin1 string: ${JSON.stringify(small.toString('latin1')).slice(0, 2000)}`);
    }
  }
  for (const w of workers) w.stop();
  console.log(
    `fuzz: seed ${options.seed}: ${indexes.length} inputs (${huge} with a multi-megabyte statement, ${throughCli} also through dist/cli.js) in ${seconds.toFixed(1)} s, ${found.length} failures`,
  );
  return found.length ? 1 : 0;
}

if (process.argv.includes('--worker')) serveAsWorker();
else process.exitCode = await fuzz(parseOptions(process.argv.slice(2)));
