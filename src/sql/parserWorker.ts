/**
 * The parser on a second thread. For a large file the main thread hands each
 * piece here and replays the piece before while this one parses: the parse
 * (libpg-query's WebAssembly and the JSON.parse of its output) is about half
 * the time of a lint. Trees go back as JSON text, which the main thread
 * parses faster than it would receive structured clones, and only for the
 * statement kinds the replay reads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModule, parseSync } from 'libpg-query';
import { PARSER_READY, type ParserWorkerData, type PieceRequest, type PieceResult } from './parserProtocol.js';

const port = parentPort;
if (port) {
  const treesFor = new Set((workerData as ParserWorkerData).treesFor);
  await loadModule();
  port.on('message', ({ id, text }: PieceRequest) => {
    let result: PieceResult;
    try {
      const tree = parseSync(text) as { stmts?: Array<{ stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }> };
      result = {
        id,
        statements: (tree.stmts ?? []).map((raw) => {
          const kind = Object.keys(raw.stmt)[0];
          return { kind, location: raw.stmt_location ?? 0, length: raw.stmt_len ?? 0, tree: treesFor.has(kind) ? JSON.stringify(raw.stmt[kind]) : null };
        }),
      };
    } catch (e) {
      const error = e as { message?: string; sqlDetails?: { cursorPosition?: number } };
      result = { id, error: { message: String(error.message ?? e), cursorPosition: error.sqlDetails?.cursorPosition } };
    }
    port.postMessage(result);
  });
  port.postMessage(PARSER_READY);
}
