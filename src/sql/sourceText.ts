/**
 * A migration file's text prepared for the parser, and the mapping from the
 * parser's offsets back to the lines and columns a person sees.
 *
 * Parts of a file that are not up-migration SQL (the down half of goose and
 * dbmate files, psql meta-commands, COPY data, branches psql does not run) are
 * blanked out rather than cut, one space per character, so every line and
 * column of the prepared text is the file's; where psql substitutes a
 * variable, the line index maps the value back to the reference's column.
 */
import { blankKeepingLines, mayNeedPsql, readPsqlScript, type PsqlMarker, type Substitution } from './psql.js';

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
  /** The text handed to the parser; same lines and columns as the file (see `substitutions`). */
  text: string;
  /** What was skipped and why. */
  notes: SourceNote[];
  /** What psql does between statements besides sending them (psql.ts). */
  markers: PsqlMarker[];
  /** psql variables substituted in the text: where the text's columns differ from the file's. */
  substitutions: Substitution[];
}

const GOOSE_DOWN = /^\s*--\s*\+goose\s+down\b/i;
const GOOSE_UP = /^\s*--\s*\+goose\s+up\b/i;
const DBMATE_DOWN = /^\s*--\s*migrate:down\b/i;
const DBMATE_UP = /^\s*--\s*migrate:up\b/i;
/** Every line the patterns above (and the NUL rule below) act on matches this. */
const LINE_MARKER = /^[ \t]*--[ \t]*(?:\+goose|migrate:)|\0/im;

/**
 * Blanks what is not up-migration SQL, then reads the rest as psql does
 * (psql.ts). Line ends are kept as they are, so line numbers never move.
 */
export function prepareSource(raw: string): PreparedSource {
  const notes: SourceNote[] = [];
  // A byte order mark is not SQL; a space keeps the columns.
  let text = raw.charCodeAt(0) === 0xfeff ? ' ' + raw.slice(1) : raw;
  if (LINE_MARKER.test(text)) text = blankDownMigrations(text, notes);
  if (!mayNeedPsql(text)) return { text, notes, markers: [], substitutions: [] };
  const script = readPsqlScript(text);
  return { text: script.text, notes: [...notes, ...script.notes].sort((a, b) => a.line - b.line), markers: script.markers, substitutions: script.substitutions };
}

function blankDownMigrations(text: string, notes: SourceNote[]): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  let inDown = false;
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i];
    const lineNo = i / 2 + 1;
    if (GOOSE_UP.test(line) || DBMATE_UP.test(line)) {
      inDown = false;
      continue;
    }
    if (GOOSE_DOWN.test(line) || DBMATE_DOWN.test(line)) {
      inDown = true;
      continue;
    }
    if (inDown) {
      parts[i] = blankKeepingLines(line);
      continue;
    }
    const nul = line.indexOf('\0');
    if (nul >= 0) {
      // The parser would stop reading the text at the NUL; psql stops reading only the line. (A
      // migration file with a NUL is refused as binary before it gets here: this is for text handed in.)
      notes.push({ line: lineNo, message: 'NUL byte: the rest of the line is skipped, as psql skips it' });
      parts[i] = line.slice(0, nul) + blankKeepingLines(line.slice(nul));
    }
  }
  return parts.join('');
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

  constructor(
    readonly text: string,
    /** Substituted psql variables, in order: a line break inside a value is not a line of the file. */
    private readonly substitutions: readonly Substitution[] = [],
  ) {
    this.bytes = Buffer.from(text, 'utf8');
    const b = this.bytes;
    if (substitutions.length === 0 && !text.includes('\r')) {
      // Line feeds alone, found natively: most files.
      for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    let next = 0;
    for (let i = 0; i < b.length; i++) {
      while (next < substitutions.length && substitutions[next].end <= i) next++;
      if (next < substitutions.length && substitutions[next].at <= i) {
        i = substitutions[next].end - 1;
        continue;
      }
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
    let column = 1 + this.codePoints(lineStart, clamped);
    // A substituted value counts as the reference written in the file; inside one is at its start.
    for (let k = this.firstSubstitutionFrom(lineStart); k < this.substitutions.length; k++) {
      const s = this.substitutions[k];
      if (s.at >= clamped) break;
      column -= clamped >= s.end ? this.codePoints(s.at, s.end) - s.referenceLength : this.codePoints(s.at, clamped);
    }
    return { line: lo + 1, column };
  }

  /** Index of the first substitution at or after byte `offset`. */
  private firstSubstitutionFrom(offset: number): number {
    let lo = 0;
    let hi = this.substitutions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.substitutions[mid].at < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private codePoints(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) if ((this.bytes[i] & 0xc0) !== 0x80) n++;
    return n;
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
