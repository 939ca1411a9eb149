/**
 * Turns one migration file into its statements, each with its location, using
 * PostgreSQL's own parser (libpg-query). A syntax error becomes a problem at
 * its line and column, and the statements around it are still read.
 */
import { loadModule, parseSync } from 'libpg-query';
import { LineIndex, prepareSource, type Position, type SourceNote } from './sourceText.js';
import { isSpace, skipSpaceAndComments, splitStatementRanges, statementBounds } from './splitStatements.js';
import { splitByKinds } from './statementKinds.js';
import { markerStatements, type PsqlMarker } from './psql.js';

/** A parse-tree node as libpg-query returns it: `{ NodeType: { ...fields } }`. */
export type AstNode = Record<string, any>;

export interface Span {
  start: Position;
  end: Position;
}

export interface Statement extends Span {
  /** The node's type, e.g. `IndexStmt`. */
  kind: string;
  /** The node's fields; null for a kind the caller did not ask trees for (`ParseOptions.treesFor`). */
  node: AstNode | null;
  /** Source text of the statement (without the trailing semicolon's whitespace). */
  text: string;
}

export interface SyntaxProblem extends Span {
  message: string;
}

export interface ParsedFile {
  statements: Statement[];
  /**
   * With `ParseOptions.onlyKinds`: the prepared text with only the statements
   * left out (the others blanked), for `checkLeftOut`; null when none was.
   */
  leftOut: Buffer | null;
  /** The same statements alone, one after the other: less to send to the parser thread. */
  leftOutStatements: string;
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

export interface ParseOptions {
  /**
   * The statement kinds whose trees the caller reads; the others come with
   * `node: null` (their syntax is still checked). All kinds when absent.
   */
  treesFor?: ReadonlySet<string>;
  /**
   * Set for a file read only for what it does to the schema: the statement
   * kinds that can change it. A statement that its first words show to be of
   * no such kind (an INSERT, a COMMENT, a GRANT...) is not parsed at all: it is
   * counted in `skipped`, and never handed over, and its syntax is not checked.
   */
  onlyKinds?: ReadonlySet<string>;
}

/** A file being parsed: its bytes, where its lines are, and where statements and errors go. */
export interface Source {
  bytes: Buffer;
  lines: LineIndex;
  result: ParsedFile;
  emit: StatementSink;
  treesFor: ReadonlySet<string> | undefined;
  /** What psql does between statements (psql.ts), in file order, and the next one to hand over. */
  markers: PsqlMarker[];
  nextMarker: number;
}

export function openSource(raw: string, onStatement: StatementSink | undefined, options: ParseOptions): Source {
  const prepared = prepareSource(raw);
  const lines = new LineIndex(prepared.text, prepared.substitutions);
  const result: ParsedFile = { statements: [], leftOut: null, leftOutStatements: '', syntaxErrors: [], notes: prepared.notes, lines };
  const source: Source = { bytes: lines.bytes, lines, result, emit: onStatement ?? ((s) => result.statements.push(s)), treesFor: options.treesFor, markers: prepared.markers, nextMarker: 0 };
  if (options.onlyKinds) leaveOut(source, options.onlyKinds);
  return source;
}

/**
 * Whether statements may be left out of `source`'s parse. Not where the file
 * sets psql's AUTOCOMMIT: when off, any statement, one the replay never reads
 * included, opens the transaction block that decides what the statements
 * after it do (CREATE INDEX CONCURRENTLY is refused inside it).
 */
export function mayLeaveOut(source: Source): boolean {
  return !source.markers.some((m) => m.kind === 'setting' && m.name === 'AUTOCOMMIT');
}

/** Leaves out of `source`'s parse the statements of no kind in `kinds` (`ParseOptions.onlyKinds`), where it may. */
export function leaveOut(source: Source, kinds: ReadonlySet<string>): void {
  if (!mayLeaveOut(source)) return;
  const split = splitByKinds(source.lines.bytes, kinds);
  if (!split) return;
  source.bytes = split.kept;
  source.result.leftOut = split.leftOut;
  source.result.leftOutStatements = split.leftOutStatements;
}

/** Hands over the statements of the psql markers before byte `before` (all that are left, at the end of the file). */
export function emitMarkers(source: Source, before: number): void {
  const { markers, treesFor } = source;
  while (source.nextMarker < markers.length && markers[source.nextMarker].at < before) {
    const { statements, note } = markerStatements(markers[source.nextMarker++], source.lines);
    for (const s of statements) source.emit(treesFor && !treesFor.has(s.kind) ? { ...s, node: null } : s);
    if (note) source.result.notes.push(note);
  }
}

/**
 * Parses a migration file. `loadParser()` must have resolved. With `onStatement`,
 * statements are handed over as they are read and not kept in the result.
 */
export function parseMigrationSql(raw: string, onStatement?: StatementSink, options: ParseOptions = {}): ParsedFile {
  return parseSource(openSource(raw, onStatement, options));
}

export function parseSource(source: Source): ParsedFile {
  const { bytes } = source;
  if (bytes.length <= CHUNK_BYTES) {
    parseRange(source, 0, bytes.length);
  } else {
    const ranges = splitStatementRanges(bytes, 0, bytes.length);
    let next = 0;
    for (const [first, last] of piecesOf(ranges)) if (next <= last) next = parsePiece(source, ranges, Math.max(next, first), last);
  }
  emitMarkers(source, Infinity);
  return source.result;
}

/** Statement ranges grouped into pieces of about CHUNK_BYTES: [first, last] range indexes. */
export function piecesOf(ranges: Array<[number, number]>): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (let i = 0; i < ranges.length;) {
    let j = i;
    while (j + 1 < ranges.length && ranges[j][1] - ranges[i][0] < CHUNK_BYTES) j++;
    pieces.push([i, j]);
    i = j + 1;
  }
  return pieces;
}

