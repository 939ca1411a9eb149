/**
 * unindexed-foreign-key: PostgreSQL never indexes the referencing columns of
 * a foreign key. Without such an index every DELETE or key UPDATE on the
 * referenced table scans the referencing one (docs/semantics.md, "When a foreign key is served").
 */
import type { SchemaModel } from '../model/schema.js';
import { foreignKeyCanUseOpclass, foreignKeyCastType, defaultOpclass } from '../model/pgTypes.js';
import type { ForeignKey, Index, IndexKey } from '../model/types.js';
import { notNullColumns } from '../model/expressions.js';
import { predicateTreeOf } from '../model/trees.js';
import { createIndexFix, foreignKeyIndexNamer, ident, tableName } from './describe.js';
import { defineKind, type RuleHit } from './types.js';

/** The type the checks of `fk` cast its column at `position` to, or null when they compare it as it is (see foreignKeyCastType). */
function castType(model: SchemaModel, fk: ForeignKey, position: number): string | null {
  const fkType = model.column(fk.table, fk.columns[position])?.type;
  const refType = model.column(fk.referencedTable, fk.referencedColumns[position])?.type;
  return fkType && refType ? foreignKeyCastType(fkType, refType) : null;
}

/**
 * The column of `fk` whose cast an expression key is, when it is the very
 * cast the checks compare (`(column::numeric)` for an integer column
 * referencing a numeric key, no type modifier): PostgreSQL matches such a
 * key to the check's expression, and uses the index.
 */
function castKeyColumn(model: SchemaModel, fk: ForeignKey, key: IndexKey): string | null {
  if (key.kind !== 'expression' || !key.cast) return null;
  const position = fk.columns.indexOf(key.cast.column);
  return position >= 0 && key.cast.type === castType(model, fk, position) ? key.cast.column : null;
}

/**
 * How many of `fk`'s columns `index` can look up by equality from its first
 * key on: every referencing row must be in the index (no predicate but
 * `IS NOT NULL` of its columns), and each leading key a plain column of the
 * foreign key, in any order, whose collation and operator class serve the
 * foreign key's equality, or, for a column the checks cast, that cast.
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
    const column = key.kind === 'column' ? key.column : castKeyColumn(model, fk, key);
    if (column === null || !fk.columns.includes(column) || served.includes(column)) break;
    // An explicit collation other than the column's cannot serve the equality.
    if (key.collation !== null) break;
    const position = fk.columns.indexOf(column);
    if (key.kind === 'expression') {
      // The cast's value is of the referenced key's type, and compared by its equality.
      const type = castType(model, fk, position)!;
      if (key.opclass && !foreignKeyCanUseOpclass(key.opclass, type, type)) break;
    } else {
      const fkType = model.column(fk.table, column)?.type;
      const refType = model.column(fk.referencedTable, fk.referencedColumns[position])?.type;
      if (fkType && refType && fkType !== 'unknown' && refType !== 'unknown') {
        const opclass = key.opclass ?? defaultOpclass('btree', fkType, model.enums);
        if (opclass && !foreignKeyCanUseOpclass(opclass, fkType, refType)) break;
      }
    }
    served.push(column);
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
      const casts = fk.columns.map((_, i) => castType(model, fk, i));
      // A column the checks cast is indexed as that cast.
      const keys = fk.columns.map((c, i) => (casts[i] ? `(${ident(c)}::${casts[i]})` : ident(c)));
      hits.push({
        subject: 'foreign-key',
        table: fk.table,
        foreignKey: fk,
        message: unindexedMessage(model, fk) + castNote(fk, casts) + (partitioned ? PARTITIONED_FIX_NOTE : ''),
        fix: createIndexFix(fk, indexName(fk, keys), partitioned, keys),
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

/** Why an index on a column the checks cast cannot serve them, and what can: an index on the cast, which the fix creates. */
function castNote(fk: ForeignKey, casts: Array<string | null>): string {
  const cast = fk.columns.flatMap((column, i) => (casts[i] ? [{ column: ident(column), type: casts[i] }] : []));
  if (!cast.length) return '';
  const compared = cast.map((c) => `${c.column} as ${c.type}`).join(' and ');
  const expressions = cast.map((c) => `(${c.column}::${c.type})`).join(', ');
  return `; PostgreSQL compares ${compared}, the type of the referenced key, so an index on the column itself cannot serve the check: an index on ${expressions} can`;
}

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
