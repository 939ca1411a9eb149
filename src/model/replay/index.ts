/**
 * Replays migration statements onto the schema model, doing to indexes,
 * constraints and foreign keys what PostgreSQL does. Statements that cannot
 * change indexes are skipped; statements whose effect cannot be known
 * statically produce a note, never a guess. Each family of statements has its
 * own module; this class only routes a statement to its handler.
 */
import type { TypeName } from '@pgsql/types';
import type { AstNode, Statement } from '../../sql/parseFile.js';
import { NEW_SESSION } from '../../sql/psql.js';
import { TEMP_SCHEMA, type SchemaModel } from '../schema.js';
import type { Origin } from '../types.js';
import { alterTable } from './alterTable.js';
import { isSerial, lastName } from './ast.js';
import { typeOf, type NoteSink, type ReplayContext } from './context.js';
import { createIndex, drop, dropTable } from './indexes.js';
import { columnDefinitionRefusal } from './rejections.js';
import { rename, setSchema } from './renames.js';
import { cluster, createFunction, createSchema, doBlock, selectSetConfig, setVariable } from './session.js';
import { createTable, createTableAs, otherRelation, selectInto } from './tables.js';
import { createView } from './dependencies.js';
import { REJECTED, Transactions } from './transactions.js';

export type { NoteSink } from './context.js';
export { indexUsesColumn } from './ast.js';

export class Replayer {
  private readonly ctx: ReplayContext;
  private readonly transactions: Transactions;

  constructor(readonly model: SchemaModel) {
    this.transactions = new Transactions(model);
    this.ctx = {
      model,
      origin: undefined as unknown as Origin,
      note: () => {},
      touched: new Set(),
      statementText: '',
      dispatch: (kind, node) => this.dispatch(kind, node),
      setSearchPath: (path, local) => this.transactions.setSearchPath(path, local),
    };
  }

  /** Applies one statement; returns the keys of the tables whose indexes or foreign keys it may have changed. */
  apply(statement: Statement, origin: Origin, note: NoteSink): Set<string> {
    const transactions = this.transactions;
    this.ctx.origin = origin;
    this.ctx.note = transactions.inBlock
      ? (message, kind) => {
          if (message.includes(REJECTED)) transactions.statementRejected(origin);
          note(message, kind);
        }
      : note;
    this.ctx.touched = new Set();
    this.ctx.statementText = statement.text;
    if (statement.kind === 'TransactionStmt') {
      if (statement.node && transactions.apply(statement.node, origin, this.ctx.note)) this.rolledBack();
    } else if (!transactions.inBlock) {
      this.dispatch(statement.kind, statement.node);
    } else if (transactions.aborted) {
      if (this.handlers.has(statement.kind)) note(transactions.abortedNote());
    } else {
      const refusal = outsideBlockOnly(statement);
      if (refusal) this.ctx.note(`${refusal} cannot run inside a transaction block: ${REJECTED}, so it is not applied`);
      else {
        if ((!CHANGES_MODEL_ONLY_BY_SEARCH_PATH.has(statement.kind) || statement.node?.intoClause) && this.handlers.has(statement.kind)) transactions.beforeChange();
        this.dispatch(statement.kind, statement.node);
      }
    }
    return this.ctx.touched;
  }

  /**
   * Called with each file's text before its statements: a file that never
   * says ROLLBACK (or ABORT, or PREPARE TRANSACTION) needs no copy of the
   * model at BEGIN, which keeps files wrapped in BEGIN ... COMMIT fast. Only a
   * statement PostgreSQL rejects inside such a block, or a block never
   * committed, then leaves changes the model cannot undo, and a note says so.
   */
  startFile(text: string): void {
    this.transactions.copies = /\b(?:rollback|abort|prepare)\b/i.test(text);
  }

