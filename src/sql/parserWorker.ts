/**
 * The parser on a second thread. For a large file the main thread hands each
 * piece here and replays the piece before while this one parses: the parse is
 * about half the time of a lint.
 *
 * libpg-query's `parseSync` would JSON.parse its output here, only for the
 * trees to be turned back into text for the trip to the main thread (which
 * parses JSON faster than it receives structured clones). So this thread calls
 * the parser's WebAssembly directly, the way `parseSync` does, and cuts the
 * JSON text it returns into statements without parsing it. The main thread's
 * test (parseFile.test.ts) holds both ways of parsing to the same results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import createParserModule, { type ParserModule } from 'libpg-query/wasm/libpg-query.js';
import { BY_THREAD, PARSER_READY, UNCLAIMED, type BatchRequest, type BatchResult, type ParserWorkerData, type PieceResult, type PieceStatement } from './parserProtocol.js';
import { skipSpaceAndComments, statementBounds } from './splitStatements.js';
import { splitByKinds } from './statementKinds.js';

const port = parentPort;
if (port) {
  const treesFor = new Set((workerData as ParserWorkerData).treesFor);
  const parser = await createParserModule();
  port.on('message', ({ id, bytes, ends, lean, claims }: BatchRequest) => {
    let first = 0;
    let results: Array<PieceResult | null> = [];
    let parsedBytes = 0;
    for (let i = 0, from = 0; i < ends.length; from = ends[i++]) {
      // A piece the main thread has taken back is its own to parse.
      if (Atomics.compareExchange(claims, i, UNCLAIMED, BY_THREAD) !== UNCLAIMED) {
        results.push(null);
        continue;
      }
      try {
        results.push(parsePiece(parser, Buffer.from(bytes.buffer, bytes.byteOffset + from, ends[i] - from), lean[i], treesFor));
      } catch (e) {
        results.push({ error: { message: String((e as Error)?.message ?? e) } });
      }
      parsedBytes += ends[i] - from;
      if (parsedBytes >= RESULT_BYTES && i + 1 < ends.length) {
        port.postMessage({ id, first, results, done: false } satisfies BatchResult);
        first = i + 1;
        results = [];
        parsedBytes = 0;
      }
    }
    port.postMessage({ id, first, results, done: true } satisfies BatchResult);
  });
  port.postMessage(PARSER_READY);
}

const NO_TREES: ReadonlySet<string> = new Set();

/** Results go back once pieces of this many bytes are parsed, not only at the end of a batch. */
const RESULT_BYTES = 16 * 1024;

/**
 * One piece's statements, where each shows and its tree. A lean piece (a
 * whole history file) is first split as the main thread would split it
 * (parseFile.ts, leaveOut): the statements of no kind in `treesFor` are left
 * out of the parse, and parsed on their own only to be counted and checked.
 */
export function parsePiece(parser: ParserModule, utf8: Buffer, lean: boolean, treesFor: ReadonlySet<string>): PieceResult {
  const split = lean ? splitByKinds(utf8, treesFor) : null;
  const bytes = split ? split.kept : utf8;
  const statements: PieceStatement[] = [];
  // Nothing but space and comments: nothing to parse, as parseFile.ts's parseRange says.
  if (skipSpaceAndComments(bytes, 0, bytes.length) < bytes.length) {
    const parsed = parseToJson(parser, bytes);
    if ('error' in parsed) return { error: parsed.error };
    for (const s of statementsOf(parsed.json, treesFor)) {
      const [start, end] = statementBounds(bytes, s.location, s.length, bytes.length);
      statements.push({ kind: s.kind, start, end, tree: s.tree });
    }
  }
  if (!split) return { statements, leftOut: null };
  // The main thread reads each statement's text in the file as it is, not as split: a statement
  // that the splitter and the parser see differently is left to the main thread, which parses the split text.
  if (overlap(statements, split.leftOutRanges)) return { error: { message: 'the statements left out of the parse and the statements parsed overlap' } };
  const checked = parseToJson(parser, Buffer.from(split.leftOutStatements, 'utf8'));
  return { statements, leftOut: 'error' in checked ? 'error' : statementsOf(checked.json, NO_TREES).length };
}

