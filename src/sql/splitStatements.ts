/**
 * A lexical splitter used only after the parser has rejected a file: it finds
 * where statements end (top-level semicolons, outside quotes, comments and
 * dollar quotes) so that one syntax error does not hide the rest of the file.
 */

/** Byte ranges [start, end) of the statements of a UTF-8 buffer. */
export function splitStatementRanges(bytes: Uint8Array, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = from;
  let i = from;
  const at = (k: number) => (k < to ? bytes[k] : -1);
  while (i < to) {
    const c = bytes[i];
    if (c === 0x2d /* - */ && at(i + 1) === 0x2d) {
      // As PostgreSQL's scanner: a -- comment ends at a line feed or a carriage return.
      while (i < to && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x2f /* / */ && at(i + 1) === 0x2a /* * */) {
      let depth = 1;
      i += 2;
      while (i < to && depth > 0) {
        if (bytes[i] === 0x2f && at(i + 1) === 0x2a) {
          depth++;
          i += 2;
        } else if (bytes[i] === 0x2a && at(i + 1) === 0x2f) {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === 0x27 /* ' */) {
      // E'...' strings honour backslash escapes.
      const escapes = i > from && (bytes[i - 1] === 0x45 || bytes[i - 1] === 0x65);
      i++;
      while (i < to) {
        if (escapes && bytes[i] === 0x5c) {
          i += 2;
          continue;
        }
        if (bytes[i] === 0x27) {
          if (at(i + 1) === 0x27) {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
    } else if (c === 0x22 /* " */) {
      i++;
      while (i < to && !(bytes[i] === 0x22 && at(i + 1) !== 0x22)) i += bytes[i] === 0x22 ? 2 : 1;
      i++;
    } else if (c === 0x24 /* $ */ && !isIdentByte(at(i - 1))) {
      const tagEnd = dollarTagEnd(bytes, i, to);
      if (tagEnd < 0) {
        i++;
        continue;
      }
      const tag = Buffer.from(bytes.subarray(i, tagEnd + 1));
      const close = Buffer.from(bytes.buffer, bytes.byteOffset, to).indexOf(tag, tagEnd + 1);
      i = close < 0 ? to : close + tag.length;
    } else if (c === 0x3b /* ; */) {
      ranges.push([start, i + 1]);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  if (start < to) ranges.push([start, to]);
  return ranges;
}

function isIdentByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

/** Offset of the closing `$` of a dollar-quote tag starting at `i`, or -1. */
function dollarTagEnd(bytes: Uint8Array, i: number, to: number): number {
  let k = i + 1;
  if (k < to && bytes[k] >= 0x30 && bytes[k] <= 0x39) return -1; // $1 is a parameter
  while (k < to && isIdentByte(bytes[k]) && bytes[k] !== 0x24) k++;
  return k < to && bytes[k] === 0x24 ? k : -1;
}

/** Offset of the first byte that is neither white space nor part of a comment. */
export function skipSpaceAndComments(bytes: Uint8Array, i: number, to: number): number {
  while (i < to) {
    const c = bytes[i];
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) i++;
    else if (c === 0x2d && bytes[i + 1] === 0x2d) {
      while (i < to && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x2f && bytes[i + 1] === 0x2a) {
      let depth = 1;
      i += 2;
      while (i < to && depth > 0) {
        if (bytes[i] === 0x2f && bytes[i + 1] === 0x2a) {
          depth++;
          i += 2;
        } else if (bytes[i] === 0x2a && bytes[i + 1] === 0x2f) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return i;
}

/**
 * Where a statement the parser found at `location` (byte `length`, 0 for the
 * rest) of the text ending at `to` shows: from its first byte that is not
 * space or comment to its last that is not space. Its semicolon, when the
 * byte at the end is one, is the caller's to take in.
 */
export function statementBounds(bytes: Uint8Array, location: number, length: number, to: number): [number, number] {
  const start = skipSpaceAndComments(bytes, location, to);
  let end = Math.min(length ? location + length : to, to);
  while (end > start && isSpace(bytes[end - 1])) end--;
  return [start, end];
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}
