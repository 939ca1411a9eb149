/**
 * The registry: every kind of finding the tool reports, in the order their
 * findings are listed. It is the only list: the RuleId type, the help text,
 * `pg-index-lint rules`, the SARIF rule descriptors, the configuration's
 * rule names and the docs index are all read from it.
 */
import { duplicateIndex } from './duplicateIndex.js';
import { duplicatesConstraint } from './duplicatesConstraint.js';
import { indexNameConflict, syntaxError, unknownTable, unusedSuppression } from './engineFindings.js';
import { invalidIndex } from './invalidIndex.js';
import { leadingPrefix } from './leadingPrefix.js';
import type { FindingKind } from './types.js';
import { unindexedForeignKey } from './unindexedForeignKey.js';

export const RULES = [
  duplicateIndex,
  duplicatesConstraint,
  leadingPrefix,
  unindexedForeignKey,
  invalidIndex,
  syntaxError,
  indexNameConflict,
  unknownTable,
  unusedSuppression,
] as const satisfies readonly FindingKind[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export function findRule(id: string): (typeof RULES)[number] | undefined {
  return RULES.find((r) => r.id === id);
}

export type { FindingKind, ForeignKeyHit, IndexHit, RuleHit, Severity } from './types.js';
