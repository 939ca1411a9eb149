/** The messages between the parser thread (parserWorker.ts) and the main thread (parserThread.ts). */

/**
 * Pieces of SQL to parse, in one message: their UTF-8 bytes one after the
 * other, piece `i` ending at `ends[i]`. `claims` is shared memory, one slot a
 * piece: the thread parses a piece only if it sets the slot from UNCLAIMED to
 * BY_THREAD, and the main thread parses it itself only if it sets it to
 * BY_MAIN, so no piece is parsed twice.
 */
export interface BatchRequest {
  id: number;
  bytes: Uint8Array;
  ends: number[];
  /**
   * Pieces that are a whole history file: the thread leaves out of the parse
   * the statements of no kind in `treesFor` (statementKinds.ts), and checks
   * those on their own.
   */
  lean: boolean[];
  claims: Int32Array;
}

export const UNCLAIMED = 0;
export const BY_THREAD = 1;
export const BY_MAIN = 2;

export interface PieceStatement {
  kind: string;
  /** Where the statement shows in the piece, in bytes (splitStatements.ts, statementBounds). */
  start: number;
  end: number;
  /** JSON text of the statement's node, for the kinds asked for; null for the others. */
  tree: string | null;
}

export type PieceResult =
  | {
      statements: PieceStatement[];
      /**
       * For a lean piece: how many statements were left out of the parse (they
       * parse), null when none was, or 'error' when they do not parse (the main
       * thread then finds the errors itself).
       */
      leftOut: number | null | 'error';
    }
  | { error: { message: string; cursorPosition?: number } };

/**
 * Results of a batch's pieces `first`, `first + 1`, ... (null for a piece the
 * main thread claimed); `done` on the batch's last message. A batch's results
 * come in several messages, so that the main thread waits for no more than
 * the piece it needs.
 */
export interface BatchResult {
  id: number;
  first: number;
  results: Array<PieceResult | null>;
  done: boolean;
}

/** What the worker posts once its parser has loaded, before any result. */
export const PARSER_READY = 'ready';

export interface ParserWorkerData {
  treesFor: string[];
}
