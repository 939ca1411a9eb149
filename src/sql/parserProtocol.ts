/** The messages between the parser thread (parserWorker.ts) and the main thread (parserThread.ts). */

export interface PieceRequest {
  id: number;
  text: string;
}

export interface PieceStatement {
  kind: string;
  /** Byte offset in the piece, and byte length (0: to the end of the piece), as libpg-query gives them. */
  location: number;
  length: number;
  /** JSON text of the statement's node, for the kinds asked for; null for the others. */
  tree: string | null;
}

export type PieceResult = { id: number; statements: PieceStatement[] } | { id: number; error: { message: string; cursorPosition?: number } };

/** What the worker posts once its parser has loaded, before any result. */
export const PARSER_READY = 'ready';

export interface ParserWorkerData {
  treesFor: string[];
}
