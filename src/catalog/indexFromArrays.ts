/**
 * An index of columns is built from the catalog's arrays, with the
 * normalisation the replay applies to the definition pg_get_indexdef prints
 * for it, instead of parsing that definition. So is one with a predicate:
 * the predicate is parsed and put in normal form once per text (schemas
 * repeat a few predicates over many indexes: `deleted_at IS NULL`), not once
 * per index. The catalog tests hold this to the model that parsing every
 * definition builds.
 */
import { parseSync } from 'libpg-query';
import { expressionText } from '../model/expressions.js';
import { indexColumnNames } from '../model/naming.js';
import { storeTree, type StoredTree } from '../model/trees.js';
import { defaultOpclass } from '../model/pgTypes.js';
import type { NoteSink } from '../model/replay/index.js';
import { normalPredicate } from '../model/replay/indexes.js';
import type { SchemaModel } from '../model/schema.js';
import { newTable, splitQualifiedName, tableKey, type IndexKey, type Origin, type Table } from '../model/types.js';
import type { AstNode } from '../sql/parseFile.js';
import type { SnapshotIndex } from './snapshot.js';

/**
 * The model key of a relation the snapshot names as `schema.name`: quoted as
 * quote_ident quotes, or, in snapshots of earlier versions, the two parts
 * joined bare (split at the first dot).
 */
export function partsOf(name: string): [string, string] {
  const parts = splitQualifiedName(name);
  if (parts) return parts;
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

export function keyOf(name: string): string {
  return tableKey(...partsOf(name));
}

/** A table the snapshot names but does not describe, known only by what is on it (as the replay adds one). */
export function unknownTable(model: SchemaModel, key: string, note: NoteSink): Table {
  const table = newTable(...partsOf(key), { unknownColumns: true });
  model.addTable(table);
  note(`table ${table.name} is not created by the migrations read: only the indexes and foreign keys they add to it are known`);
  return table;
}

/** A predicate as the parser reads it, and whether its normal form is the same on every table. */
interface ParsedPredicate {
  where: AstNode;
  /** Its normal form when it names no column through a table (the server prints none): the same on every table. */
  shared: { text: string; stored: StoredTree } | null;
}

/**
 * The predicates of the indexes read, each parsed once: in the normal form
 * the replay gives the WHERE clause of a CREATE INDEX.
 */
export class Predicates {
  private readonly parsed = new Map<string, ParsedPredicate | null>();

  /** Whether the predicate can be put in normal form here; false sends its index to the parser whole, which says what is wrong. */
  readable(predicate: string): boolean {
    return this.parse(predicate) !== null;
  }

  /** The predicate's text and stored tree in normal form on `table`; a stored tree is never changed, so indexes share one. */
  normal(predicate: string, table: Table): { text: string; stored: StoredTree } {
    const parsed = this.parse(predicate)!;
    if (parsed.shared) return parsed.shared;
    const node = normalPredicate(parsed.where, table);
    return { text: expressionText(node), stored: storeTree(node) };
  }

  private parse(predicate: string): ParsedPredicate | null {
    let parsed = this.parsed.get(predicate);
    if (parsed !== undefined) return parsed;
    parsed = null;
    try {
      // The clause as it stands in the definition written for the index: any index, any table.
      const where = (parseSync(`CREATE INDEX i ON t (c) WHERE ${predicate}`) as AstNode).stmts;
      const clause = where?.length === 1 ? where[0].stmt?.IndexStmt?.whereClause : undefined;
      if (clause) {
        const node = qualifiesColumns(clause) ? null : normalPredicate(clause, newTable('', ''));
        parsed = { where: clause, shared: node ? { text: expressionText(node), stored: storeTree(node) } : null };
      }
    } catch {
      // Left to the parse of the whole definition.
    }
    this.parsed.set(predicate, parsed);
    return parsed;
  }
}

/** Whether a tree names a column with a qualifier (`t.c`), which the normal form drops when it names the index's table. */
export function qualifiesColumns(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(qualifiesColumns);
  if (node === null || typeof node !== 'object') return false;
  const ref = (node as AstNode).ColumnRef;
  if (ref) return (ref.fields ?? []).length > 1;
  return Object.values(node).some(qualifiesColumns);
}

/** Built from the catalog's arrays: every key a column, and a predicate, if any, that reads. */
export function fromArrays(i: SnapshotIndex, predicates: Predicates): boolean {
  return i.keys !== undefined && i.include !== undefined && (i.predicate === null || predicates.readable(i.predicate));
}

/**
 * The index the replay builds from the definition pg_get_indexdef prints for
 * an index of columns: each printed operator class and collation is dropped
 * where it is the column's default, as a written one is (names are compared
 * as the parser reads them: an operator class folded to lower case).
 */
export function buildFromArrays(i: SnapshotIndex, model: SchemaModel, at: Origin, note: NoteSink, predicates: Predicates): void {
  const key = keyOf(i.table);
  const table = model.tables.get(key) ?? unknownTable(model, key, note);
  const method = i.method.toLowerCase();
  const keys: IndexKey[] = i.keys!.map((k) => {
    const column = table.columns.find((c) => c.name === k.column);
    const opclass = k.opclass === null ? null : k.opclass.toLowerCase();
    return {
      kind: 'column',
      column: k.column,
      opclass: opclass === null || opclass === defaultOpclass(method, column ? column.type : null, model.enums) ? null : opclass,
      collation: k.collation === null || k.collation === (column?.collation ?? 'default') ? null : k.collation,
      descending: k.descending,
      nullsFirst: k.nullsFirst,
    };
  });
  const predicate = i.predicate === null ? null : predicates.normal(i.predicate, table);
  model.addIndex({
    schema: table.schema,
    name: i.name,
    table: key,
    method,
    keys,
    include: [...i.include!],
    columnNames: indexColumnNames([...i.keys!.map((k) => ({ column: k.column })), ...i.include!.map((column) => ({ column }))]),
    predicate: predicate?.text ?? null,
    unique: i.unique,
    nullsNotDistinct: i.nullsNotDistinct,
    constraint: null,
    valid: true,
    replicaIdentity: false,
    clustered: false,
    parentIndex: null,
    origin: at,
    expressionTrees: undefined,
    predicateTree: predicate?.stored ?? null,
    // Known only for a live database's indexes, and set after: named here, every index keeps all its fields in itself.
    sizeBytes: undefined,
    scans: undefined,
  });
}
