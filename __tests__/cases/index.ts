import { duplicateIndexCases } from './duplicateIndex.js';
import { duplicatesConstraintCases } from './duplicatesConstraint.js';
import { invalidIndexCases } from './invalidIndex.js';
import { leadingPrefixCases } from './leadingPrefix.js';
import type { RuleCase } from './types.js';
import { unindexedForeignKeyCases } from './unindexedForeignKey.js';

export const ALL_RULE_CASES: RuleCase[] = [...duplicateIndexCases, ...duplicatesConstraintCases, ...leadingPrefixCases, ...unindexedForeignKeyCases, ...invalidIndexCases];
export type { RuleCase };
