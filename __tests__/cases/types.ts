import type { RuleId } from '../../src/rules/index.js';

/**
 * One case of a rule: SQL in, the rule's findings out. A finding is written
 * `rule index < related, ...` or `rule fk_name (columns)`, with `@line` when
 * the line matters. `base` files are applied first and, in a lint, are not
 * under review.
 */
export interface RuleCase {
  name: string;
  rule: RuleId;
  base?: string[];
  sql: string[];
  mode?: 'audit' | 'lint';
  expect: string[];
  /** The findings' message and fix, exactly, in the order of `expect`. */
  texts?: Array<{ message: string; fix: string }>;
  /** The oldest PostgreSQL major that accepts the SQL, where it is newer than every supported one. */
  minMajor?: number;
}
