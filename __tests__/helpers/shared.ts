/**
 * Test input outside the repository: ../shared (real migration histories
 * with PostgreSQL's verdicts, and another project's example) sits beside the
 * checkout on the maintainers' machines, not in a clone. The checks that read
 * it are optional: without it they are skipped, and say so loudly, since a
 * silent skip reads as a pass. `npm run test:corpus` runs them and sets
 * PGIL_REQUIRE_SHARED=1, so there a missing folder fails instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED_ROOT = path.resolve(process.cwd(), '../shared');

/** The absolute path of `relative` under ../shared, or null (with a warning) when it is not there. */
export function sharedInput(relative: string, what: string): string | null {
  const full = path.join(SHARED_ROOT, relative);
  if (existsSync(full)) return full;
  if (process.env.PGIL_REQUIRE_SHARED === '1') {
    throw new Error(`${full} is missing: npm run test:corpus needs ../shared beside the checkout (${what})`);
  }
  console.warn(
    `SKIPPED (optional input absent): ${what} — ${full} is not beside this checkout. ` + 'These checks read ../shared, which is not part of the repository; run `npm run test:corpus` where it is.',
  );
  return null;
}
