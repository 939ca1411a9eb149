/**
 * Which indexes are redundant, and because of which others. The three
 * redundancy rules read their own share of this one analysis.
 */
import type { SchemaModel } from '../model/schema.js';
import type { Index } from '../model/types.js';
import { coverage, keepFacts, keptOver, reportable, type RedundancyKind } from './indexComparison.js';

export interface Redundancy {
  index: Index;
  rule: RedundancyKind;
  /** Indexes that make it redundant, the ones of `rule` first. */
  coveredBy: Index[];
}

const RULE_PRIORITY: RedundancyKind[] = ['duplicates-constraint', 'duplicate-index', 'leading-prefix'];

// Rules run on a finished model; the analysis is shared by the three of them.
const cache = new WeakMap<SchemaModel, Redundancy[]>();

export function redundantIndexes(model: SchemaModel): Redundancy[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const facts = keepFacts(model);
  const result: Redundancy[] = [];
  const byTable = new Map<string, Index[]>();
  for (const index of model.allIndexes()) {
    let list = byTable.get(index.table);
    if (!list) byTable.set(index.table, (list = []));
    list.push(index);
  }
  for (const indexes of byTable.values()) {
    // Only indexes whose first keys are equal can cover each other.
    const buckets = new Map<string, Index[]>();
    for (const index of indexes) {
      const first = index.keys[0];
      if (!first) continue;
      const signature = `${index.method}\u0000${JSON.stringify(first.kind === 'column' ? first.column : first.expression)}`;
      let bucket = buckets.get(signature);
      if (!bucket) buckets.set(signature, (bucket = []));
      bucket.push(index);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (const r of bucket) {
        if (!reportable(r)) continue;
        const found: Array<{ by: Index; rule: RedundancyKind }> = [];
        for (const k of bucket) {
          const rule = coverage(r, k);
          if (!rule) continue;
          if (coverage(k, r) && !keptOver(k, r, facts)) continue;
          found.push({ by: k, rule });
        }
        if (found.length === 0) continue;
        found.sort((a, b) => RULE_PRIORITY.indexOf(a.rule) - RULE_PRIORITY.indexOf(b.rule) || a.by.name.localeCompare(b.by.name));
        result.push({ index: r, rule: found[0].rule, coveredBy: found.map((f) => f.by) });
      }
    }
  }
  cache.set(model, result);
  return result;
}
