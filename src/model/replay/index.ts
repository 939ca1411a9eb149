/**
 * Replays migration statements onto the schema model, doing to indexes,
 * constraints and foreign keys what PostgreSQL does. Statements that cannot
 * change indexes are skipped; statements whose effect cannot be known
 * statically produce a note, never a guess. Each family of statements has its
 * own module; this class only routes a statement to its handler.
 */
import type { TypeName } from '@pgsql/types';
import type { AstNode, Statement } from '../../sql/parseFile.js';
import { NEW_SESSION, PSQL_SETTING } from '../../sql/psql.js';
import { TEMP_SCHEMA, type SchemaModel } from '../schema.js';
import type { Origin } from '../types.js';
import { alterTable } from './alterTable.js';
import { isSerial, lastName } from './ast.js';
import { typeOf, type NoteSink, type ReplayContext } from './context.js';
import { ColumnCertainty, noteColumnDependents } from './columns.js';
import { createIndex, drop, dropTable } from './indexes.js';
import { columnDefinitionRefusal } from './rejections.js';
import { rename, setSchema } from './renames.js';
import { cluster, createFunction, createSchema, doBlock, selectSetConfig, setVariable } from './session.js';
import { createTable, createTableAs, otherRelation, selectInto } from './tables.js';
import { createView } from './dependencies.js';
import { alterFunction, dropFunctions, recordFunction } from './functions.js';
import { dropTypes } from './typeDrops.js';
import { alterOwner, alterTableWithOwner, connectedUser, createRole, dropOwned, reassignOwned, setSessionUser } from './ownership.js';
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
      certainty: new ColumnCertainty(),
      atCommit: (action) => this.transactions.atCommit(action),
      functions: new Map(),
      setUser: (user, local) => this.transactions.setUser(user, local),
    };
  }

  /** Applies one statement; returns the keys of the tables whose indexes or foreign keys it may have changed. */
  apply(statement: Statement, origin: Origin, note: NoteSink): Set<string> {
    const transactions = this.transactions;
    while (this.hiddenLines.length && this.hiddenLines[0] <= origin.line) {
      this.hiddenLines.shift();
      this.ctx.certainty.unfollowed();
    }
    if (!PSQL_KINDS.has(statement.kind)) transactions.implicitBegin(statement.text, origin);
    this.ctx.origin = origin;
    this.ctx.note = transactions.inBlock
      ? (message, kind) => {
          if (message.includes(REJECTED)) transactions.statementRejected(origin);
          note(message, kind);
        }
      : note;
    this.ctx.touched = new Set();
    this.ctx.statementText = statement.text;
    if (PSQL_KINDS.has(statement.kind)) {
      // What psql does itself runs whatever state the server's transaction is in.
      this.dispatch(statement.kind, statement.node);
    } else if (statement.kind === 'TransactionStmt') {
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
    // With AUTOCOMMIT off, a block that is never committed is rolled back at the end.
    this.transactions.copies = /\b(?:rollback|abort|prepare|autocommit)\b/i.test(text);
    // Each file is a psql run of its own: its settings start at their defaults.
    this.transactions.errorRollback = false;
    this.transactions.autocommit = true;
    this.hiddenLines = hiddenSchemaChangeLines(text);
  }

  /** Lines of the file being replayed where psql runs SQL the replay cannot read, in order. */
  private hiddenLines: number[] = [];

  /**
   * The model's type of a column that CREATE TABLE declares with `typeName`
   * and nothing else, as the replay of that statement records it; null when
   * the statement does more with it than record the type (a serial type
   * makes a sequence) or PostgreSQL refuses it.
   */
  plainColumnType(typeName: TypeName): string | null {
    // A domain's column also records the domain (DROP DOMAIN ... CASCADE drops it).
    if (isSerial(typeName) || this.model.domains.has(lastName(typeName.names as AstNode[])) || columnDefinitionRefusal({ colname: 'c', typeName }, 't', null)) return null;
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
    this.model.user = { session: connectedUser(this.ctx.statementText), role: null };
  }

  /** What each kind of statement does to the model; every other kind (DML, grants, comments, triggers...) cannot change indexes. */
  private readonly handlers = new Map<string, (ctx: ReplayContext, node: AstNode) => void>([
    ['CreateStmt', createTable],
    ['IndexStmt', createIndex],
    [
      'DropStmt',
      (ctx, node) => {
        if (node.removeType === 'OBJECT_FUNCTION') dropFunctions(ctx, node);
        else if (node.removeType === 'OBJECT_DOMAIN' || node.removeType === 'OBJECT_TYPE') dropTypes(ctx, node);
        else drop(ctx, node);
      },
    ],
    ['AlterTableStmt', (ctx, node) => alterTableWithOwner(ctx, node, alterTable)],
    ['RenameStmt', rename],
    ['AlterObjectSchemaStmt', setSchema],
    ['CreateSchemaStmt', createSchema],
    [
      'VariableSetStmt',
      (ctx, node) => {
        setVariable(ctx, node);
        setSessionUser(ctx, node);
      },
    ],
    ['AlterOwnerStmt', alterOwner],
    ['DropOwnedStmt', dropOwned],
    ['ReassignOwnedStmt', reassignOwned],
    ['CreateRoleStmt', createRole],
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
    [
      'CreateFunctionStmt',
      (ctx, node) => {
        createFunction(ctx, node);
        recordFunction(ctx, node);
        noteColumnDependents(ctx, 'CreateFunctionStmt', node);
      },
    ],
    ['AlterFunctionStmt', alterFunction],
    // What may depend on columns, which the model does not keep.
    ...['CreateTrigStmt', 'CreatePolicyStmt', 'AlterPolicyStmt', 'RuleStmt', 'CreatePublicationStmt', 'AlterPublicationStmt'].map((kind): [string, (ctx: ReplayContext, node: AstNode) => void] => [
      kind,
      (ctx, node) => noteColumnDependents(ctx, kind, node),
    ]),
    // psql's \connect: a new session, with the default search_path and no temporary tables.
    [NEW_SESSION, () => this.newSession()],
    [
      PSQL_SETTING,
      (ctx, node) => {
        // A value not known here is taken as the setting's default: on for AUTOCOMMIT, off for ON_ERROR_ROLLBACK.
        const on: boolean = node.on ?? node.name === 'AUTOCOMMIT';
        if (node.on === null) ctx.note(`${node.name} is set to a value not known here: it is taken to be ${on ? 'on' : 'off'}`);
        if (node.name === 'AUTOCOMMIT') this.transactions.autocommit = on;
        else this.transactions.errorRollback = on;
      },
    ],
  ]);

  /** The statement kinds the replay reads: the parser need not build trees for the others. */
  readonly kinds: ReadonlySet<string> = new Set([...this.handlers.keys(), 'TransactionStmt', 'VacuumStmt']);

  private dispatch(kind: string, node: AstNode | null): void {
    if (node) this.handlers.get(kind)?.(this.ctx, node);
  }
}

/** What psql does at a meta-command, not statements the server runs. */
const PSQL_KINDS = new Set([NEW_SESSION, PSQL_SETTING]);

/**
 * What makes psql run SQL the replay cannot read (psql.ts notes each): an
 * included file, the statements \gexec makes of a query's result, an ALTER
 * TABLE that uses a psql variable (looked for in its first 4000 characters).
 * Such SQL may add columns: from there on, no table made before is refused a
 * key for a missing column (ColumnCertainty). It is looked for in the text,
 * so something like it in a comment or a string counts too, which only
 * makes the replay refuse less.
 */
const HIDDEN_SCHEMA_CHANGE = /^[ \t]*\\(?:i|ir|include|include_relative)\b|\\gexec\b|\balter\s+table\b[^;]{0,4000}?(?<![:\w]):(?:['"]|\{\?)?[A-Za-z_]/gim;

/** The lines where HIDDEN_SCHEMA_CHANGE matches, in order. */
function hiddenSchemaChangeLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(HIDDEN_SCHEMA_CHANGE)) {
    for (; counted < match.index; counted++) if (text.charCodeAt(counted) === 10) line++;
    lines.push(line);
  }
  return lines;
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
