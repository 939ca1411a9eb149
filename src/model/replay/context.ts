/**
 * What every part of the replay shares: the model being changed, where the
 * statement comes from, where notes go, and the tables the statement touched.
 */
import type { Constraint, RangeVar, TypeName } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { referencedColumns } from '../expressions.js';
import { chooseName } from '../naming.js';
import { canonicalTypeName } from '../pgTypes.js';
import type { SchemaModel, SessionUser } from '../schema.js';
import { newTable, tableKey, type ConstraintKind, type Origin, type Table } from '../types.js';
import { lastName } from './ast.js';
import type { ColumnCertainty } from './columns.js';
import type { FunctionInfo } from './functions.js';

/** Where the replay says what it could not follow; a `conflict` is a problem in the migration itself. */
/** `unknown-table` marks the note that a statement named a table the files never created (the engine may report it as a finding instead). */
export type NoteSink = (message: string, kind?: 'note' | 'conflict' | 'unknown-table') => void;

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
  /** Which tables' columns the model knows all of, past schema changes it could not follow (columns.ts). */
  readonly certainty: ColumnCertainty;
  /** The functions the files create, by name (functions.ts). */
  readonly functions: Map<string, FunctionInfo[]>;
  /** Runs `action` when the transaction commits (ON COMMIT DROP), now outside a transaction block; a rollback forgets it. */
  atCommit(action: () => void): void;
  /** SET ROLE, SET SESSION AUTHORIZATION: whom the session acts as; `local` as for search_path. */
  setUser(user: SessionUser, local: boolean): void;
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
  /** The column names of the index this one is copied from (LIKE), which PostgreSQL names the copy after. */
  columnNames?: string[];
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

export function rejected(ctx: ReplayContext, why: string): void {
  ctx.note(`${why}: PostgreSQL rejects this statement, so it is not applied`);
}

/** Does the table have a constraint (of any kind) of this name? */
export function hasConstraint(ctx: ReplayContext, table: Table, name: string): boolean {
  return ctx.model.indexesOn(tableKey(table.schema, table.name)).some((i) => i.constraint?.name === name) || table.foreignKeys.some((f) => f.name === name) || table.otherConstraints.includes(name);
}

function hasIndex(con: Constraint): boolean {
  return con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE' || con.contype === 'CONSTR_EXCLUSION';
}

/** Constraints whose names a table keeps (CHECK and those with an index or a foreign key; NOT NULL's name is not kept). */
const NAMED_CONSTRAINTS = new Set(['CONSTR_CHECK', 'CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION', 'CONSTR_FOREIGN']);

/**
 * Why PostgreSQL rejects the constraint names a statement gives, checked
 * before it changes anything: a name given twice (or chosen for an unnamed
 * CHECK before), one a constraint of the table has, or, for a constraint
 * with an index, one a relation of the schema has. Null when every name is free.
 */
export function takenConstraintName(
  ctx: ReplayContext,
  table: Table | null,
  schema: string,
  tableName: string,
  constraints: Constraint[],
  statement: 'create' | 'alter',
  dropped: ReadonlySet<string> = new Set(),
): string | null {
  const seen = new Set<string>();
  // The order PostgreSQL names them in: CREATE TABLE makes the CHECKs with the
  // table, then the indexes, then the foreign keys; ALTER TABLE the indexes first.
  const step = (con: Constraint) => {
    if (statement === 'alter') return hasIndex(con) ? 0 : 1;
    return con.contype === 'CONSTR_CHECK' ? 0 : hasIndex(con) ? 1 : 2;
  };
  for (const con of [...constraints].sort((a, b) => step(a) - step(b))) {
    // An unnamed CHECK takes its name in turn: a later constraint may not have it.
    if (con.contype === 'CONSTR_CHECK' && !con.conname) {
      seen.add(checkConstraintName(ctx, schema, tableName, con, (n) => seen.has(n)));
      continue;
    }
    const name = con.conname;
    // A name the same statement drops first is free again (DROP CONSTRAINT k, ADD CONSTRAINT k ...).
    if (!name || !NAMED_CONSTRAINTS.has(con.contype ?? '') || dropped.has(name)) continue;
    if (seen.has(name) || (table && hasConstraint(ctx, table, name))) return `constraint ${name} already exists`;
    seen.add(name);
    // CREATE TABLE makes its table before the indexes: an index may not take the table's name either.
    const relationTaken = ctx.model.relationExists(schema, name) || (statement === 'create' && name === tableName);
    // USING INDEX of an index of that very name keeps the name it has.
    if (hasIndex(con) && con.indexname !== name && relationTaken) return `relation ${name} already exists`;
  }
  return null;
}

/**
 * The name PostgreSQL gives an unnamed CHECK constraint: `table_column_check`
 * when its expression uses one column, else `table_check`, numbered past the
 * constraint names of the schema (and those `alsoTaken` says).
 */
export function checkConstraintName(ctx: ReplayContext, schema: string, tableName: string, con: Constraint, alsoTaken: (name: string) => boolean = () => false): string {
  const columns = referencedColumns(con.raw_expr);
  const column = columns.size === 1 ? [...columns][0] : null;
  return chooseName(tableName, column, 'check', (n) => alsoTaken(n) || ctx.model.constraintNameTaken(schema, n));
}

/** The table a statement names; a table the model has never seen is added with unknown columns. */
export function tableFor(ctx: ReplayContext, rv: Relation): Table {
  const found = ctx.model.findTable(rv.schemaname, rv.relname);
  if (found) return found;
  const schema = ctx.model.creationSchema(rv.schemaname);
  const table = newTable(schema, rv.relname, { unknownColumns: true });
  ctx.model.addTable(table);
  ctx.note(`table ${rv.relname} is not created by the migrations read: only the indexes and foreign keys they add to it are known`, 'unknown-table');
  return table;
}

export function typeOf(ctx: ReplayContext, typeName: TypeName): string {
  const base = canonicalTypeName(lastName(typeName.names));
  const resolved = ctx.model.domains.get(base) ?? base;
  return typeName.arrayBounds ? `${resolved}[]` : resolved;
}
