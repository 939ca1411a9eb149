/** Words and SQL for findings: how an index, a table or a fix is written. */
import { QuoteUtils } from 'pgsql-deparser';
import { chooseName, nameAddition } from '../model/naming.js';
import type { SchemaModel } from '../model/schema.js';
import { splitQualifiedName, tableKey, type ForeignKey, type Index } from '../model/types.js';

export function ident(name: string): string {
  return QuoteUtils.quoteIdentifier(name);
}

/** A key as SQL: `schema.name`, each part quoted where PostgreSQL needs it. */
export function qualifiedName(key: string): string {
  const [schema, name] = splitQualifiedName(key) ?? ['', key];
  return schema ? `${ident(schema)}.${ident(name)}` : ident(name);
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

/**
 * Names for the indexes that fixes create, one namer per run: the name
 * PostgreSQL would give `CREATE INDEX ON table (columns)` (clipped to 63
 * bytes, numbered past every relation name of the schema), never one an
 * earlier fix of the run took for other columns, so that IF NOT EXISTS never
 * skips a fix because another relation has its name. Foreign keys with the
 * same columns on one table share the index, and its name.
 */
export function foreignKeyIndexNamer(model: SchemaModel): (fk: ForeignKey, keys?: string[]) => string {
  const chosen = new Map<string, string>();
  const taken = new Set<string>();
  return (fk, keys = fk.columns) => {
    // The same keys share a name; the same columns under other keys (a cast) do not.
    const wanted = `${fk.table} ${JSON.stringify(keys)}`;
    const known = chosen.get(wanted);
    if (known) return known;
    const table = model.tables.get(fk.table);
    const [schema, name] = table ? [table.schema, table.name] : (splitQualifiedName(fk.table) ?? ['', fk.table]);
    const index = chooseName(name, nameAddition(fk.columns), 'idx', (n) => model.relationExists(schema, n) || taken.has(tableKey(schema, n)));
    chosen.set(wanted, index);
    taken.add(tableKey(schema, index));
    return index;
  };
}

/** The index a foreign key lacks; not CONCURRENTLY on a partitioned table, where PostgreSQL rejects that. */
export function createIndexFix(fk: ForeignKey, indexName: string, partitioned: boolean, keys: string[] = fk.columns.map(ident)): string {
  const concurrently = partitioned ? '' : 'CONCURRENTLY ';
  return `CREATE INDEX ${concurrently}IF NOT EXISTS ${ident(indexName)} ON ${qualifiedName(fk.table)} (${keys.join(', ')});`;
}
