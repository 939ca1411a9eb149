/**
 * Every rule of the registry, through its cases (__tests__/cases): SQL in,
 * its findings out, with the exact message and fix of some. A rule without
 * cases, or whose cases never check its words, fails here.
 */
import { describe, expect, test } from '@jest/globals';
import { ALL_RULE_CASES } from './cases/index.js';
import { runRuleCases } from './helpers/ruleCases.js';
import { RULES } from '../src/rules/index.js';

for (const rule of RULES.filter((r) => r.check !== null)) {
  const cases = ALL_RULE_CASES.filter((c) => c.rule === rule.id);
  describe(rule.id, () => {
    test('has cases that fire, near-misses that stay quiet, and exact messages and fixes', () => {
      expect(cases.filter((c) => c.expect.length > 0).length).toBeGreaterThan(0);
      expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThan(0);
      expect(cases.filter((c) => c.texts).length).toBeGreaterThan(0);
    });
    runRuleCases(cases);
  });
}

test('every case names a rule of the registry that has a check', () => {
  const checked = new Set<string>(RULES.filter((r) => r.check !== null).map((r) => r.id));
  expect(ALL_RULE_CASES.filter((c) => !checked.has(c.rule)).map((c) => c.name)).toEqual([]);
});
