/**
 * invalid-index: an index PostgreSQL marked invalid — left by a failed
 * CREATE INDEX CONCURRENTLY, or an index on a partitioned table whose
 * partitions' indexes were never all attached. Every write still maintains it
 * and no query uses it (docs/semantics.md, "Scope").
 */
import type { SchemaModel } from '../model/schema.js';
import { tableKey } from '../model/types.js';
import { describeIndex, dropFix, qualifiedName, tableName } from './describe.js';
import { defineKind, type RuleHit } from './types.js';

export const invalidIndex = defineKind({
  id: 'invalid-index',
  description: 'An index PostgreSQL marked invalid: maintained on every write, used by no query.',
  defaultSeverity: 'error',
  configurable: true,
  check(model: SchemaModel): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const index of model.allIndexes()) {
      if (index.valid || index.parentIndex) continue;
      const partitioned = model.tables.get(index.table)?.partitioned ?? false;
      hits.push({
        subject: 'index',
        table: index.table,
        index,
        related: [],
        message: partitioned
          ? `${describeIndex(index)} on ${tableName(index.table)} is invalid: not every partition has an index attached to it (ALTER INDEX ... ATTACH PARTITION)`
          : `${describeIndex(index)} on ${tableName(index.table)} is invalid (a failed CREATE INDEX CONCURRENTLY?): writes maintain it, no query uses it; drop it and build it again`,
        fix: index.constraint ? `REINDEX INDEX CONCURRENTLY ${qualifiedName(tableKey(index.schema, index.name))};` : dropFix(index, model),
      });
    }
    return hits;
  },
});
