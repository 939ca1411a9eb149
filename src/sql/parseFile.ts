/**
 * Turns one migration file into its statements, each with its location, using
 * PostgreSQL's own parser (libpg-query). A syntax error becomes a problem at
 * its line and column, and the statements around it are still read.
 */
import { loadModule, parseSync } from 'libpg-query';
import { LineIndex, prepareSource, type Position, type SourceNote } from './sourceText.js';
import { skipSpaceAndComments, splitStatementRanges } from './splitStatements.js';

/** A parse-tree node as libpg-query returns it: `{ NodeType: { ...fields } }`. */
export type AstNode = Record<string, any>;

export interface Span {
  start: Position;
  end: Position;
}

export interface Statement extends Span {
  /** The node's type, e.g. `IndexStmt`. */
  kind: string;
  /** The node's fields. */
  node: AstNode;
  /** Source text of the statement (without the trailing semicolon's whitespace). */
  text: string;
}

export interface SyntaxProblem extends Span {
  message: string;
}

export interface ParsedFile {
  statements: Statement[];
  syntaxErrors: SyntaxProblem[];
  notes: SourceNote[];
  lines: LineIndex;
}

let loaded: Promise<void> | undefined;

/** Loads the WebAssembly parser once per process. */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

interface ParserError {
  message: string;
  sqlDetails?: { cursorPosition?: number };
}

const PLACEHOLDER = /\$\{[^}\n]*\}/;

/**
 * A file is parsed in pieces of about this size, cut between statements: the
 * parser's output for a whole multi-megabyte file (its JSON, then its tree)
 * would otherwise be held in memory at once.
 */
export const CHUNK_BYTES = 128 * 1024;

export type StatementSink = (statement: Statement) => void;

/**
 * Parses a migration file. `loadParser()` must have resolved. With `onStatement`,
 * statements are handed over as they are read and not kept in the result.
 */
export function parseMigrationSql(raw: string, onStatement?: StatementSink): ParsedFile {
  const prepared = prepareSource(raw);
  const lines = new LineIndex(prepared.text);
  const bytes = Buffer.from(prepared.text, 'utf8');
  const result: ParsedFile = { statements: [], syntaxErrors: [], notes: prepared.notes, lines };
  const emit: StatementSink = onStatement ?? ((s) => result.statements.push(s));
  if (bytes.length <= CHUNK_BYTES) {
    parseRange(bytes, lines, 0, bytes.length, result, emit);
    return result;
  }
  const ranges = splitStatementRanges(bytes, 0, bytes.length);
  for (let i = 0; i < ranges.length; ) {
    let j = i;
    while (j + 1 < ranges.length && ranges[j][1] - ranges[i][0] < CHUNK_BYTES) j++;
    for (;;) {
      const from = ranges[i][0];
      const to = ranges[j][1];
      const attempt = tryParse(bytes, from, to);
      if ('tree' in attempt) {
        emitTree(attempt.tree, bytes, lines, from, to, emit);
        break;
      }
      // The cut may have fallen inside a statement the lexical splitter misread
      // (BEGIN ATOMIC bodies): an error in the last piece takes in the next one.
      if (j + 1 < ranges.length && errorByteOf(attempt.error, lines, from) >= ranges[j][0]) {
        j++;
        continue;
      }
      recoverFromError(bytes, lines, from, to, attempt.error, result, emit);
      break;
    }
    i = j + 1;
  }
  return result;
}

function tryParse(bytes: Buffer, from: number, to: number): { tree: { stmts?: AstNode[] } } | { error: ParserError } {
  try {
    return { tree: parseSync(bytes.toString('utf8', from, to)) as { stmts?: AstNode[] } };
  } catch (e) {
    return { error: e as ParserError };
  }
}

function errorByteOf(error: ParserError, lines: LineIndex, from: number): number {
  const cursor = error.sqlDetails?.cursorPosition;
  return cursor === undefined || cursor < 0 ? from : lines.byteOfCodePoint(from, cursor);
}

function parseRange(bytes: Buffer, lines: LineIndex, from: number, to: number, out: ParsedFile, emit: StatementSink): void {
  const first = skipSpaceAndComments(bytes, from, to);
  if (first >= to) return;
  const attempt = tryParse(bytes, from, to);
  if ('error' in attempt) recoverFromError(bytes, lines, from, to, attempt.error, out, emit);
  else emitTree(attempt.tree, bytes, lines, from, to, emit);
}

function emitTree(tree: { stmts?: AstNode[] }, bytes: Buffer, lines: LineIndex, from: number, to: number, emit: StatementSink): void {
  for (const raw of tree.stmts ?? []) {
    const location: number = from + (raw.stmt_location ?? 0);
    const length: number = raw.stmt_len ? raw.stmt_len : to - location;
    const start = skipSpaceAndComments(bytes, location, to);
    let end = Math.min(location + length, to);
    while (end > start && isSpace(bytes[end - 1])) end--;
    if (bytes[end] === 0x3b /* ; */) end++;
    const kind = Object.keys(raw.stmt)[0];
    emit({
      kind,
      node: raw.stmt[kind],
      text: bytes.toString('utf8', start, end),
      start: lines.positionOfByte(start),
      end: lastCharacter(lines, end),
    });
  }
}

function recoverFromError(bytes: Buffer, lines: LineIndex, from: number, to: number, error: ParserError, out: ParsedFile, emit: StatementSink): void {
  const message = String(error.message ?? error);
  if (/cannot be empty/i.test(message)) return;
  const errorByte = errorByteOf(error, lines, from);
  const ranges = splitStatementRanges(bytes, from, to);
  const failing = ranges.find(([s, e]) => errorByte >= s && errorByte < e) ?? ranges[ranges.length - 1] ?? [from, to];
  const [failStart, failEnd] = failing;
  if (failStart > from) parseRange(bytes, lines, from, failStart, out, emit);
  const statementText = bytes.toString('utf8', failStart, failEnd);
  const placeholder = PLACEHOLDER.exec(statementText);
  const shown = Math.min(Math.max(errorByte, skipSpaceAndComments(bytes, failStart, failEnd)), to);
  let end = failEnd;
  while (end > failStart && isSpace(bytes[end - 1])) end--;
  const start = lines.positionOfByte(placeholder ? failStart + Buffer.byteLength(statementText.slice(0, placeholder.index)) : shown);
  // "at end of input" in a file that ends there: the error is just past the last character, a span of none.
  const pastLastCharacter = !placeholder && shown >= bytes.length;
  out.syntaxErrors.push({
    message: placeholder
      ? `placeholder ${placeholder[0]} (Flyway-style) cannot be read as SQL: substitute it before linting (${message})`
      : message,
    start,
    end: pastLastCharacter ? start : lastCharacter(lines, Math.max(end, shown + 1)),
  });
  out.syntaxErrors.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  if (failEnd < to) parseRange(bytes, lines, failEnd, to, out, emit);
}

/** Position of the last character before the exclusive byte offset `end` (spans end inclusively, as editors show them). */
function lastCharacter(lines: LineIndex, end: number): Position {
  const after = lines.positionOfByte(end);
  return after.column > 1 ? { line: after.line, column: after.column - 1 } : after;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}
