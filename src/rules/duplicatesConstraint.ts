/**
 * duplicates-constraint: an index with the same keys as the index behind a
 * PRIMARY KEY or UNIQUE constraint, or as a unique index (docs/semantics.md, "Duplicating a constraint's index"). A unique
 * index is only ever redundant to another unique index that is as strict.
 */
import type { SchemaModel } from '../model/schema.js';
import { describeIndex, dropFix, tableName } from './describe.js';
import { redundantIndexes } from './redundancy.js';
import { defineKind, type RuleHit } from './types.js';

export const duplicatesConstraint = defineKind({
  id: 'duplicates-constraint',
  description: 'An index with the same keys as the index behind a PRIMARY KEY or UNIQUE constraint, or a unique index.',
  defaultSeverity: 'error',
  configurable: true,
  check(model: SchemaModel): RuleHit[] {
    return redundantIndexes(model)
      .filter((r) => r.rule === 'duplicates-constraint')
      .map(({ index, coveredBy }) => {
        const kept = coveredBy[0];
        const referenced = index.constraint ? ' (move any foreign key that references it first)' : '';
        return {
          subject: 'index',
          table: index.table,
          index,
          related: coveredBy,
          message: `${index.constraint ? `${index.name} (a ${index.constraint.kind === 'primary' ? 'PRIMARY KEY' : 'UNIQUE constraint'})` : index.name} duplicates ${describeIndex(kept)} on ${tableName(index.table)}${referenced}`,
          fix: dropFix(index, model),
        };
      });
  },
});
