/**
 * Transaction blocks as psql runs them: BEGIN ... ROLLBACK and ROLLBACK TO
 * SAVEPOINT undo what the statements since did to the model; a statement
 * PostgreSQL rejects inside a block aborts it, so every later statement fails
 * until ROLLBACK, and COMMIT of an aborted block rolls it back (unless psql's
 * ON_ERROR_ROLLBACK undoes the failed statement alone); SET LOCAL ends with
 * its transaction. A block's start is copied (SchemaModel.snapshot)
 * only when a statement inside it is about to change the model, and one copy
 * serves every savepoint opened since the last change; the session's settings
 * (search_path, and the role it acts as) are put back without a copy.
 */
import type { TransactionStmt } from '@pgsql/types';
import type { ModelSnapshot, SchemaModel, SessionUser } from '../schema.js';
import type { Origin } from '../types.js';
import type { NoteSink } from './context.js';

/** The words every note of a rejected statement carries; a rejection inside a transaction block aborts it. */
export const REJECTED = 'PostgreSQL rejects this statement';

/** The transaction block (name null) or a savepoint in it. */
interface Level {
  name: string | null;
  /** The model as it was when the level began; null while nothing has changed since. */
  snapshot: ModelSnapshot | null;
  /** Set when the model changed inside the level while copies were off: a rollback cannot undo it. */
  changedUncopied: boolean;
  /** search_path, and the session's search_path, when the level began: a rollback puts them back. */
  searchPath: string[];
  sessionPath: string[];
  /** The same for the role the session acts as (SET ROLE, SET SESSION AUTHORIZATION). */
  user: SessionUser;
  sessionUser: SessionUser;
  line: number;
}

export class Transactions {
  private levels: Level[] = [];
  /** Line of the statement that aborted the block, or null. */
  private abortedAt: number | null = null;
  /** The search_path a plain SET left, which COMMIT keeps; SET LOCAL does not change it. */
  private sessionPath: string[] = [];
  /** The same for the role the session acts as. */
  private sessionUser: SessionUser = { session: null, role: null };
  /**
   * Whether blocks are copied before they change the model. A copy costs the
   * whole model, so a file wrapped in BEGIN ... COMMIT, as migration tools
   * write them, would cost it once per file; the engine turns copies off for
   * a file that never says ROLLBACK (see Replayer.startFile).
   */
  copies = true;
  /**
   * psql's ON_ERROR_ROLLBACK: psql wraps each statement of a block in a
   * savepoint and rolls back to it when the statement fails, so a rejected
   * statement leaves the block usable.
   */
  errorRollback = false;
  /** psql's AUTOCOMMIT: when off, psql sends BEGIN before a statement outside a block (see implicitBegin). */
  autocommit = true;
  /** What COMMIT of the block does besides keeping its changes (ON COMMIT DROP); a rollback forgets it. */
  private commitActions: Array<() => void> = [];

  constructor(private readonly model: SchemaModel) {}

  /** Runs `action` at the block's COMMIT, or now when no block is open (a statement commits on its own). */
  atCommit(action: () => void): void {
    if (this.inBlock) this.commitActions.push(action);
    else action();
  }

  get inBlock(): boolean {
    return this.levels.length > 0;
  }

  get aborted(): boolean {
    return this.abortedAt !== null;
  }

  /** Called before anything changes the model inside a block: the levels still without a copy get one. */
  beforeChange(): void {
    const bare = this.levels.filter((l) => l.snapshot === null && !l.changedUncopied);
    if (!bare.length) return;
    if (!this.copies) {
      for (const level of bare) level.changedUncopied = true;
      return;
    }
    const snapshot = this.model.snapshot();
    for (const level of bare) level.snapshot = snapshot;
  }

  /** A statement PostgreSQL rejects: inside a block, every statement after it fails too, unless psql rolls back to its savepoint. */
  statementRejected(origin: Origin): void {
    if (this.inBlock && this.abortedAt === null && !this.errorRollback) this.abortedAt = origin.line;
  }

