/**
 * unindexed-foreign-key: PostgreSQL never indexes the referencing columns of
 * a foreign key. Without such an index every DELETE or key UPDATE on the
 * referenced table scans the referencing one (spec §6).
 */
import type { SchemaModel } from '../model/schema.js';
import { foreignKeyCanUseOpclass, defaultOpclass } from '../model/pgTypes.js';
import type { ForeignKey, Index } from '../model/types.js';
import { notNullColumns } from '../model/expressions.js';
import { createIndexFix, foreignKeyIndexNamer, ident, tableName } from './describe.js';
import type { Rule, RuleHit } from './types.js';

/** Does `index` serve the enforcement queries of `fk`? */
export function indexCoversForeignKey(model: SchemaModel, fk: ForeignKey, index: Index): boolean {
  if (!index.valid || index.table !== fk.table) return false;
  const n = fk.columns.length;
  if (index.method === 'hash') {
    if (n !== 1) return false;
  } else if (index.method !== 'btree' || index.keys.length < n) {
    return false;
  }
  const lead = index.keys.slice(0, n);
  const wanted = new Set(fk.columns);
  const seen = new Set<string>();
  for (const key of lead) {
    if (key.kind !== 'column' || !wanted.has(key.column) || seen.has(key.column)) return false;
    seen.add(key.column);
    // An explicit collation other than the column's cannot serve the equality.
    if (key.collation !== null) return false;
    const position = fk.columns.indexOf(key.column);
    const fkType = model.column(fk.table, key.column)?.type;
    const refType = model.column(fk.referencedTable, fk.referencedColumns[position])?.type;
    if (fkType && refType && fkType !== 'unknown' && refType !== 'unknown') {
      const opclass = key.opclass ?? defaultOpclass('btree', fkType, model.enums);
      if (opclass && !foreignKeyCanUseOpclass(opclass, fkType, refType)) return false;
    }
  }
  if (index.predicate !== null) {
    // Only `fk_column IS NOT NULL` conditions keep every referencing row in the index.
    const required = notNullColumns(index.predicateNode as never);
    if (required === null || !required.every((c) => wanted.has(c))) return false;
  }
  return true;
}

export function foreignKeyCovered(model: SchemaModel, fk: ForeignKey): boolean {
  return model.indexesOn(fk.table).some((index) => indexCoversForeignKey(model, fk, index));
}

export const unindexedForeignKey: Rule = {
  id: 'unindexed-foreign-key',
  description: 'A foreign key whose referencing columns no index serves.',
  defaultSeverity: 'warning',
  check(model: SchemaModel): RuleHit[] {
    const hits: RuleHit[] = [];
    const indexName = foreignKeyIndexNamer(model);
    for (const fk of model.allForeignKeys()) {
      // A partition's copy is judged on its partitioned parent.
      if (fk.parentForeignKey || foreignKeyCovered(model, fk)) continue;
      hits.push({
        rule: 'unindexed-foreign-key',
        table: fk.table,
        index: null,
        related: [],
        foreignKey: fk,
        message: `foreign key ${fk.name} on ${tableName(fk.table)} (${fk.columns.map(ident).join(', ')}) has no index: every DELETE or key UPDATE on ${tableName(fk.referencedTable)} scans ${tableName(fk.table)}`,
        fix: createIndexFix(fk, indexName(fk)),
      });
    }
    return hits;
  },
};
