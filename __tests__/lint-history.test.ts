/**
 * A lint parses the files not under review only as far as the schema goes:
 * statements whose first words show they cannot change it are not parsed.
 * The report must be exactly the one the full parse gives, on the examples,
 * the rule cases, the fuzzer's seeds and its mutated inputs (with their
 * syntax errors, odd quoting and psql lines), and on ../shared/corpus when it
 * is beside the checkout.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { defaultConfig } from '../src/config.js';
import { run } from '../src/engine.js';
import { generateInput } from '../fuzz/mutate.js';
import { loadSeeds } from '../fuzz/seeds.js';
import { loadParser, parseMigrationSql } from '../src/sql/parseFile.js';
import { ALL_RULE_CASES } from './cases/index.js';

const work = mkdtempSync(path.join(tmpdir(), 'pgil-history-'));
let fileNumber = 0;

function write(bytes: Buffer | string): string {
  const file = path.join(work, `${String(++fileNumber).padStart(5, '0')}.sql`);
  writeFileSync(file, bytes);
  return file;
}

// The parser thread's script ships in the bundle; dist/ is the build of these sources (CI checks it).
const parserThread = { script: new URL('../dist/parser-worker.js', import.meta.url), wait: true };

/**
 * The lint of `changed` after `history`, both ways: the reports, whole. The
 * lean way twice: with the history parsed here, and with every history file
 * parsed on the parser thread, as the CLI parses it.
 */
async function bothWays(history: string[], changed: string[]): Promise<[unknown, unknown]> {
  const options = { mode: 'lint' as const, files: [...history, ...changed], changed: new Set(changed), config: defaultConfig(), cwd: work };
  // A file refused (binary, UTF-16) is refused both ways, with the same message.
  const outcome = (p: Promise<unknown>) => p.catch((e: Error) => `refused: ${e.message}`);
  const lean = await outcome(run(options));
  const beside = await outcome(run({ ...options, parserThread }));
  const whole = await outcome(run({ ...options, parseWholeHistory: true }));
  expect(beside).toEqual(lean);
  return [lean, whole];
}

const CHANGED = 'CREATE INDEX changed_probe ON probe_table (a);\nCREATE TABLE probe_child (p int REFERENCES probe_table (a));\n';

/** Statements the replay does not read: data, comments, grants, a trigger. */
const NON_SCHEMA =
  "\n;\nINSERT INTO t VALUES (1);\nCOMMENT ON TABLE t IS 'x';\nGRANT SELECT ON t TO PUBLIC;\nUPDATE t SET a = 2;\nCREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\n";

describe('a lint whose history is parsed only for the schema reports what the full parse reports', () => {
  test('examples/migrations, each file under review in turn', async () => {
    const dir = path.resolve('examples/migrations');
    const files = readdirSync(dir)
      .sort()
      .map((f) => path.join(dir, f));
    for (let n = 0; n < files.length; n++) {
      const [lean, whole] = await bothWays(files.slice(0, n), files.slice(n, n + 1));
      expect(lean).toEqual(whole);
    }
  });

  test('the rule cases: the base as history, the case under review; and the case as history', async () => {
    for (const c of ALL_RULE_CASES) {
      const history = (c.base ?? []).map(write);
      const [lean, whole] = await bothWays(history, c.sql.map(write));
      expect(lean).toEqual(whole);
      const [asHistoryLean, asHistoryWhole] = await bothWays([...history, ...c.sql.map(write)], [write(CHANGED)]);
      expect(asHistoryLean).toEqual(asHistoryWhole);
    }
  });

  test("psql's AUTOCOMMIT off: a statement left out of the parse would have opened psql's block", async () => {
    // The INSERT opens the block psql sends BEGIN for, inside which CONCURRENTLY is refused; without it the index is made.
    const history = write(
      'CREATE TABLE probe_table (a int PRIMARY KEY, b int);\n\\set AUTOCOMMIT off\nINSERT INTO probe_table VALUES (1, 1);\nCREATE INDEX CONCURRENTLY probe_b ON probe_table (b);\nCOMMIT;\n',
    );
    const [lean, whole] = await bothWays([history], [write('CREATE INDEX changed_b ON probe_table (b);\n')]);
    expect(lean).toEqual(whole);
    expect((whole as { findings: unknown[] }).findings).toEqual([]);
  });

  test("the fuzzer's seeds and 300 of its inputs, each as history", async () => {
    const seeds = loadSeeds(process.cwd());
    const generated = [...seeds.map((s) => s.bytes), ...Array.from({ length: 300 }, (_, i) => generateInput(seeds, 20261201, i, { hugeEvery: 0 }).bytes)];
    // Each input also with statements that cannot change the schema after it, so that the lean
    // parse has something to leave out whatever the seeds hold (../shared's histories have plenty;
    // the repository's own seeds are mostly DDL).
    const inputs = [...generated, ...generated.map((bytes) => Buffer.concat([bytes, Buffer.from(NON_SCHEMA)]))];
    let skippedSomewhere = 0;
    await loadParser();
    for (const bytes of inputs) {
      const history = write(bytes);
      const [lean, whole] = await bothWays([history], [write(CHANGED)]);
      expect(lean).toEqual(whole);
      skippedSomewhere += parseMigrationSql(bytes.toString('utf8'), undefined, { onlyKinds: new Set(['CreateStmt', 'IndexStmt']) }).leftOut ? 1 : 0;
    }
    // The comparison is not empty: many inputs had statements left unparsed.
    expect(skippedSomewhere).toBeGreaterThan(50);
  }, 300000);
});