  /**
   * The model's type of a column that CREATE TABLE declares with `typeName`
   * and nothing else, as the replay of that statement records it; null when
   * the statement does more with it than record the type (a serial type
   * makes a sequence) or PostgreSQL refuses it.
   */
  plainColumnType(typeName: TypeName): string | null {
    if (isSerial(typeName) || columnDefinitionRefusal({ colname: 'c', typeName }, 't', null)) return null;
    return typeOf(this.ctx, typeName);
  }

  /** A rollback may have changed any table: every one is touched. */
  private rolledBack(): void {
    for (const key of this.model.tables.keys()) this.ctx.touched.add(key);
  }

  /**
   * The end of a database session (the end of a file, or psql's \\connect):
   * an open transaction is rolled back, and the temporary tables are dropped,
   * as PostgreSQL does.
   */
  endSession(note: (message: string, line: number) => void = () => {}): void {
    if (this.transactions.endSession(note)) this.rolledBack();
    for (const table of [...this.model.tables.values()]) if (table.schema === TEMP_SCHEMA) dropTable(this.ctx, table);
    this.model.schemas.delete(TEMP_SCHEMA);
  }

  private newSession(): void {
    this.endSession((message) => this.ctx.note(message));
    this.model.searchPath = ['public'];
  }

  /** What each kind of statement does to the model; every other kind (DML, grants, comments, triggers...) cannot change indexes. */
  private readonly handlers = new Map<string, (ctx: ReplayContext, node: AstNode) => void>([
    ['CreateStmt', createTable],
    ['IndexStmt', createIndex],
    ['DropStmt', drop],
    ['AlterTableStmt', alterTable],
    ['RenameStmt', rename],
    ['AlterObjectSchemaStmt', setSchema],
    ['CreateSchemaStmt', createSchema],
    ['VariableSetStmt', setVariable],
    [
      'SelectStmt',
      (ctx, node) => {
        selectSetConfig(ctx, node);
        selectInto(ctx, node);
      },
    ],
    ['CreateEnumStmt', (ctx, node) => void ctx.model.enums.add(lastName(node.typeName))],
    ['CreateDomainStmt', (ctx, node) => void ctx.model.domains.set(lastName(node.domainname), typeOf(ctx, node.typeName))],
    ['CreateSeqStmt', (ctx, node) => otherRelation(ctx, node.sequence, { ifNotExists: node.if_not_exists })],
    ['ViewStmt', createView],
    ['CreateTableAsStmt', createTableAs],
    ['ClusterStmt', cluster],
    ['DoStmt', doBlock],
    ['CreateFunctionStmt', createFunction],
    // psql's \connect: a new session, with the default search_path and no temporary tables.
    [NEW_SESSION, () => this.newSession()],
  ]);

  /** The statement kinds the replay reads: the parser need not build trees for the others. */
  readonly kinds: ReadonlySet<string> = new Set([...this.handlers.keys(), 'TransactionStmt', 'VacuumStmt']);

  private dispatch(kind: string, node: AstNode | null): void {
    if (node) this.handlers.get(kind)?.(this.ctx, node);
  }
}

/** Kinds that change nothing but search_path (which a rollback puts back without a copy), SELECT ... INTO aside. */
const CHANGES_MODEL_ONLY_BY_SEARCH_PATH = new Set(['VariableSetStmt', 'SelectStmt']);

/** Statements PostgreSQL runs only outside a transaction block: the command's name, or null. */
function outsideBlockOnly(statement: Statement): string | null {
  const node = statement.node;
  switch (statement.kind) {
    case 'VacuumStmt':
      return node?.is_vacuumcmd ? 'VACUUM' : null;
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'IndexStmt':
      return node?.concurrent ? 'CREATE INDEX CONCURRENTLY' : null;
    case 'DropStmt':
      return node?.concurrent ? 'DROP INDEX CONCURRENTLY' : null;
    case 'AlterTableStmt':
      return (node?.cmds ?? []).some((c: AstNode) => c.AlterTableCmd?.def?.PartitionCmd?.concurrent) ? 'DETACH PARTITION CONCURRENTLY' : null;
    default:
      return null;
  }
}
