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

/** Parses a migration file. `loadParser()` must have resolved. */
export function parseMigrationSql(raw: string): ParsedFile {
  const prepared = prepareSource(raw);
  const lines = new LineIndex(prepared.text);
  const bytes = Buffer.from(prepared.text, 'utf8');
  const result: ParsedFile = { statements: [], syntaxErrors: [], notes: prepared.notes, lines };
  parseRange(bytes, lines, 0, bytes.length, result);
  return result;
}

function parseRange(bytes: Buffer, lines: LineIndex, from: number, to: number, out: ParsedFile): void {
  const first = skipSpaceAndComments(bytes, from, to);
  if (first >= to) return;
  const chunk = bytes.toString('utf8', from, to);
  let tree: { stmts?: AstNode[] };
  try {
    tree = parseSync(chunk) as { stmts?: AstNode[] };
  } catch (e) {
    recoverFromError(bytes, lines, from, to, e as ParserError, out);
    return;
  }
  for (const raw of tree.stmts ?? []) {
    const location: number = from + (raw.stmt_location ?? 0);
    const length: number = raw.stmt_len ? raw.stmt_len : to - location;
    const start = skipSpaceAndComments(bytes, location, to);
    let end = Math.min(location + length, to);
    while (end > start && isSpace(bytes[end - 1])) end--;
    if (bytes[end] === 0x3b /* ; */) end++;
    const kind = Object.keys(raw.stmt)[0];
    const startPos = lines.positionOfByte(start);
    out.statements.push({
      kind,
      node: raw.stmt[kind],
      text: bytes.toString('utf8', start, end),
      start: startPos,
      end: lastCharacter(lines, end),
    });
  }
}

function recoverFromError(bytes: Buffer, lines: LineIndex, from: number, to: number, error: ParserError, out: ParsedFile): void {
  const message = String(error.message ?? error);
  if (/cannot be empty/i.test(message)) return;
  const cursor = error.sqlDetails?.cursorPosition;
  const errorByte = cursor === undefined || cursor < 0 ? from : lines.byteOfCodePoint(from, cursor);
  const ranges = splitStatementRanges(bytes, from, to);
  const failing = ranges.find(([s, e]) => errorByte >= s && errorByte < e) ?? ranges[ranges.length - 1] ?? [from, to];
  const [failStart, failEnd] = failing;
  if (failStart > from) parseRange(bytes, lines, from, failStart, out);
  const statementText = bytes.toString('utf8', failStart, failEnd);
  const placeholder = PLACEHOLDER.exec(statementText);
  const shown = Math.min(Math.max(errorByte, skipSpaceAndComments(bytes, failStart, failEnd)), to);
  let end = failEnd;
  while (end > failStart && isSpace(bytes[end - 1])) end--;
  out.syntaxErrors.push({
    message: placeholder
      ? `placeholder ${placeholder[0]} (Flyway-style) cannot be read as SQL: substitute it before linting (${message})`
      : message,
    start: lines.positionOfByte(placeholder ? failStart + Buffer.byteLength(statementText.slice(0, placeholder.index)) : shown),
    end: lastCharacter(lines, Math.max(end, shown + 1)),
  });
  out.syntaxErrors.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  if (failEnd < to) parseRange(bytes, lines, failEnd, to, out);
}

/** Position of the last character before the exclusive byte offset `end` (spans end inclusively, as editors show them). */
function lastCharacter(lines: LineIndex, end: number): Position {
  const after = lines.positionOfByte(end);
  return after.column > 1 ? { line: after.line, column: after.column - 1 } : after;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}