  /** Why a statement is not applied in an aborted block. */
  abortedNote(): string {
    return `the transaction is aborted by the statement at line ${this.abortedAt}, which PostgreSQL rejects: until ROLLBACK, ${REJECTED}, so it is not applied`;
  }

  /** SET search_path (local: SET LOCAL, or set_config(..., true)). SET LOCAL outside a block has no effect, as PostgreSQL warns. */
  setSearchPath(path: string[], local: boolean): void {
    if (local && !this.inBlock) return;
    this.model.searchPath = path;
    if (!local) this.sessionPath = path;
  }

  /** SET ROLE or SET SESSION AUTHORIZATION, which are settings too: SET LOCAL lasts until the end of the transaction. */
  setUser(user: SessionUser, local: boolean): void {
    if (local && !this.inBlock) return;
    this.model.user = user;
    if (!local) this.sessionUser = user;
  }

  /** Applies BEGIN, COMMIT, ROLLBACK, SAVEPOINT...; returns true when it put the model back as it was. */
  apply(node: TransactionStmt, origin: Origin, note: NoteSink): boolean {
    switch (node.kind) {
      case 'TRANS_STMT_BEGIN':
      case 'TRANS_STMT_START':
        // A BEGIN inside a block is only a warning.
        if (!this.inBlock) this.begin(origin);
        return false;
      case 'TRANS_STMT_COMMIT': {
        if (!this.inBlock) return false;
        const restored = this.aborted ? this.rollback(note) : this.commit();
        if (node.chain) this.begin(origin);
        return restored;
      }
      case 'TRANS_STMT_ROLLBACK':
      case 'TRANS_STMT_PREPARE': {
        // PREPARE TRANSACTION ends the block without committing it (and fails where prepared transactions are off).
        if (!this.inBlock) return false;
        const restored = this.rollback(note);
        if (node.chain) this.begin(origin);
        return restored;
      }
      case 'TRANS_STMT_SAVEPOINT':
        if (this.aborted) note(this.abortedNote());
        else if (!this.inBlock) note(`SAVEPOINT can only be used in transaction blocks: ${REJECTED}, so it is not applied`);
        else this.levels.push(this.level(node.savepoint_name ?? '', origin));
        return false;
      case 'TRANS_STMT_RELEASE': {
        if (this.aborted) {
          note(this.abortedNote());
          return false;
        }
        // What was done inside the savepoint stays, as part of the enclosing level.
        const at = this.savepoint(node, origin, note);
        if (at > 0) this.levels.length = at;
        return false;
      }
      case 'TRANS_STMT_ROLLBACK_TO': {
        const at = this.savepoint(node, origin, note);
        if (at <= 0) return false;
        // The savepoint stays, and the block is usable again.
        this.levels.length = at + 1;
        this.abortedAt = null;
        return this.restore(this.levels[at], note);
      }
      default:
        // COMMIT PREPARED and ROLLBACK PREPARED act on transactions prepared elsewhere.
        return false;
    }
  }

  /** The end of a session with a block still open: PostgreSQL rolls it back. */
  endSession(note: (message: string, line: number) => void): boolean {
    if (!this.inBlock) return false;
    const line = this.levels[0].line;
    note('this transaction is never committed: PostgreSQL rolls it back when the session ends, so its changes are not applied', line);
    return this.rollback((message) => note(message, line));
  }

  /**
   * With AUTOCOMMIT off, psql opens a block before a statement sent outside
   * one, unless the statement controls transactions or cannot run in a block
   * (psql's command_no_begin, which reads the statement's first words).
   */
  implicitBegin(text: string, origin: Origin): void {
    if (!this.autocommit && !this.inBlock && !sentWithoutBegin(text)) this.begin(origin);
  }

  private begin(origin: Origin): void {
    this.sessionPath = this.model.searchPath;
    this.sessionUser = this.model.user;
    this.levels = [this.level(null, origin)];
    this.abortedAt = null;
  }

