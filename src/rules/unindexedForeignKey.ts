/**
 * unindexed-foreign-key: PostgreSQL never indexes the referencing columns of
 * a foreign key. Without such an index every DELETE or key UPDATE on the
 * referenced table scans the referencing one (docs/semantics.md, "When a foreign key is served").
 */
import type { SchemaModel } from '../model/schema.js';
import { foreignKeyCanUseOpclass, defaultOpclass } from '../model/pgTypes.js';
import type { ForeignKey, Index } from '../model/types.js';
import { notNullColumns } from '../model/expressions.js';
import { predicateTreeOf } from '../model/trees.js';
import { createIndexFix, foreignKeyIndexNamer, ident, tableName } from './describe.js';
import { defineKind, type RuleHit } from './types.js';

/**
 * How many of `fk`'s columns `index` can look up by equality from its first
 * key on: every referencing row must be in the index (no predicate but
 * `IS NOT NULL` of its columns), and each leading key a plain column of the
 * foreign key, in any order, whose collation and operator class serve the
 * foreign key's equality.
 */
function servedColumns(model: SchemaModel, fk: ForeignKey, index: Index): string[] {
  if (!index.valid || index.table !== fk.table) return [];
  const n = fk.columns.length;
  if (index.method === 'hash') {
    if (n !== 1) return [];
  } else if (index.method !== 'btree') {
    return [];
  }
  const served: string[] = [];
  for (const key of index.keys.slice(0, n)) {
    if (key.kind !== 'column' || !fk.columns.includes(key.column) || served.includes(key.column)) break;
    // An explicit collation other than the column's cannot serve the equality.
    if (key.collation !== null) break;
    const position = fk.columns.indexOf(key.column);
    const fkType = model.column(fk.table, key.column)?.type;
    const refType = model.column(fk.referencedTable, fk.referencedColumns[position])?.type;
    if (fkType && refType && fkType !== 'unknown' && refType !== 'unknown') {
      const opclass = key.opclass ?? defaultOpclass('btree', fkType, model.enums);
      if (opclass && !foreignKeyCanUseOpclass(opclass, fkType, refType)) break;
    }
    served.push(key.column);
  }
  // Read last, as it is the dearest to read (the predicate's tree is kept as text).
  if (served.length > 0 && index.predicate !== null) {
    // Only `fk_column IS NOT NULL` conditions keep every referencing row in the index.
    const required = notNullColumns(predicateTreeOf(index));
    if (required === null || !required.every((c) => fk.columns.includes(c))) return [];
  }
  return served;
}

/** Does `index` serve the enforcement queries of `fk`? */
export function indexCoversForeignKey(model: SchemaModel, fk: ForeignKey, index: Index): boolean {
  return servedColumns(model, fk, index).length === fk.columns.length;
}

export function foreignKeyCovered(model: SchemaModel, fk: ForeignKey): boolean {
  return model.indexesOn(fk.table).some((index) => indexCoversForeignKey(model, fk, index));
}

export const unindexedForeignKey = defineKind({
  id: 'unindexed-foreign-key',
  description: 'A foreign key whose referencing columns no index serves.',
  defaultSeverity: 'warning',
  configurable: true,
  check(model: SchemaModel): RuleHit[] {
    const hits: RuleHit[] = [];
    const indexName = foreignKeyIndexNamer(model);
    for (const fk of model.allForeignKeys()) {
      // A partition's copy is judged on its partitioned parent.
      if (fk.parentForeignKey || foreignKeyCovered(model, fk)) continue;
      const partitioned = model.tables.get(fk.table)?.partitioned ?? false;
      hits.push({
        subject: 'foreign-key',
        table: fk.table,
        foreignKey: fk,
        message: unindexedMessage(model, fk) + (partitioned ? PARTITIONED_FIX_NOTE : ''),
        fix: createIndexFix(fk, indexName(fk), partitioned),
      });
    }
    return hits;
  },
});

/**
 * Why the fix of a partitioned table's foreign key is not CONCURRENTLY:
 * PostgreSQL refuses that on a partitioned table.
 */
const PARTITIONED_FIX_NOTE =
  "; the table is partitioned, where PostgreSQL cannot build an index CONCURRENTLY: the fix builds it on the parent, which blocks writes to every partition while it runs (to avoid that, create it ON ONLY the parent, build each partition's index CONCURRENTLY and ATTACH it)";

/**
 * What is missing. Where an index leads with some of the columns, the lookup
 * is narrowed by it, not a scan of the table: say which index and what is
 * left to filter.
 */
function unindexedMessage(model: SchemaModel, fk: ForeignKey): string {
  const head = `foreign key ${fk.name} on ${tableName(fk.table)} (${fk.columns.map(ident).join(', ')})`;
  let best: { index: Index; served: string[] } | null = null;
  for (const index of model.indexesOn(fk.table)) {
    const served = servedColumns(model, fk, index);
    if (served.length && (!best || served.length > best.served.length)) best = { index, served };
  }
  if (!best) return `${head} has no index: every DELETE or key UPDATE on ${tableName(fk.referencedTable)} scans ${tableName(fk.table)}`;
  const rest = fk.columns.filter((c) => !best.served.includes(c));
  return (
    `${head} has no index that leads with all its columns: ${best.index.name} narrows each DELETE or key UPDATE on ${tableName(fk.referencedTable)} ` +
    `to the rows of ${tableName(fk.table)} with the same ${best.served.map(ident).join(', ')}, which are then filtered on ${rest.map(ident).join(', ')}`
  );
}
