import { duplicateIndexCases } from './duplicateIndex.js';
import { duplicatesConstraintCases } from './duplicatesConstraint.js';
import { leadingPrefixCases } from './leadingPrefix.js';
import type { RuleCase } from './types.js';
import { unindexedForeignKeyCases } from './unindexedForeignKey.js';

export const ALL_RULE_CASES: RuleCase[] = [...duplicateIndexCases, ...duplicatesConstraintCases, ...leadingPrefixCases, ...unindexedForeignKeyCases];
export type { RuleCase };
