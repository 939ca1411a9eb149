/**
 * Replays migration statements onto the schema model, doing to indexes,
 * constraints and foreign keys what PostgreSQL does. Statements that cannot
 * change indexes are skipped; statements whose effect cannot be known
 * statically produce a note, never a guess. Each family of statements has its
 * own module; this class only routes a statement to its handler.
 */
import type { AstNode, Statement } from '../../sql/parseFile.js';
import { NEW_SESSION } from '../../sql/psql.js';
import { TEMP_SCHEMA, type SchemaModel } from '../schema.js';
import type { Origin } from '../types.js';
import { alterTable } from './alterTable.js';
import { lastName } from './ast.js';
import { typeOf, type NoteSink, type ReplayContext } from './context.js';
import { createIndex, drop, dropTable } from './indexes.js';
import { rename, setSchema } from './renames.js';
import { cluster, createFunction, createSchema, doBlock, selectSetConfig, setVariable } from './session.js';
import { createTable, createTableAs, otherRelation } from './tables.js';

export type { NoteSink } from './context.js';
export { indexUsesColumn } from './ast.js';

export class Replayer {
  private readonly ctx: ReplayContext;

  constructor(readonly model: SchemaModel) {
    this.ctx = {
      model,
      origin: undefined as unknown as Origin,
      note: () => {},
      touched: new Set(),
      statementText: '',
      dispatch: (kind, node) => this.dispatch(kind, node),
    };
  }

  /** Applies one statement; returns the keys of the tables whose indexes or foreign keys it may have changed. */
  apply(statement: Statement, origin: Origin, note: NoteSink): Set<string> {
    this.ctx.origin = origin;
    this.ctx.note = note;
    this.ctx.touched = new Set();
    this.ctx.statementText = statement.text;
    this.dispatch(statement.kind, statement.node);
    return this.ctx.touched;
  }

  /**
   * The end of a database session (the end of a file, or psql's \\connect):
   * its temporary tables are dropped, as PostgreSQL drops them.
   */
  endSession(): void {
    for (const table of [...this.model.tables.values()]) if (table.schema === TEMP_SCHEMA) dropTable(this.ctx, table);
    this.model.schemas.delete(TEMP_SCHEMA);
  }

  private newSession(): void {
    this.endSession();
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
    ['SelectStmt', selectSetConfig],
    ['CreateEnumStmt', (ctx, node) => void ctx.model.enums.add(lastName(node.typeName))],
    ['CreateDomainStmt', (ctx, node) => void ctx.model.domains.set(lastName(node.domainname), typeOf(ctx, node.typeName))],
    ['CreateSeqStmt', (ctx, node) => otherRelation(ctx, node.sequence, { ifNotExists: node.if_not_exists })],
    ['ViewStmt', (ctx, node) => otherRelation(ctx, node.view, { replace: node.replace })],
    ['CreateTableAsStmt', createTableAs],
    ['ClusterStmt', cluster],
    ['DoStmt', doBlock],
    ['CreateFunctionStmt', createFunction],
    // psql's \connect: a new session, with the default search_path and no temporary tables.
    [NEW_SESSION, () => this.newSession()],
  ]);

  /** The statement kinds the replay reads: the parser need not build trees for the others. */
  readonly kinds: ReadonlySet<string> = new Set(this.handlers.keys());

  private dispatch(kind: string, node: AstNode | null): void {
    if (node) this.handlers.get(kind)?.(this.ctx, node);
  }
}