/** Parses ranges `first..last` as one piece; returns the index of the first range it did not take. */
export function parsePiece(source: Source, ranges: Array<[number, number]>, first: number, last: number): number {
  const from = ranges[first][0];
  for (let j = last; ; j++) {
    const to = ranges[j][1];
    const attempt = tryParse(source.bytes, from, to);
    if ('tree' in attempt) {
      emitTree(source, attempt.tree, from, to);
      return j + 1;
    }
    // The cut may have fallen inside a statement the lexical splitter misread
    // (BEGIN ATOMIC bodies): an error in the last range takes in the next one.
    if (j + 1 < ranges.length && errorByteOf(attempt.error, source.lines, from) >= ranges[j][0]) continue;
    recoverFromError(source, from, to, attempt.error);
    return j + 1;
  }
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

export function parseRange(source: Source, from: number, to: number): void {
  const first = skipSpaceAndComments(source.bytes, from, to);
  if (first >= to) return;
  const attempt = tryParse(source.bytes, from, to);
  if ('error' in attempt) recoverFromError(source, from, to, attempt.error);
  else emitTree(source, attempt.tree, from, to);
}

function emitTree(source: Source, tree: { stmts?: AstNode[] }, from: number, to: number): void {
  for (const raw of tree.stmts ?? []) {
    const kind = Object.keys(raw.stmt)[0];
    emitStatement(source, from, to, kind, from + (raw.stmt_location ?? 0), raw.stmt_len ?? 0, raw.stmt[kind]);
  }
}

/** Hands over one statement of the piece [from, to); `length` 0 means to the end of the piece. */
function emitStatement(source: Source, from: number, to: number, kind: string, location: number, length: number, node: AstNode | null): void {
  const [start, end] = statementBounds(source.bytes, location, length, to);
  emitStatementAt(source, kind, start, end, node);
}

/** Hands over the statement at bytes [start, end) (statementBounds), with its semicolon when one follows. */
export function emitStatementAt(source: Source, kind: string, start: number, end: number, node: AstNode | null): void {
  const { bytes, lines, treesFor } = source;
  if (bytes[end] === 0x3b /* ; */) end++;
  emitMarkers(source, start);
  source.emit({
    kind,
    node: treesFor && !treesFor.has(kind) ? null : node,
    text: bytes.toString('utf8', start, end),
    start: lines.positionOfByte(start),
    end: lastCharacter(lines, end),
  });
}

function recoverFromError(source: Source, from: number, to: number, error: ParserError): void {
  const { bytes, lines, result: out } = source;
  const message = String(error.message ?? error);
  if (/cannot be empty/i.test(message)) return;
  const errorByte = errorByteOf(error, lines, from);
  const ranges = splitStatementRanges(bytes, from, to);
  const failing = ranges.find(([s, e]) => errorByte >= s && errorByte < e) ?? ranges[ranges.length - 1] ?? [from, to];
  const [failStart, failEnd] = failing;
  if (failStart > from) parseRange(source, from, failStart);
  const statementText = bytes.toString('utf8', failStart, failEnd);
  const placeholder = PLACEHOLDER.exec(statementText);
  const shown = Math.min(Math.max(errorByte, skipSpaceAndComments(bytes, failStart, failEnd)), to);
  let end = failEnd;
  while (end > failStart && isSpace(bytes[end - 1])) end--;
  const start = lines.positionOfByte(placeholder ? failStart + Buffer.byteLength(statementText.slice(0, placeholder.index)) : shown);
  // "at end of input" in a file that ends there: the error is just past the last character, a span of none.
  const pastLastCharacter = !placeholder && shown >= bytes.length;
  out.syntaxErrors.push({
    message: placeholder ? `placeholder ${placeholder[0]} (Flyway-style) cannot be read as SQL: substitute it before linting (${message})` : message,
    start,
    end: pastLastCharacter ? start : lastCharacter(lines, Math.max(end, shown + 1)),
  });
  out.syntaxErrors.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  if (failEnd < to) parseRange(source, failEnd, to);
}

/** Position of the last character before the exclusive byte offset `end` (spans end inclusively, as editors show them). */
function lastCharacter(lines: LineIndex, end: number): Position {
  const after = lines.positionOfByte(end);
  return after.column > 1 ? { line: after.line, column: after.column - 1 } : after;
}
