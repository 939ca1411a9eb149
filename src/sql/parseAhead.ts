/**
 * Files parsed ahead on the parser thread while the main thread replays the
 * statements before them. The files are taken in order; as each is taken,
 * the ones after it are read and prepared, and their pieces handed to the
 * thread, up to about a megabyte ahead. When a piece's turn comes, the
 * thread's answer is used if the thread has begun it, and otherwise the
 * piece is taken back and parsed here: no piece is parsed twice, and a slow
 * start of the thread costs nothing. The statements, trees, positions and
 * errors are the ones `parseMigrationSql` gives, in the same order
 * (parseFile.test.ts and lint-history.test.ts hold the two ways to the same
 * results).
 */
import {
  CHUNK_BYTES,
  emitMarkers,
  emitStatementAt,
  leaveOut,
  loadParser,
  mayLeaveOut,
  openSource,
  parsePiece,
  parseRange,
  parseSource,
  piecesOf,
  type AstNode,
  type ParsedFile,
  type ParseOptions,
  type Source,
  type StatementSink,
  type SyntaxProblem,
} from './parseFile.js';
import type { PieceResult } from './parserProtocol.js';
import type { ParserThread, PieceTicket } from './parserThread.js';
import { skipSpaceAndComments, splitStatementRanges } from './splitStatements.js';

/** How many bytes of SQL are handed to the thread ahead of the piece being replayed. */
const AHEAD_BYTES = 1024 * 1024;

export interface FileToParse {
  /** The file's text; what it throws (a file that cannot be read) is thrown again when the file is taken. */
  read(): string;
  options: ParseOptions;
  /** Whether the file, once read, is parsed on the thread (a file left for this thread is parsed here when taken). */
  beside(raw: string): boolean;
}

/** A piece of a file: ranges `first..last` of a large file, or the whole of a small one (`first` -1). */
interface Piece {
  first: number;
  last: number;
  from: number;
  to: number;
  ticket: PieceTicket | null;
}

const NO_CHECK: LeftOutCheck = { statements: 0, syntaxErrors: [] };

/** A file read and prepared, its pieces handed to the thread or not yet. */
export interface OpenedFile {
  raw: string;
  source: Source;
  beside: boolean;
  /** Statement ranges of a large file; null for a file parsed as one piece. */
  ranges: Array<[number, number]> | null;
  pieces: Piece[];
  /** How many of `pieces` have been handed to the thread. */
  asked: number;
  /**
   * A small history file handed to the thread whole: the thread leaves
   * statements out of its parse (parseFile.ts, leaveOut) and checks them.
   * Here they are left out only when the file is parsed here.
   */
  leanKinds: ReadonlySet<string> | null;
  /** The thread's count of the statements it left out of a lean file (PieceResult); undefined until it has answered. */
  leanLeftOut: number | null | 'error' | undefined;
  /** The statements a large history file's parse left out, handed to the thread after its pieces. */
  leftOut: PieceTicket | null;
  leftOutAsked: boolean;
}

type Opened = OpenedFile | { error: unknown };

export interface LeftOutCheck {
  statements: number;
  syntaxErrors: SyntaxProblem[];
}

export class ParseAhead {
  private readonly opened = new Map<number, Opened>();
  /** The next file to open, and the next whose pieces are to be handed to the thread. */
  private nextToOpen = 0;
  private nextToAsk = 0;
  /** Bytes handed to the thread and not yet taken, and bytes read ahead and not yet taken. */
  private inFlight = 0;
  private openedAhead = 0;
  private thread: ParserThread | null | undefined;
  private finish!: () => void;
  /** Resolves at `done()`: every file has been taken, and the checks the thread has not begun are taken back. */
  private readonly finished = new Promise<void>((resolve) => (this.finish = resolve));

  constructor(
    private readonly files: readonly FileToParse[],
    /** Starts the thread the first time a file is to be parsed beside; null when there is none. */
    private readonly startThread: () => ParserThread | null,
    /**
     * Wait for the thread's answer to every piece handed to it, rather than
     * take back those it has not begun: for tests, which then see every
     * piece parsed on the thread.
     */
    private readonly waitForThread = false,
  ) {}

