/**
 * A migration file's text prepared for the parser, and the mapping from the
 * parser's offsets back to the lines and columns a person sees.
 *
 * Parts of a file that are not up-migration SQL (the down half of goose and
 * dbmate files, psql meta-commands, COPY data) are blanked out rather than cut,
 * so every offset in the prepared text is an offset in the original file.
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (Unicode code points). */
  column: number;
}

export interface SourceNote {
  line: number;
  message: string;
}

export interface PreparedSource {
  /** The text handed to the parser; same lines and columns as the file. */
  text: string;
  /** What was skipped and why. */
  notes: SourceNote[];
}

const GOOSE_DOWN = /^\s*--\s*\+goose\s+down\b/i;
const GOOSE_UP = /^\s*--\s*\+goose\s+up\b/i;
const DBMATE_DOWN = /^\s*--\s*migrate:down\b/i;
const DBMATE_UP = /^\s*--\s*migrate:up\b/i;
const PSQL_META = /^\s*\\([a-zA-Z!?]+)/;
const COPY_FROM_STDIN = /^\s*copy\b[^;]*\bfrom\s+stdin\b/i;
const COPY_DATA_END = /^\\\.\s*$/;
/** Every line the patterns above (and the NUL rule below) act on matches this; a text with none is SQL as it stands. */
const ANY_MARKER = /^\s*(?:--\s*(?:\+goose|migrate:)|\\|copy\b)|\0/im;

function blank(line: string): string {
  // One space per code point keeps every later column where it was.
  let out = '';
  for (const _ of line) out += ' ';
  return out;
}

/**
 * Blanks what is not up-migration SQL. Line ends are kept as they are, so
 * line numbers never move.
 */
export function prepareSource(raw: string): PreparedSource {
  const notes: SourceNote[] = [];
  // A byte order mark is not SQL; a space keeps the columns.
  const text = raw.charCodeAt(0) === 0xfeff ? ' ' + raw.slice(1) : raw;
  if (!ANY_MARKER.test(text)) return { text, notes };
  const parts = text.split(/(\r\n|\n|\r)/);
  let inDown = false;
  let inCopyData = false;
  for (let i = 0; i < parts.length; i += 2) {
    let line = parts[i];
    const lineNo = i / 2 + 1;
    if (inCopyData) {
      if (COPY_DATA_END.test(line)) inCopyData = false;
      parts[i] = blank(line);
      continue;
    }
    if (GOOSE_UP.test(line) || DBMATE_UP.test(line)) {
      inDown = false;
      continue;
    }
    if (GOOSE_DOWN.test(line) || DBMATE_DOWN.test(line)) {
      inDown = true;
      continue;
    }
    if (inDown) {
      parts[i] = blank(line);
      continue;
    }
    const nul = line.indexOf('\0');
    if (nul >= 0) {
      // The parser would stop reading the text at the NUL; psql stops reading only the line. (A
      // migration file with a NUL is refused as binary before it gets here: this is for text handed in.)
      notes.push({ line: lineNo, message: 'NUL byte: the rest of the line is skipped, as psql skips it' });
      line = line.slice(0, nul) + blank(line.slice(nul));
      parts[i] = line;
    }
    const meta = PSQL_META.exec(line);
    if (meta) {
      notes.push({ line: lineNo, message: `psql meta-command \\${meta[1]} skipped` });
      parts[i] = blank(line);
      continue;
    }
    if (COPY_FROM_STDIN.test(line)) inCopyData = true;
  }
  return { text: parts.join(''), notes };
}

/**
 * Maps UTF-8 byte offsets (statement locations) and code-point offsets (the
 * syntax-error cursor) of a text to lines and columns.
 */
export class LineIndex {
  /** The text in UTF-8. */
  readonly bytes: Buffer;
  /** Byte offset where each line starts. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    const b = this.bytes;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d && b[i + 1] !== 0x0a) this.lineStarts.push(i + 1);
    }
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  /** The text between two byte offsets. */
  slice(startByte: number, endByte: number): string {
    return this.bytes.toString('utf8', startByte, endByte);
  }

  byteAt(offset: number): number {
    return this.bytes[offset];
  }

  positionOfByte(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.bytes.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo];
    // Count code points: every byte that is not a UTF-8 continuation byte.
    let column = 1;
    for (let i = lineStart; i < clamped; i++) if ((this.bytes[i] & 0xc0) !== 0x80) column++;
    return { line: lo + 1, column };
  }

  /** Byte offset of a code-point offset counted from `fromByte`. */
  byteOfCodePoint(fromByte: number, codePoints: number): number {
    let i = fromByte;
    let seen = 0;
    while (i < this.bytes.length && seen < codePoints) {
      i++;
      while (i < this.bytes.length && (this.bytes[i] & 0xc0) === 0x80) i++;
      seen++;
    }
    return i;
  }
}
