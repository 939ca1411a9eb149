/**
 * leading-prefix: a btree index whose keys lead a wider btree index (docs/semantics.md, "Leading prefixes"):
 * the wider index answers every lookup the narrower one does.
 */
import type { SchemaModel } from '../model/schema.js';
import { describeIndex, dropFix, keyList, tableName } from './describe.js';
import { redundantIndexes } from './redundancy.js';
import { defineKind, type RuleHit } from './types.js';

export const leadingPrefix = defineKind({
  id: 'leading-prefix',
  description: 'A btree index whose keys are the leading keys of a wider btree index.',
  defaultSeverity: 'error',
  configurable: true,
  check(model: SchemaModel): RuleHit[] {
    return redundantIndexes(model)
      .filter((r) => r.rule === 'leading-prefix')
      .map(({ index, coveredBy }) => ({
        subject: 'index',
        table: index.table,
        index,
        related: coveredBy,
        message: `${index.name} ${keyList(index)} is a leading prefix of ${describeIndex(coveredBy[0])} on ${tableName(index.table)}, which serves the same lookups`,
        fix: dropFix(index, model),
      }));
  },
});