  /** File `i`, read and prepared. Files are taken in order, each once. */
  take(i: number): OpenedFile {
    while (this.nextToOpen <= i) this.open();
    // The file before is done; this one stays until the next is taken, for its pieces still to be asked for.
    this.opened.delete(i - 1);
    const opened = this.opened.get(i)!;
    if ('error' in opened) throw opened.error;
    if (this.nextToAsk < i) this.nextToAsk = i;
    this.openedAhead -= opened.source.bytes.length;
    return opened;
  }

  /**
   * Parses a file taken, handing its statements to `onStatement` as they are
   * read; the same statements as `parseMigrationSql`.
   */
  async parse(file: OpenedFile, onStatement: StatementSink): Promise<ParsedFile> {
    const { source, ranges } = file;
    source.emit = onStatement;
    await loadParser();
    if (!file.beside) {
      this.pump();
      return parseSource(source);
    }
    let next = 0;
    for (let p = 0; p < file.pieces.length; p++) {
      const piece = file.pieces[p];
      // The thread is not asked for a piece whose turn has come: it is parsed here.
      if (file.asked <= p) file.asked = p + 1;
      this.pump();
      const answer = await this.answerOf(piece);
      this.inFlight -= piece.to - piece.from;
      const statements = answer && 'statements' in answer ? answer : null;
      if (!ranges) {
        if (statements) {
          for (const s of statements.statements) emitStatementAt(source, s.kind, piece.from + s.start, piece.from + s.end, s.tree === null ? null : (JSON.parse(s.tree) as AstNode));
          file.leanLeftOut = statements.leftOut;
        } else {
          if (file.leanKinds) leaveOut(source, file.leanKinds);
          parseRange(source, piece.from, source.bytes.length);
        }
      } else if (next > piece.last) {
        // Taken in by the piece before (see parsePiece).
      } else if (next === piece.first && statements) {
        for (const s of statements.statements) emitStatementAt(source, s.kind, piece.from + s.start, piece.from + s.end, s.tree === null ? null : (JSON.parse(s.tree) as AstNode));
        next = piece.last + 1;
      } else {
        // Not the thread's, an error, or a piece begun by the one before: parsed here, as parseMigrationSql does.
        next = parsePiece(source, ranges, next, piece.last);
      }
    }
    emitMarkers(source, Infinity);
    return source.result;
  }

  /**
   * The statements a parse with `onlyKinds` left out of `parsed`: how many
   * there are and their syntax errors, exactly as the whole file's parse
   * finds them (the left-out text keeps every byte and character in place).
   * The thread's answer when it comes; a check the thread has not begun by
   * `done()` is taken back and made here. Where the thread's parse fails, the
   * check is made again here, to recover from each error as the whole parse
   * does.
   */
  async checkLeftOut(file: OpenedFile, parsed: ParsedFile): Promise<LeftOutCheck> {
    if (file.leanLeftOut === null) return NO_CHECK;
    if (typeof file.leanLeftOut === 'number') return { statements: file.leanLeftOut, syntaxErrors: [] };
    // They do not parse: the file is split here, to find their errors as the whole parse finds them.
    if (file.leanLeftOut === 'error' && file.leanKinds) leaveOut(file.source, file.leanKinds);
    const leftOut = parsed.leftOut;
    if (!leftOut) return NO_CHECK;
    let answer: PieceResult | null = null;
    const ticket = file.leftOut;
    if (ticket) {
      const first = await Promise.race([ticket.answer, this.waitForThread ? new Promise<never>(() => {}) : this.finished.then(() => undefined)]);
      answer = first !== undefined ? first : ticket.takeBack() ? null : await ticket.answer;
    }
    // Without an error, only the count matters: the thread was sent the statements alone. An error is found again in place.
    if (answer && 'statements' in answer) return { statements: answer.statements.length, syntaxErrors: [] };
    await loadParser();
    let statements = 0;
    const result: ParsedFile = { statements: [], leftOut: null, leftOutStatements: '', syntaxErrors: [], notes: [], lines: parsed.lines };
    parseSource({ bytes: leftOut, lines: parsed.lines, result, emit: () => statements++, treesFor: new Set(), markers: [], nextMarker: 0 });
    return { statements, syntaxErrors: result.syntaxErrors };
  }