/** Whether a statement's bytes (its end included) meet a left-out range; both lists are in file order. */
function overlap(statements: PieceStatement[], ranges: Array<[number, number]>): boolean {
  let r = 0;
  for (const { start, end } of statements) {
    while (r < ranges.length && ranges[r][1] <= start) r++;
    if (r < ranges.length && ranges[r][0] <= end) return true;
  }
  return false;
}

/**
 * libpg-query's parse result, as its `parseSync` reads it: the JSON text, or
 * the error and its cursor. The input is UTF-8 already, and the output is
 * decoded natively: libpg-query's own string helpers loop over bytes in
 * JavaScript.
 */
function parseToJson(parser: ParserModule, utf8: Uint8Array): { json: string } | { error: { message: string; cursorPosition?: number } } {
  const input = parser._malloc(utf8.length + 1);
  let result = 0;
  try {
    parser.HEAPU8.set(utf8, input);
    parser.HEAPU8[input + utf8.length] = 0;
    result = parser._wasm_parse_query_raw(input);
    if (!result) throw new Error('the parser could not allocate memory');
    // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
    const tree = parser.getValue(result, 'i32');
    const error = parser.getValue(result + 8, 'i32');
    if (error) {
      // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; ... }
      const message = parser.getValue(error, 'i32');
      const cursor = parser.getValue(error + 16, 'i32');
      return { error: { message: message ? cString(parser, message) : 'unknown parser error', cursorPosition: cursor > 0 ? cursor - 1 : 0 } };
    }
    return { json: cString(parser, tree) };
  } finally {
    parser._free(input);
    if (result) parser._wasm_free_parse_result(result);
  }
}

/** The NUL-terminated UTF-8 string at `pointer` in the parser's memory. */
function cString(parser: ParserModule, pointer: number): string {
  // The memory may have grown during the call: HEAPU8 is read again.
  const heap = parser.HEAPU8;
  const end = heap.indexOf(0, pointer);
  return Buffer.from(heap.buffer, heap.byteOffset + pointer, (end < 0 ? heap.length : end) - pointer).toString('utf8');
}

/** A statement as the parser's JSON gives it. */
export interface RawStatement {
  kind: string;
  /** Byte offset, and byte length (0: to the end of the text), as libpg-query gives them. */
  location: number;
  length: number;
  /** JSON text of the statement's node, for the kinds asked for; null for the others. */
  tree: string | null;
}

const STATEMENTS = '"stmts":[';
const STATEMENT = '{"stmt":{"';

/**
 * The statements of the parser's JSON, `{"version":N,"stmts":[{"stmt":{"Kind":
 * {...}},"stmt_location":N,"stmt_len":N},...]}`, each with its node's JSON text
 * for the kinds in `treesFor`. Anything else in that shape is an error, never
 * a guess.
 *
 * Only a statement's wrapper has the key `stmt` (RawStmt, in libpg-query's
 * node types), and no string can hold `{"stmt":{"` (its quotes would be
 * escaped): the statements are found by that text alone, each one's wrapper
 * is checked from its end, and the objects inside are not walked. Output of
 * another shape is walked object by object (statementsWalked).
 */
export function statementsOf(json: string, treesFor: ReadonlySet<string>): RawStatement[] {
  const list = json.indexOf(STATEMENTS);
  if (list < 0) return [];
  const statements: RawStatement[] = [];
  const listStart = list + STATEMENTS.length;
  let at = json.indexOf(STATEMENT, listStart);
  if (at < 0 ? !json.startsWith(']}', listStart) : at !== listStart) return statementsWalked(json, treesFor);
  while (at >= 0) {
    const next = json.indexOf(STATEMENT, at + STATEMENT.length);
    // The wrapper ends with `}` before the `,` of the next statement, or before the list's `]}`.
    if (next < 0 ? !json.endsWith(']}') : json.charCodeAt(next - 1) !== 0x2c) return statementsWalked(json, treesFor);
    const wrapperEnd = (next < 0 ? json.length - 2 : next - 1) - 1;
    const statement = wrapped(json, at, wrapperEnd, treesFor);
    if (!statement) return statementsWalked(json, treesFor);
    statements.push(statement);
    at = next;
  }
  return statements;
}

