/**
 * The page of each finding kind, docs/rules/<id>.md, for `explain`. In the
 * bundle this module is replaced by one that holds the pages' text
 * (scripts/build.mjs), so that dist/cli.js needs no docs folder beside it.
 */
import { readFileSync } from 'node:fs';

/** The page's Markdown; null when there is none. `id` is a registered rule id, never a path from the user. */
export function rulePage(id: string): string | null {
  try {
    return readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
  } catch {
    return null;
  }
}
