/** Words and SQL for findings: how an index, a table or a fix is written. */
import { QuoteUtils } from 'pgsql-deparser';
import type { SchemaModel } from '../model/schema.js';
import { splitQualifiedName, tableKey, type ForeignKey, type Index } from '../model/types.js';

export function ident(name: string): string {
  return QuoteUtils.quoteIdentifier(name);
}

/** A table's key as SQL: keys are already schema-qualified names quoted where PostgreSQL needs it. */
export function qualifiedName(key: string): string {
  return key;
}

/** The table part of a key, for sentences. */
export function tableName(key: string): string {
  return splitQualifiedName(key)?.[1] ?? key;
}

export function keyList(index: Index): string {
  const parts = index.keys.map((k) => {
    let text = k.kind === 'column' ? ident(k.column) : `(${k.expression})`;
    if (k.collation) text += ` COLLATE ${ident(k.collation)}`;
    if (k.opclass) text += ` ${k.opclass}`;
    if (k.descending) text += ' DESC';
    if (k.nullsFirst !== k.descending) text += k.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST';
    return text;
  });
  let text = `(${parts.join(', ')})`;
  if (index.include.length) text += ` INCLUDE (${index.include.map(ident).join(', ')})`;
  if (index.predicate) text += ` WHERE ${index.predicate}`;
  return text;
}

/** How an index is named in a sentence: `users_email_key, the index behind UNIQUE (email)`. */
export function describeIndex(index: Index): string {
  const c = index.constraint;
  if (c?.kind === 'primary') return `${index.name}, the index behind PRIMARY KEY ${keyList(index)}`;
  if (c?.kind === 'unique') return `${index.name}, the index behind UNIQUE ${keyList(index)}`;
  if (c?.kind === 'exclusion') return `${index.name}, the index behind an EXCLUDE constraint`;
  return `${index.name} ${index.unique ? 'UNIQUE ' : ''}${index.method === 'btree' ? '' : `USING ${index.method} `}${keyList(index)}`;
}

/**
 * The statement that removes an index. An index of a partitioned table cannot
 * be dropped CONCURRENTLY: PostgreSQL rejects it.
 */
export function dropFix(index: Index, model: SchemaModel): string {
  if (index.constraint) return `ALTER TABLE ${qualifiedName(index.table)} DROP CONSTRAINT ${ident(index.constraint.name)};`;
  const concurrently = model.tables.get(index.table)?.partitioned ? '' : 'CONCURRENTLY ';
  return `DROP INDEX ${concurrently}IF EXISTS ${ident(index.schema)}.${ident(index.name)};`;
}

export function foreignKeyIndexName(fk: ForeignKey): string {
  const name = `${tableName(fk.table)}_${fk.columns.join('_')}_idx`;
  return Buffer.byteLength(name) <= 63 ? name : name.slice(0, 63);
}

export function createIndexFix(fk: ForeignKey): string {
  return `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${ident(foreignKeyIndexName(fk))} ON ${qualifiedName(fk.table)} (${fk.columns.map(ident).join(', ')});`;
}