  /** Every file has been taken: the checks of left-out statements that the thread has not begun are made here. */
  done(): void {
    this.finish();
  }

  private async answerOf(piece: Piece): Promise<PieceResult | null> {
    if (!piece.ticket) return null;
    if (this.waitForThread) this.thread?.flush();
    else if (piece.ticket.takeBack()) return null;
    return piece.ticket.answer;
  }

  /** Reads and prepares the next file. */
  private open(): void {
    const i = this.nextToOpen++;
    const file = this.files[i];
    let opened: Opened;
    try {
      const raw = file.read();
      const beside = file.beside(raw) && (this.thread ??= this.startThread()) !== null;
      const { onlyKinds } = file.options;
      const source = openSource(raw, undefined, { treesFor: file.options.treesFor });
      // A small history file is split by the thread; a large one here, before it is cut into pieces.
      const leanKinds = beside && onlyKinds && source.bytes.length <= CHUNK_BYTES && mayLeaveOut(source) ? onlyKinds : null;
      if (onlyKinds && !leanKinds) leaveOut(source, onlyKinds);
      const { bytes } = source;
      let ranges: Array<[number, number]> | null = null;
      const pieces: Piece[] = [];
      if (beside && bytes.length > CHUNK_BYTES) {
        ranges = splitStatementRanges(bytes, 0, bytes.length);
        for (const [first, last] of piecesOf(ranges)) pieces.push({ first, last, from: ranges[first][0], to: ranges[last][1], ticket: null });
      } else if (beside && skipSpaceAndComments(bytes, 0, bytes.length) < bytes.length) {
        pieces.push({ first: -1, last: -1, from: 0, to: bytes.length, ticket: null });
      }
      opened = { raw, source, beside, ranges, pieces, asked: 0, leanKinds, leanLeftOut: undefined, leftOut: null, leftOutAsked: false };
      this.openedAhead += bytes.length;
    } catch (error) {
      opened = { error };
    }
    this.opened.set(i, opened);
  }

  /**
   * Hands pieces to the thread until about AHEAD_BYTES are ahead of the
   * replay, opening the files after the one being parsed as needed; only when
   * half of that is left, so that small files go out many to a message.
   */
  private pump(): void {
    if (!this.thread || this.inFlight > AHEAD_BYTES / 2) return;
    while (this.inFlight < AHEAD_BYTES && this.openedAhead < 2 * AHEAD_BYTES) {
      if (this.nextToAsk >= this.nextToOpen) {
        if (this.nextToOpen >= this.files.length) break;
        this.open();
      }
      const file = this.opened.get(this.nextToAsk);
      // A file that cannot be read stops the run when its turn comes: nothing after it is asked for.
      if (file && 'error' in file) break;
      if (!file || !file.beside) {
        this.nextToAsk++;
        continue;
      }
      if (file.asked < file.pieces.length) {
        const piece = file.pieces[file.asked++];
        piece.ticket = this.thread.parse(file.source.bytes.subarray(piece.from, piece.to), file.leanKinds !== null);
        this.inFlight += piece.to - piece.from;
        continue;
      }
      if (!file.leftOutAsked) {
        file.leftOutAsked = true;
        const statements = file.source.result.leftOutStatements;
        if (file.source.result.leftOut) file.leftOut = this.thread.parse(Buffer.from(statements, 'utf8'));
      }
      this.nextToAsk++;
    }
    this.thread.flush();
  }
}

/**
 * `parseMigrationSql` with a large file's pieces parsed on `thread` while
 * the statements of the piece before are handed to `onStatement`; without a
 * thread, or for a small file, it is `parseMigrationSql`.
 */
export async function parseMigrationSqlBeside(thread: ParserThread | null, raw: string, onStatement: StatementSink, options: ParseOptions = {}): Promise<ParsedFile> {
  const ahead = new ParseAhead([{ read: () => raw, options, beside: () => raw.length > CHUNK_BYTES }], () => thread);
  return ahead.parse(ahead.take(0), onStatement);
}
