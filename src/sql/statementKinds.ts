/**
 * What a statement is, from its first words, without parsing it: enough to
 * leave out of the parse the statements of a history file that cannot change
 * the schema. Only words that name one kind of statement for certain are
 * listed; any other statement is parsed.
 */
import { skipSpaceAndComments, splitStatementRanges } from './splitStatements.js';

/** Leading words and the statement kinds (libpg-query node names) they begin. */
const KINDS_BY_WORDS: Record<string, string[]> = {
  INSERT: ['InsertStmt'],
  UPDATE: ['UpdateStmt'],
  DELETE: ['DeleteStmt'],
  MERGE: ['MergeStmt'],
  COMMENT: ['CommentStmt'],
  GRANT: ['GrantStmt', 'GrantRoleStmt'],
  REVOKE: ['GrantStmt', 'GrantRoleStmt'],
  COPY: ['CopyStmt'],
  TRUNCATE: ['TruncateStmt'],
  ANALYZE: ['VacuumStmt'],
  ANALYSE: ['VacuumStmt'],
  VACUUM: ['VacuumStmt'],
  LOCK: ['LockStmt'],
  NOTIFY: ['NotifyStmt'],
  LISTEN: ['ListenStmt'],
  CALL: ['CallStmt'],
  REFRESH: ['RefreshMatViewStmt'],
  BEGIN: ['TransactionStmt'],
  START: ['TransactionStmt'],
  COMMIT: ['TransactionStmt'],
  END: ['TransactionStmt'],
  ROLLBACK: ['TransactionStmt'],
  ABORT: ['TransactionStmt'],
  SAVEPOINT: ['TransactionStmt'],
  RELEASE: ['TransactionStmt'],
  'CREATE TRIGGER': ['CreateTrigStmt'],
  'CREATE CONSTRAINT TRIGGER': ['CreateTrigStmt'],
  'CREATE OR REPLACE TRIGGER': ['CreateTrigStmt'],
  'CREATE FUNCTION': ['CreateFunctionStmt'],
  'CREATE OR REPLACE FUNCTION': ['CreateFunctionStmt'],
  'CREATE PROCEDURE': ['CreateFunctionStmt'],
  'CREATE OR REPLACE PROCEDURE': ['CreateFunctionStmt'],
  'CREATE EXTENSION': ['CreateExtensionStmt'],
};

/**
 * Bodies the lexical splitter cuts in the wrong place (BEGIN ATOMIC, a rule's
 * parenthesised actions): a file with one is parsed whole.
 */
const MISREAD_BY_SPLITTER = /\bATOMIC\b|\bRULE\b/i;

/** The statement kinds a statement that begins at `start` can be, or null when its first words do not say. */
function kindsOf(bytes: Uint8Array, start: number, end: number): string[] | null {
  const words: string[] = [];
  let i = start;
  while (words.length < 4 && i < end) {
    let j = i;
    while (j < end && (bytes[j] | 0x20) >= 0x61 && (bytes[j] | 0x20) <= 0x7a) j++;
    if (j === i) break;
    words.push(Buffer.from(bytes.subarray(i, j)).toString('latin1').toUpperCase());
    const kinds = KINDS_BY_WORDS[words.join(' ')];
    // A word must end where the letters end: `INSERTED` is not `INSERT`.
    if (kinds && !isWordByte(bytes[j])) return kinds;
    if (j >= end || !isSpaceByte(bytes[j])) break;
    i = j;
    while (i < end && isSpaceByte(bytes[i])) i++;
  }
  return null;
}

function isSpaceByte(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

function isWordByte(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x24 || c >= 0x80);
}

/**
 * Two copies of `bytes`: `kept`, in which each statement of no kind in
 * `kinds` is a comment of the same length, and `leftOut`, in which every other
 * statement is; and the left-out statements alone, one after the other, and
 * where they were. Each statement keeps its byte offsets and every character its
 * code-point position (the parser's error cursor counts code points), so
 * nothing changes place. Null when no statement is left out, or when one
 * cannot be made a comment (too short, or a multi-byte character at an end).
 */
export function splitByKinds(bytes: Buffer, kinds: ReadonlySet<string>): { kept: Buffer; leftOut: Buffer; leftOutStatements: string; leftOutRanges: Array<[number, number]> } | null {
  if (MISREAD_BY_SPLITTER.test(bytes.toString('latin1'))) return null;
  const kept = Buffer.from(bytes);
  const leftOut = Buffer.from(bytes);
  const statements: string[] = [];
  const leftOutRanges: Array<[number, number]> = [];
  let any = false;
  for (const [from, to] of splitStatementRanges(bytes, 0, bytes.length)) {
    const start = skipSpaceAndComments(bytes, from, to);
    // Nothing, or an empty statement: the parser makes nothing of it either way.
    if (start >= to || bytes[start] === 0x3b) continue;
    const statementKinds = kindsOf(bytes, start, to);
    const skip = statementKinds !== null && !statementKinds.some((k) => kinds.has(k));
    if (!asComment(skip ? kept : leftOut, start, to)) return null;
    if (skip) {
      statements.push(bytes.toString('utf8', start, to));
      leftOutRanges.push([start, to]);
    }
    any ||= skip;
  }
  return any ? { kept, leftOut, leftOutStatements: statements.join('\n'), leftOutRanges } : null;
}

/** Makes [start, to) a comment of the same bytes' length and code points; false when it cannot. */
function asComment(copy: Buffer, start: number, to: number): boolean {
  // Room for the comment's `/*` and `*/` on ASCII bytes at both ends.
  if (to - start < 4 || copy[start] >= 0x80 || copy[start + 1] >= 0x80 || copy[to - 1] >= 0x80 || copy[to - 2] >= 0x80) return false;
  for (let i = start; i < to; i++) {
    const c = copy[i];
    // Multi-byte characters stay, so code points keep their count; all else is blanked.
    if (c < 0x80 && c !== 0x0a && c !== 0x0d) copy[i] = 0x20;
  }
  copy[start] = 0x2f;
  copy[start + 1] = 0x2a;
  copy[to - 2] = 0x2a;
  copy[to - 1] = 0x2f;
  return true;
}
