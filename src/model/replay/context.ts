/**
 * What every part of the replay shares: the model being changed, where the
 * statement comes from, where notes go, and the tables the statement touched.
 */
import type { RangeVar, TypeName } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { canonicalTypeName } from '../pgTypes.js';
import type { SchemaModel } from '../schema.js';
import { newTable, type ConstraintKind, type Origin, type Table } from '../types.js';
import { lastName } from './ast.js';

/** Where the replay says what it could not follow; a `conflict` is a problem in the migration itself. */
export type NoteSink = (message: string, kind?: 'note' | 'conflict') => void;

/** The replay of one statement, passed to every handler; the Replayer resets it for each statement. */
export interface ReplayContext {
  readonly model: SchemaModel;
  origin: Origin;
  note: NoteSink;
  /** Keys of the tables whose indexes or foreign keys the statement may have changed. */
  touched: Set<string>;
  /** Source text of the statement, for the procedural code that is read from text. */
  statementText: string;
  /** Replays a statement nested in this one (an element of CREATE SCHEMA, a statement of a DO block). */
  dispatch(kind: string, node: AstNode | null): void;
  /** SET search_path; `local` (SET LOCAL) lasts until the end of the transaction. */
  setSearchPath(path: string[], local: boolean): void;
}

/** An index or constraint to create, before PostgreSQL's merge of identical ones. */
export interface PendingIndex {
  name: string | null;
  method: string;
  elems: AstNode[];
  include: string[];
  where: AstNode | null;
  unique: boolean;
  nullsNotDistinct: boolean;
  constraint: ConstraintKind | null;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** ALTER TABLE ... ADD CONSTRAINT ... USING INDEX */
  usingIndex: string | null;
}

/** A relation a statement names: the parser always sets its name, though @pgsql/types makes every field optional. */
export type Relation = RangeVar & { relname: string };

export interface PendingForeignKey {
  name: string | null;
  columns: string[];
  refTable: Relation;
  refColumns: string[];
  behaviour: string;
}

/** PostgreSQL's MaxHeapAttributeNumber: no table has more columns, dropped ones included. */
export const MAX_COLUMNS = 1600;

/** The limit also keeps replay linear: a table's columns are looked up by name in a list. */
export function tooManyColumns(ctx: ReplayContext, table: string, count: number): void {
  ctx.note(`table ${table} would have ${count} columns, more than PostgreSQL's ${MAX_COLUMNS}: PostgreSQL rejects this statement, so it is not applied`);
}

/** The table a statement names; a table the model has never seen is added with unknown columns. */
export function tableFor(ctx: ReplayContext, rv: Relation): Table {
  const found = ctx.model.findTable(rv.schemaname, rv.relname);
  if (found) return found;
  const schema = ctx.model.creationSchema(rv.schemaname);
  const table = newTable(schema, rv.relname, { unknownColumns: true });
  ctx.model.addTable(table);
  ctx.note(`table ${rv.relname} is not created by the migrations read: only the indexes and foreign keys they add to it are known`);
  return table;
}

export function typeOf(ctx: ReplayContext, typeName: TypeName): string {
  const base = canonicalTypeName(lastName(typeName.names));
  const resolved = ctx.model.domains.get(base) ?? base;
  return typeName.arrayBounds ? `${resolved}[]` : resolved;
}
