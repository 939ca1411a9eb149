/**
 * The differential harness over the project's own SQL: every rule case and the
 * example history run into a fresh database on the server of DATABASE_URL,
 * and the static replay's model and findings must equal the catalog's. Then
 * the fix round trip: the fix file `audit --fix-file` writes, applied to that
 * database, leaves no SQL error and no finding of the rules it fixes.
 * (`npm run differential -- --pg-regress ...` runs the same harness over
 * PostgreSQL's regression tests; it reads ../shared, so it is not part of CI.)
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { psqlAvailable, singleDatabaseTarget, type ApplyOptions, type Target } from '../differential/database.js';
import { runSet, type FileSet, type SetResult } from '../differential/harness.js';
import { formatSet } from '../differential/report.js';
import { ALL_RULE_CASES } from './cases/index.js';
import { openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

let db: TestDatabase;
let target: Target;
let apply: ApplyOptions;
const dir = mkdtempSync(path.join(tmpdir(), 'pgil-differential-'));

beforeAll(async () => {
  // One database of the test's own, every schema dropped between sets: a database per set
  // (CREATE and DROP DATABASE, each with a checkpoint) would make this the slowest test by far.
  db = await openTestDatabase('differential');
  target = await singleDatabaseTarget(db.url, null);
  // As PostgreSQL's schedule runs a file: psql, when it is here and the server is a real one.
  apply = { env: {}, timeoutSeconds: 60, usePsql: !process.env.PGIL_EMBEDDED_POSTGRES && psqlAvailable() };
});

afterAll(async () => {
  await target?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeSet(name: string, texts: string[]): FileSet {
  const folder = mkdtempSync(path.join(dir, 'set-'));
  const files = texts.map((text, i) => {
    const file = path.join(folder, `${String(i + 1).padStart(4, '0')}.sql`);
    writeFileSync(file, text);
    return file;
  });
  return { name, files };
}

/** The set's differences and round-trip failures, in the harness's own words: empty when it agrees. */
function problems(result: SetResult): string[] {
  const out: string[] = [];
  if (result.failure) out.push(`could not compare: ${result.failure}`);
  for (const d of result.differences) if (!d.serverOnly) out.push(`[${d.kind}] ${d.object}: static ${d.static ?? '-'}, live ${d.live ?? '-'}, at ${d.at ?? '-'}`);
  for (const e of result.roundTrip?.errors ?? []) out.push(`fix statement refused: ${e}`);
  for (const f of result.roundTrip?.remaining ?? []) out.push(`still reported after the fix: ${f}`);
  return out;
}

/**
 * Problems the harness finds today, outside what this test may change. Each is
 * asserted as it stands, so that the fix makes this test fail until its entry is removed.
 */
const KNOWN: Record<string, RegExp[]> = {};

async function check(set: FileSet, roundTrip: boolean): Promise<SetResult> {
  const result = await runSet(set, { target, apply, setup: null, serverOnly: [], roundTrip, cwd: dir });
  const found = problems(result);
  const known = KNOWN[set.name] ?? [];
  const unexpected = found.filter((p) => !known.some((k) => k.test(p)));
  const gone = known.filter((k) => !found.some((p) => k.test(p))).map(String);
  expect({ set: set.name, unexpected, gone }).toEqual({ set: set.name, unexpected: [], gone: [] });
  return result;
}

describe('rule cases', () => {
  // Each case on a server that accepts its SQL (the newer majors' syntax runs in the agreement tests on theirs).
  const major = Number(process.env.PGIL_DATABASE_MAJOR);
  const cases = ALL_RULE_CASES.filter((c) => (c.minMajor ?? 0) <= major);
  test.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (name, c) => {
    // A temporary table ends with the session that made it: the fix file cannot reach it.
    const temporary = [...(c.base ?? []), ...c.sql].some((s) => /\btemp(orary)?\s+table\b/i.test(s));
    await check(writeSet(name, [...(c.base ?? []), ...c.sql]), !temporary);
  });
});

describe('examples', () => {
  test('examples/migrations', async () => {
    const folder = path.resolve('examples/migrations');
    const result = await check(
      {
        name: 'examples/migrations',
        files: readdirSync(folder)
          .sort()
          .map((f) => path.join(folder, f)),
      },
      true,
    );
    // The example has findings to fix: a round trip that fixed nothing would prove nothing.
    expect(result.roundTrip?.fixes).toBeGreaterThan(0);
    expect(formatSet(result)).toMatch(/^agree/);
  });
});
