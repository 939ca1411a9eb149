/**
 * What the fuzzer mutates: the example migrations, the SQL of the rule cases,
 * and the real histories of ../shared/corpus when that folder is beside the
 * checkout (it is read in place, never copied). The short run in the tests
 * leaves the corpus out, so that its inputs are the same in every checkout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ALL_RULE_CASES } from '../__tests__/cases/index.js';
import type { Seed } from './mutate.js';

function sqlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sqlFilesUnder(full);
      return name.endsWith('.sql') ? [full] : [];
    });
}

export function corpusDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/corpus');
}

export function loadSeeds(repoRoot: string, { corpus = true }: { corpus?: boolean } = {}): Seed[] {
  const files = [...sqlFilesUnder(path.join(repoRoot, 'examples')), ...(corpus ? sqlFilesUnder(corpusDir(repoRoot)) : [])];
  const seeds = files.map((f) => ({ name: path.relative(repoRoot, f), bytes: readFileSync(f) }));
  for (const c of ALL_RULE_CASES) {
    seeds.push({ name: `rule case "${c.name}"`, bytes: Buffer.from([...(c.base ?? []), ...c.sql].join('\n'), 'utf8') });
  }
  return seeds;
}
