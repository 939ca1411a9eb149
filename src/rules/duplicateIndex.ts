/**
 * duplicate-index: an index identical to another one (docs/semantics.md, "Duplicates") — same
 * method, keys, operator classes, collations, orderings (or all of them
 * reversed, for btree), INCLUDE set, predicate and uniqueness.
 */
import type { SchemaModel } from '../model/schema.js';
import { describeIndex, dropFix, tableName } from './describe.js';
import { redundantIndexes } from './redundancy.js';
import { defineKind, type RuleHit } from './types.js';

export const duplicateIndex = defineKind({
  id: 'duplicate-index',
  description: 'An index identical to another index on the same table.',
  defaultSeverity: 'error',
  configurable: true,
  check(model: SchemaModel): RuleHit[] {
    return redundantIndexes(model)
      .filter((r) => r.rule === 'duplicate-index')
      .map(({ index, coveredBy }) => ({
        subject: 'index',
        table: index.table,
        index,
        related: coveredBy,
        message: `${index.name} duplicates ${describeIndex(coveredBy[0])} on ${tableName(index.table)}: the same keys, in the same order, for the same rows`,
        fix: dropFix(index, model),
      }));
  },
});
