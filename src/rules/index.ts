/** The rules, in the order their findings are listed. */
import { duplicateIndex } from './duplicateIndex.js';
import { duplicatesConstraint } from './duplicatesConstraint.js';
import { leadingPrefix } from './leadingPrefix.js';
import { invalidIndex } from './invalidIndex.js';
import type { Rule, RuleId } from './types.js';
import { unindexedForeignKey } from './unindexedForeignKey.js';

export const RULES: readonly Rule[] = [duplicateIndex, duplicatesConstraint, leadingPrefix, unindexedForeignKey, invalidIndex];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export type { Rule, RuleHit, RuleId, Severity } from './types.js';