  private level(name: string | null, origin: Origin): Level {
    return {
      name,
      snapshot: null,
      changedUncopied: false,
      searchPath: this.model.searchPath,
      sessionPath: this.sessionPath,
      user: this.model.user,
      sessionUser: this.sessionUser,
      line: origin.line,
    };
  }

  private commit(): boolean {
    this.levels = [];
    this.model.searchPath = this.sessionPath;
    this.model.user = this.sessionUser;
    const actions = this.commitActions;
    this.commitActions = [];
    for (const action of actions) action();
    return false;
  }

  private rollback(note: (message: string) => void): boolean {
    const restored = this.restore(this.levels[0], note);
    this.commitActions = [];
    this.levels = [];
    this.abortedAt = null;
    return restored;
  }

  private restore(level: Level, note: (message: string) => void): boolean {
    this.sessionPath = level.sessionPath;
    this.sessionUser = level.sessionUser;
    if (level.changedUncopied) {
      note(`PostgreSQL rolls back what the statements since line ${level.line} did, but the model keeps it: it is not copied at BEGIN in a file that never says ROLLBACK`);
    }
    if (level.snapshot) this.model.restore(level.snapshot);
    this.model.searchPath = level.searchPath;
    this.model.user = level.user;
    return level.snapshot !== null;
  }

  /** Index of the innermost savepoint the statement names; 0 or less when there is none (PostgreSQL rejects the statement). */
  private savepoint(node: TransactionStmt, origin: Origin, note: NoteSink): number {
    const what = node.kind === 'TRANS_STMT_RELEASE' ? 'RELEASE SAVEPOINT' : 'ROLLBACK TO SAVEPOINT';
    if (!this.inBlock) {
      note(`${what} can only be used in transaction blocks: ${REJECTED}, so it is not applied`);
      return -1;
    }
    let at = this.levels.length - 1;
    while (at > 0 && this.levels[at].name !== node.savepoint_name) at--;
    if (at <= 0) {
      note(`${what} ${node.savepoint_name}: the savepoint does not exist, ${REJECTED}, so it is not applied`);
      this.statementRejected(origin);
    }
    return at;
  }
}

/**
 * psql's command_no_begin: the statements before which AUTOCOMMIT off sends
 * no BEGIN, told by their first words (comments skipped). Transaction
 * control (but SAVEPOINT and RELEASE), and what cannot run in a block:
 * VACUUM, CLUSTER without a table, CREATE and DROP DATABASE or TABLESPACE,
 * (CREATE [UNIQUE] | DROP) INDEX CONCURRENTLY, REINDEX of a database or the
 * system or CONCURRENTLY, ALTER SYSTEM, DISCARD ALL.
 */
export function sentWithoutBegin(text: string): boolean {
  const words = (text.replace(/--[^\n\r]*|\/\*[\s\S]*?\*\//g, ' ').match(/^\s*([A-Za-z]+)(?:\s+([A-Za-z]+))?(?:\s+([A-Za-z]+))?(?:\s+([A-Za-z]+))?/) ?? []).slice(1).map((w) => w?.toLowerCase());
  const [first, second, third, fourth] = words;
  switch (first) {
    case 'abort':
    case 'begin':
    case 'start':
    case 'commit':
    case 'end':
    case 'rollback':
    case 'vacuum':
      return true;
    case 'prepare':
      return second === 'transaction';
    case 'cluster':
      // CLUSTER alone, or with options only: no word follows it.
      return second === undefined;
    case 'create': {
      if (second === 'database' || second === 'tablespace') return true;
      const [index, next] = second === 'unique' ? [third, fourth] : [second, third];
      return index === 'index' && next === 'concurrently';
    }
    case 'alter':
      return second === 'system';
    case 'drop':
    case 'reindex':
      return second === 'database' || second === 'system' || second === 'tablespace' || ((second === 'index' || second === 'table') && third === 'concurrently');
    case 'discard':
      return second === 'all';
    default:
      return false;
  }
}