/**
 * The statement whose wrapper runs from `at` to the `}` at `end`:
 * `{"stmt":{"Kind":{...}}` then `,"stmt_location":N` and `,"stmt_len":N`
 * when they are not 0, then `}`. Null when it is not that.
 */
function wrapped(json: string, at: number, end: number, treesFor: ReadonlySet<string>): RawStatement | null {
  if (json.charCodeAt(end) !== 0x7d) return null;
  const statement: RawStatement = { kind: '', location: 0, length: 0, tree: null };
  let i = end;
  for (const [key, field] of [
    [',"stmt_len":', 'length'],
    [',"stmt_location":', 'location'],
  ] as const) {
    let digits = i;
    while (digits > at && json.charCodeAt(digits - 1) >= 0x30 && json.charCodeAt(digits - 1) <= 0x39) digits--;
    if (digits === i || !json.startsWith(key, digits - key.length)) continue;
    statement[field] = Number(json.slice(digits, i));
    i = digits - key.length;
  }
  // `}` closes {"stmt":...}, and the node's object closes just before it.
  const kindStart = at + STATEMENT.length;
  const kindEnd = json.indexOf('"', kindStart);
  const nodeStart = kindEnd + 2;
  const nodeEnd = i - 1;
  if (json.charCodeAt(nodeEnd) !== 0x7d || json.charCodeAt(nodeEnd - 1) !== 0x7d || kindEnd < 0 || nodeStart >= nodeEnd) return null;
  if (json.charCodeAt(kindEnd + 1) !== 0x3a || json.charCodeAt(nodeStart) !== 0x7b) return null;
  statement.kind = json.slice(kindStart, kindEnd);
  if (treesFor.has(statement.kind)) statement.tree = json.slice(nodeStart, nodeEnd);
  return statement;
}

/** statementsOf, walking each statement's objects to find where it ends. */
export function statementsWalked(json: string, treesFor: ReadonlySet<string>): RawStatement[] {
  const statements: RawStatement[] = [];
  const list = json.indexOf(STATEMENTS);
  if (list < 0) return statements;
  let i = list + STATEMENTS.length;
  while (json.startsWith(STATEMENT, i)) {
    const kindStart = i + STATEMENT.length;
    const kindEnd = json.indexOf('"', kindStart);
    const nodeStart = kindEnd + 2;
    const nodeEnd = endOfObject(json, nodeStart);
    if (json[kindEnd + 1] !== ':' || json[nodeEnd] !== '}') throw new Error('unexpected parser output');
    const kind = json.slice(kindStart, kindEnd);
    const statement: RawStatement = { kind, location: 0, length: 0, tree: treesFor.has(kind) ? json.slice(nodeStart, nodeEnd) : null };
    i = nodeEnd + 1;
    for (const [key, field] of [
      ['"stmt_location":', 'location'],
      ['"stmt_len":', 'length'],
    ] as const) {
      if (!json.startsWith(key, i + 1) || json[i] !== ',') continue;
      let end = i + 1 + key.length;
      while (json.charCodeAt(end) >= 0x30 && json.charCodeAt(end) <= 0x39) end++;
      statement[field] = Number(json.slice(i + 1 + key.length, end));
      i = end;
    }
    if (json[i] !== '}') throw new Error('unexpected parser output');
    statements.push(statement);
    i += json[i + 1] === ',' ? 2 : 1;
  }
  if (json[i] !== ']') throw new Error('unexpected parser output');
  return statements;
}

/** The offset just past the object that opens at `start`, skipping over strings. */
function endOfObject(json: string, start: number): number {
  if (json.charCodeAt(start) !== 0x7b) throw new Error('unexpected parser output');
  let depth = 0;
  for (let i = start; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // The closing quote is the first one not escaped by an odd run of backslashes.
      for (;;) {
        const quote = json.indexOf('"', i + 1);
        if (quote < 0) throw new Error('unexpected parser output');
        let backslashes = 0;
        while (json.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
        i = quote;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i + 1;
  }
  throw new Error('unexpected parser output');
}
