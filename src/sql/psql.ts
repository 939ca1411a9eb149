/**
 * A migration file read the way `psql -f` reads it: what psql sends to the
 * server, and when. psql, not the server, decides where a statement ends when
 * a meta-command follows SQL (`SELECT ... \gset`, `\g`), which lines are COPY
 * data, which `\if` branches run, where `\quit` stops and where `\connect`
 * starts a new session; it also substitutes `:var`, `:'var'` and `:"var"`.
 *
 * The result keeps every line and column of the file: a meta-command that
 * sends the query becomes a `;` at its backslash, what psql does not send is
 * blanked (one space per character), and a substituted value is recorded so
 * that columns after it are still counted in the file's own text. What psql
 * sends that is not written where it runs (a repeated query, the statements
 * `\gexec` runs, a new session) is a marker at the byte where it happens.
 */
import { parseSync } from 'libpg-query';
import type { Statement } from './parseFile.js';
import type { LineIndex } from './sourceText.js';

export interface PsqlNote {
  line: number;
  message: string;
}

/** Something psql does at a point of the file besides sending the SQL written there. */
export type PsqlMarker =
  | {
      /** psql sends this SQL here: a query repeated by `\g` with an empty buffer, or what `\gexec` runs. */
      kind: 'run';
      at: number;
      end: number;
      sql: string;
    }
  | {
      /** `\connect`: a new session (search_path as the server sets it, no temporary tables). */
      kind: 'new-session';
      at: number;
      end: number;
      /** The database named, or null for the same one. */
      database: string | null;
      command: string;
    }
  | {
      /**
       * `\set` (or `\unset`) of a psql setting the replay follows (null: set
       * to a value not known here). ON_ERROR_ROLLBACK on: psql wraps each
       * statement of a transaction block in a savepoint and rolls back to it
       * when the statement fails, so that the block goes on (`interactive` is
       * off for a script). AUTOCOMMIT off: psql sends BEGIN before a statement
       * outside a block, and the block stays open until COMMIT, even once
       * AUTOCOMMIT is on again.
       */
      kind: 'setting';
      at: number;
      end: number;
      name: PsqlSetting;
      on: boolean | null;
      command: string;
    };

/** The psql settings that change what the server does with the statements. */
export type PsqlSetting = 'ON_ERROR_ROLLBACK' | 'AUTOCOMMIT';
/** Each setting's value once `\unset`, and the words it takes besides booleans (`interactive`: on only for a terminal). */
const SETTINGS: Record<PsqlSetting, { unset: boolean; words?: ReadonlyMap<string, boolean> }> = {
  ON_ERROR_ROLLBACK: { unset: false, words: new Map([['interactive', false]]) },
  AUTOCOMMIT: { unset: true },
};

/** A substituted variable: bytes [at, end) of the prepared text stand for `referenceLength` characters of the file. */
export interface Substitution {
  at: number;
  end: number;
  referenceLength: number;
}

export interface PsqlScript {
  text: string;
  notes: PsqlNote[];
  markers: PsqlMarker[];
  substitutions: Substitution[];
}

/** Text in which psql could act: a backslash, a COPY whose data follows it, a variable (set by psql -v, say). */
export function mayNeedPsql(text: string): boolean {
  return text.includes('\\') || /\bcopy\b|(?<!:):(?:['"]|\{\?)?[A-Za-z_\u0080-\uffff]/i.test(text);
}

/** Blanks text keeping its line ends and one space per code point, so columns do not move. */
export function blankKeepingLines(text: string): string {
  return text.replace(/[^\n\r]+/gu, (run) => ' '.repeat(codePointCount(run)));
}

function codePointCount(text: string): number {
  let n = text.length;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

type Chunk = { text: string; original?: string } | { marker: PendingMarker };
type PendingMarker =
  | { kind: 'run'; sql: string; length: number }
  | { kind: 'new-session'; database: string | null; command: string; length: number }
  | { kind: 'setting'; name: PsqlSetting; on: boolean | null; command: string; length: number };

/** A variable psql may hold but this file does not set (psql -v, \gset, \prompt): its value cannot be known here. */
const UNKNOWN = null;
/** A variable `\unset` removed: psql leaves its references as they are written. */
const UNSET = Symbol('unset');
type VariableValue = string | typeof UNKNOWN | typeof UNSET;

/** The states of an `\if` ... `\endif` block, as psql keeps them. */
type Branch =
  | 'active' // this branch runs
  | 'pending' // every condition so far was false: a later \elif or \else may run
  | 'taken' // an earlier branch ran: the rest do not
  | 'ignored' // the whole block is inside a branch that does not run
  | 'unknown'; // a condition could not be decided here: nothing up to \endif is replayed

interface Conditional {
  branch: Branch;
  /** The note for an undecided condition, completed at \endif. */
  note?: PsqlNote & { command: string };
}

/** Meta-commands that send the query buffer. */
const SENDS = new Set(['g', 'gx', 'gset', 'gexec', 'gdesc', 'crosstabview', 'watch']);
/** Meta-commands whose argument is the rest of the line, backslashes included. */
const WHOLE_LINE = new Set(['copy', '!', 'sf', 'sf+', 'sv', 'sv+', 'ef', 'ev', 'h', 'help']);
/** Meta-commands that change nothing psql sends (output, display, settings). */
const QUIET = new Set(
  (
    'a C cd conninfo copyright echo encoding errverbose e edit f H html l l+ list list+ lo_export lo_import lo_list lo_unlink ' +
    'o out p print password pset qecho s setenv t T timing w write warn x z z+ ? bind ' +
    'startpipeline endpipeline syncpipeline flushrequest flush getresults sendpipeline close parse bind_named restrict unrestrict'
  ).split(' '),
);
const INCLUDES = new Set(['i', 'include', 'ir', 'include_relative']);

const isVariableChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
const isIdentStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
const isIdentChar = (c: number) => isVariableChar(c) || c === 0x24;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;

/** psql's reading of a boolean (ParseVariableBool): a prefix of true/false/yes/no, on/off, 1/0. */
export function psqlBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  if (!v) return null;
  const prefixOf = (word: string, min = 1) => v.length >= min && word.startsWith(v);
  if (prefixOf('true') || prefixOf('yes') || prefixOf('on', 2) || v === '1') return true;
  if (prefixOf('false') || prefixOf('no') || prefixOf('off', 2) || v === '0') return false;
  return null;
}

/** `:'var'` as psql writes it (PQescapeLiteral): quotes doubled; with a backslash, an E'' string with backslashes doubled. */
function quoteLiteral(value: string): string {
  const body = value.replace(/'/g, "''");
  return value.includes('\\') ? ` E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

const quoteIdentifier = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function readPsqlScript(src: string): PsqlScript {
  return new PsqlReader(src).read();
}

class PsqlReader {
  private readonly n: number;
  private i = 0;
  private readonly chunks: Chunk[] = [];
  /** Start of the text read but not yet put in a chunk. */
  private keptFrom = 0;
  private readonly notes: PsqlNote[] = [];
  /** Line numbers are asked for in the order of the text: counted on from the last one asked. */
  private lineCursor = 0;
  private lineAtCursor = 1;
  private readonly variables = new Map<string, VariableValue>();
  private readonly conditionals: Conditional[] = [];
  /** The query buffer: the chunk it starts at (-1: empty), its parenthesis depth, what a COPY needs to know. */
  private bufferChunk = -1;
  private bufferLine = 0;
  private depth = 0;
  private firstWord: string | null = null;
  private lastWord: string | null = null;
  private copyFromClient = false;
  /** COPY ... FROM STDIN statements earlier in the buffer, before a `\;`: psql reads their data once it sends the buffer. */
  private copiesInBuffer = 0;
  private unknownVariables = new Set<string>();
  /** The last query psql sent, for `\g` with an empty buffer; null when none or not known. */
  private previous: string | null = null;
  /** COPY statements sent on this line whose data starts on the next. */
  private pendingCopies = 0;

  constructor(private readonly src: string) {
    this.n = src.length;
  }

  read(): PsqlScript {
    const { src } = this;
    while (this.i < this.n) {
      const i = this.i;
      const c = src.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) {
        this.i += c === 0x0d && src.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        if (this.pendingCopies) this.copyData();
      } else if (isSpace(c)) {
        this.i++;
      } else if (c === 0x2d && src.charCodeAt(i + 1) === 0x2d) {
        while (this.i < this.n && src.charCodeAt(this.i) !== 0x0a && src.charCodeAt(this.i) !== 0x0d) this.i++;
      } else if (c === 0x5c /* \ */) {
        this.backslash();
        if (this.i >= this.n) break;
      } else {
        this.startBuffer();
        this.sqlToken(c);
      }
    }
    this.flush(this.n);
    if (this.bufferChunk >= 0 && this.active()) this.endBuffer(); // psql sends what is left at the end of the file
    for (const open of this.conditionals) if (open.note) this.completeUndecided(open, null);
    return this.finish();
  }

  // ---- SQL text --------------------------------------------------------------

  private sqlToken(c: number): void {
    const { src } = this;
    const i = this.i;
    if (c === 0x2f && src.charCodeAt(i + 1) === 0x2a) {
      let nesting = 1;
      this.i += 2;
      while (this.i < this.n && nesting > 0) {
        if (src.startsWith('/*', this.i)) {
          nesting++;
          this.i += 2;
        } else if (src.startsWith('*/', this.i)) {
          nesting--;
          this.i += 2;
        } else this.i++;
      }
    } else if (c === 0x27 /* ' */) {
      const escapes = i > 0 && (src.charCodeAt(i - 1) | 0x20) === 0x65 && !(i > 1 && isIdentChar(src.charCodeAt(i - 2)));
      this.i = i + 1;
      while (this.i < this.n) {
        const d = src.charCodeAt(this.i);
        if (escapes && d === 0x5c) this.i += 2;
        else if (d === 0x27 && src.charCodeAt(this.i + 1) === 0x27) this.i += 2;
        else if (d === 0x27) break;
        else this.i++;
      }
      this.i = Math.min(this.i + 1, this.n);
    } else if (c === 0x22 /* " */) {
      this.i = i + 1;
      while (this.i < this.n && !(src.charCodeAt(this.i) === 0x22 && src.charCodeAt(this.i + 1) !== 0x22)) this.i += src.charCodeAt(this.i) === 0x22 ? 2 : 1;
      this.i = Math.min(this.i + 1, this.n);
    } else if (c === 0x24 /* $ */) {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(src.slice(i, i + 256));
      if (!tag) this.i++;
      else {
        const close = src.indexOf(tag[0], i + tag[0].length);
        this.i = close < 0 ? this.n : close + tag[0].length;
      }
    } else if (isIdentStart(c)) {
      let k = i + 1;
      while (k < this.n && isIdentChar(src.charCodeAt(k))) k++;
      // Only COPY ... FROM STDIN|STDOUT is looked for: other words are not worth a string.
      const word = k - i >= 4 && k - i <= 6 ? src.slice(i, k).toLowerCase() : '';
      if (this.depth === 0 && (word === 'stdin' || word === 'stdout') && this.lastWord === 'from') this.copyFromClient = true;
      this.firstWord ??= word;
      this.lastWord = word;
      this.i = k;
    } else if (c === 0x28) {
      this.depth++;
      this.i++;
    } else if (c === 0x29) {
      this.depth = Math.max(0, this.depth - 1);
      this.i++;
    } else if (c === 0x3b /* ; */) {
      this.i++;
      if (this.depth === 0) {
        this.flush(this.i);
        this.endBuffer();
      }
    } else if (c === 0x3a /* : */) {
      this.colon();
    } else {
      this.i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }

  /** `::` (a cast), or a variable: `:name`, `:'name'`, `:"name"`, `:{?name}`. */
  private colon(): void {
    const { src } = this;
    const i = this.i;
    if (src.charCodeAt(i + 1) === 0x3a) {
      this.i += 2;
      return;
    }
    const ref = variableReference(src, i);
    if (!ref) {
      this.i++;
      return;
    }
    this.i = ref.end;
    if (!this.active()) return;
    const value = this.lookUp(ref);
    if (value === UNSET) return; // psql leaves the reference as it is written
    if (value === UNKNOWN) {
      this.unknownVariables.add(ref.name);
      return;
    }
    this.flush(i);
    this.chunks.push({ text: value, original: src.slice(i, ref.end) });
    this.keptFrom = ref.end;
  }

  private lookUp(ref: VariableReference): string | typeof UNKNOWN | typeof UNSET {
    const value = this.variable(ref.name);
    if (ref.quote === '?') return value === UNKNOWN ? UNKNOWN : value === UNSET ? 'FALSE' : 'TRUE';
    if (typeof value !== 'string') return value;
    return ref.quote === "'" ? quoteLiteral(value) : ref.quote === '"' ? quoteIdentifier(value) : value;
  }

  private variable(name: string): VariableValue {
    const value = this.variables.get(name);
    if (value !== undefined) return value;
    // Not set in this file: psql -v may set it, and so may \gset, \prompt or \getenv.
    return UNKNOWN;
  }

  private startBuffer(): void {
    if (this.bufferChunk >= 0) return;
    this.flush(this.i);
    this.bufferChunk = this.chunks.length;
    this.bufferLine = this.lineOf(this.i);
  }

  /** psql sends the query buffer (at `;` or a sending meta-command). */
  private endBuffer(): void {
    const start = this.bufferChunk;
    if (start < 0 || !this.active()) return this.resetBuffer();
    if (this.unknownVariables.size) {
      const names = [...this.unknownVariables].map((v) => `:${v}`).join(', ');
      this.note(
        this.bufferLine,
        `this statement uses the psql variable${this.unknownVariables.size > 1 ? 's' : ''} ${names}, not set in this file (psql -v?): its text cannot be known, so it is not replayed`,
      );
      this.blankChunks(start);
      this.previous = null;
    } else {
      this.previous = this.chunkText(start);
      this.endCommandInBuffer();
      this.pendingCopies += this.copiesInBuffer;
    }
    this.resetBuffer();
  }

  private resetBuffer(): void {
    this.bufferChunk = -1;
    this.depth = 0;
    this.firstWord = null;
    this.lastWord = null;
    this.copyFromClient = false;
    this.copiesInBuffer = 0;
    this.unknownVariables = new Set();
  }

  /** One command of the buffer ends (at `\;`, or when the buffer is sent): was it a COPY that reads data from psql? */
  private endCommandInBuffer(): void {
    if (this.copyFromClient && this.firstWord === 'copy') this.copiesInBuffer++;
    this.firstWord = null;
    this.lastWord = null;
    this.copyFromClient = false;
  }

  /** Lines after a COPY ... FROM STDIN (or STDOUT, which psql treats alike) up to `\.` are its data, not SQL. */
  private copyData(): void {
    const { src } = this;
    this.flush(this.i);
    for (; this.pendingCopies > 0; this.pendingCopies--) {
      while (this.i < this.n) {
        let end = this.i;
        while (end < this.n && src.charCodeAt(end) !== 0x0a) end++;
        const line = src.slice(this.i, end);
        this.i = Math.min(end + 1, this.n);
        if (line === '\\.' || line === '\\.\r') break;
      }
    }
    this.blankTo(this.i);
  }

  // ---- meta-commands ----------------------------------------------------------

  private backslash(): void {
    const { src } = this;
    const start = this.i;
    const next = src.charCodeAt(start + 1);
    if (next === 0x3b || next === 0x3a) {
      // `\;` and `\:` put the character in the query without their usual meaning.
      this.startBuffer();
      if (next === 0x3b) this.endCommandInBuffer();
      this.flush(start);
      this.chunks.push({ text: next === 0x3b ? ' ;' : ' :' });
      this.i = this.keptFrom = start + 2;
      return;
    }
    this.flush(start);
    let k = start + 1;
    while (k < this.n && !isSpace(src.charCodeAt(k)) && (k === start + 1 || src.charCodeAt(k) !== 0x5c)) k++;
    const name = src.slice(start + 1, k);
    this.i = k;
    const line = this.lineOf(start);
    const active = this.active();
    if (WHOLE_LINE.has(name)) {
      const argument = this.restOfLine();
      if (active && name === 'copy' && /\bfrom\s+stdin\b/i.test(argument) && !/^\s*\(/.test(argument)) this.pendingCopies++;
      if (active && name === '!') this.note(line, `\\! runs a shell command: what it does is not followed`);
      return this.blankTo(this.i);
    }
    const known = SENDS.has(name) || QUIET.has(name) || INCLUDES.has(name) || /^(?:if|elif|else|endif|q|quit|c|connect|r|reset|set|unset|prompt|getenv)$/.test(name) || /^d[A-Za-z]*[S+x]*$/.test(name);
    if (!known) {
      this.restOfLine();
      if (active) this.note(line, `\\${name} is not a psql meta-command: psql reports an error and skips the rest of line ${line}`);
      return this.blankTo(this.i);
    }
    const args = this.readArguments();
    if (/^(?:if|elif|else|endif)$/.test(name)) return this.conditional(name, args, line, start);
    if (!active) return this.blankTo(this.i);
    if (SENDS.has(name)) return this.send(name, args, start);
    if (name === 'q' || name === 'quit') {
      // psql sends a query not ended by a semicolon before it quits, as it does at the end of a file.
      this.endBuffer();
      this.i = this.n;
      return this.blankTo(this.n);
    }
    if (name === 'r' || name === 'reset') {
      if (this.bufferChunk >= 0) this.blankChunks(this.bufferChunk);
      this.resetBuffer();
    } else if (name === 'c' || name === 'connect') {
      const first = args[0];
      const database = !first || first.value === '-' || first.value === '' ? null : first.value;
      const command = src.slice(start, this.i);
      this.blankTo(this.i);
      this.chunks.push({ marker: { kind: 'new-session', database, command: command.trim(), length: [...command].length } });
    } else if (INCLUDES.has(name)) {
      const file = args[0]?.value ?? args[0]?.raw ?? '';
      this.note(line, `\\${name} ${file}: the included file is not read, so what it changes is not in the schema model`);
    } else if (name === 'set' && args.length) {
      const values = args.slice(1).map((a) => a.value);
      const value = values.some((v) => v === null) ? UNKNOWN : values.join('');
      this.variables.set(args[0].raw, value);
      if (Object.hasOwn(SETTINGS, args[0].raw)) {
        const setting = args[0].raw as PsqlSetting;
        this.setting(setting, value === UNKNOWN ? 'unknown' : (SETTINGS[setting].words?.get(value.toLowerCase()) ?? psqlBoolean(value)), start);
      }
    } else if (name === 'unset' && args.length) {
      this.variables.set(args[0].raw, UNSET);
      if (Object.hasOwn(SETTINGS, args[0].raw)) this.setting(args[0].raw as PsqlSetting, SETTINGS[args[0].raw as PsqlSetting].unset, start);
    } else if ((name === 'prompt' || name === 'getenv') && args.length) {
      this.variables.set(name === 'prompt' ? args[args.length - 1].raw : args[0].raw, UNKNOWN);
    }
    this.blankTo(this.i);
  }

  /**
   * A marker for `\set` of a setting at the meta-command from `start`. A
   * value psql does not take (null) leaves the setting as it was.
   */
  private setting(name: PsqlSetting, on: boolean | null | 'unknown', start: number): void {
    const command = this.src.slice(start, this.i);
    this.blankTo(this.i);
    if (on === null) this.note(this.lineOf(start), `${command.trim()}: psql refuses the value and keeps the setting it had`);
    else this.chunks.push({ marker: { kind: 'setting', name, on: on === 'unknown' ? null : on, command: command.trim(), length: [...command].length } });
  }

  /** `\g` and the other meta-commands that send the query buffer, or, when it is empty, the query sent last. */
  private send(name: string, args: Argument[], start: number): void {
    const line = this.lineOf(start);
    const length = [...this.src.slice(start, this.i)].length;
    const buffered = this.bufferChunk >= 0;
    let query: string | null;
    if (buffered) {
      const unknown = this.unknownVariables.size > 0;
      if (name === 'gdesc') {
        // \gdesc describes the query's result and does not run it.
        this.blankChunks(this.bufferChunk);
        this.previous = unknown ? null : this.chunkText(this.bufferChunk);
        this.resetBuffer();
        return this.blankTo(this.i);
      }
      // The backslash becomes the query's semicolon.
      this.chunks.push({ text: ';' });
      this.keptFrom = start + 1;
      this.blankTo(this.i);
      this.endBuffer();
      query = unknown ? null : this.previous;
    } else {
      this.blankTo(this.i);
      query = this.previous;
      if (name !== 'gdesc' && query !== null) this.chunks.push({ marker: { kind: 'run', sql: query, length } });
      if (query === null && name !== 'gdesc') this.note(line, `\\${name} with an empty query buffer sends the query sent before it, which is not known here: what it does is not in the schema model`);
    }
    if (name === 'gset') {
      // \gset sets a variable per column of its result, named with its prefix: those values are not known here.
      const prefix = args[0] ? args[0].value : '';
      for (const name of this.variables.keys()) if (prefix === null || name.startsWith(prefix)) this.variables.set(name, UNKNOWN);
    }
    if (name === 'gexec' && (buffered || query !== null)) {
      const generated = query === null ? null : staticGexec(query);
      if (generated) this.chunks.push({ marker: { kind: 'run', sql: generated.join(';\n'), length } });
      else this.note(line, `\\gexec runs each value its query returns as a statement; they cannot be known without running the query, so what they change is not in the schema model`);
    }
  }

  private conditional(name: string, args: Argument[], line: number, start: number): void {
    const command = this.src.slice(start, this.i).trim();
    const top = this.conditionals[this.conditionals.length - 1];
    if (name === 'if') {
      const entry: Conditional = { branch: 'ignored' };
      if (this.active()) this.decide(entry, args, line, command);
      this.conditionals.push(entry);
    } else if (!top) {
      if (this.active()) this.note(line, `\\${name} without \\if: psql reports an error and ignores it`);
    } else if (name === 'endif') {
      this.conditionals.pop();
      if (top.note) this.completeUndecided(top, line);
    } else if (top.branch === 'active') {
      top.branch = 'taken';
    } else if (top.branch === 'pending') {
      if (name === 'else') top.branch = 'active';
      else this.decide(top, args, line, command);
    }
    this.blankTo(this.i);
  }

  private decide(entry: Conditional, args: Argument[], line: number, command: string): void {
    const value = args[0] ? args[0].value : '';
    if (value === null) {
      entry.branch = 'unknown';
      entry.note = { line, message: '', command };
      this.notes.push(entry.note);
      return;
    }
    const truth = psqlBoolean(value);
    if (truth === null) this.note(line, `${command}: "${value}" is not a boolean; psql reports an error and does not run this branch`);
    entry.branch = truth ? 'active' : 'pending';
  }

  private completeUndecided(entry: Conditional, endLine: number | null): void {
    if (!entry.note) return;
    const upTo = endLine === null ? 'to the end of the file (no \\endif)' : `up to its \\endif (line ${endLine})`;
    entry.note.message = `${entry.note.command}: the condition cannot be known here (a variable not set in this file, or a command's output), so nothing ${upTo} is replayed`;
    delete (entry as { note?: unknown }).note;
  }

  private active(): boolean {
    for (const c of this.conditionals) if (c.branch !== 'active') return false;
    return true;
  }

  // ---- meta-command arguments ---------------------------------------------------

  private restOfLine(): string {
    const from = this.i;
    while (this.i < this.n && this.src.charCodeAt(this.i) !== 0x0a && this.src.charCodeAt(this.i) !== 0x0d) this.i++;
    return this.src.slice(from, this.i);
  }

  /**
   * Arguments as psql reads them: up to the end of the line, an unquoted `\`
   * (the next meta-command) or `\\` (SQL goes on after it on the same line).
   */
  private readArguments(): Argument[] {
    const { src } = this;
    const args: Argument[] = [];
    for (;;) {
      while (this.i < this.n && isSpace(src.charCodeAt(this.i)) && src.charCodeAt(this.i) !== 0x0a && src.charCodeAt(this.i) !== 0x0d) this.i++;
      if (this.i >= this.n) return args;
      const c = src.charCodeAt(this.i);
      if (c === 0x0a || c === 0x0d) return args;
      if (c === 0x5c) {
        if (src.charCodeAt(this.i + 1) === 0x5c) this.i += 2;
        return args;
      }
      args.push(this.readArgument());
    }
  }

  private readArgument(): Argument {
    const { src } = this;
    const from = this.i;
    let value: string | null = '';
    while (this.i < this.n) {
      const c = src.charCodeAt(this.i);
      if (isSpace(c) || c === 0x5c) break;
      if (c === 0x27) {
        const quoted = psqlQuoted(src, this.i);
        if (value !== null) value += quoted.value;
        this.i = quoted.end;
      } else if (c === 0x22) {
        let k = this.i + 1;
        while (k < this.n && !(src.charCodeAt(k) === 0x22 && src.charCodeAt(k + 1) !== 0x22)) k += src.charCodeAt(k) === 0x22 ? 2 : 1;
        if (value !== null) value += src.slice(this.i, k + 1);
        this.i = k + 1;
      } else if (c === 0x60 /* ` */) {
        const close = src.indexOf('`', this.i + 1);
        this.i = close < 0 ? this.n : close + 1;
        value = null; // a shell command's output
      } else if (c === 0x3a && variableReference(src, this.i)) {
        const ref = variableReference(src, this.i)!;
        const v = this.lookUp(ref);
        if (value !== null) value = v === UNKNOWN ? null : value + (v === UNSET ? src.slice(this.i, ref.end) : v);
        this.i = ref.end;
      } else {
        const step = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        if (value !== null) value += src.slice(this.i, this.i + step);
        this.i += step;
      }
    }
    return { raw: src.slice(from, this.i), value };
  }

  // ---- output -------------------------------------------------------------------

  private note(line: number, message: string): void {
    this.notes.push({ line, message });
  }

  private lineOf(index: number): number {
    if (index < this.lineCursor) {
      this.lineCursor = 0;
      this.lineAtCursor = 1;
    }
    for (; this.lineCursor < index; this.lineCursor++) {
      const c = this.src.charCodeAt(this.lineCursor);
      if (c === 0x0a || (c === 0x0d && this.src.charCodeAt(this.lineCursor + 1) !== 0x0a)) this.lineAtCursor++;
    }
    return this.lineAtCursor;
  }

  /** Puts the text read up to `to` in a chunk: as it is in a branch that runs, blanked in one that does not. */
  private flush(to: number): void {
    if (to <= this.keptFrom) return;
    const text = this.src.slice(this.keptFrom, to);
    this.chunks.push({ text: this.active() ? text : blankKeepingLines(text) });
    this.keptFrom = to;
  }

  /** Blanks the file's text from the last chunk up to `to` (a meta-command, COPY data). */
  private blankTo(to: number): void {
    if (to <= this.keptFrom) return;
    this.chunks.push({ text: blankKeepingLines(this.src.slice(this.keptFrom, to)) });
    this.keptFrom = to;
  }

  /** Blanks what is already in chunks from `start` on: a query psql does not send after all. */
  private blankChunks(start: number): void {
    this.flush(this.i);
    for (let k = start; k < this.chunks.length; k++) {
      const chunk = this.chunks[k];
      if ('text' in chunk) this.chunks[k] = { text: blankKeepingLines(chunk.original ?? chunk.text) };
    }
  }

  private chunkText(start: number): string {
    let text = '';
    for (let k = start; k < this.chunks.length; k++) {
      const chunk = this.chunks[k];
      if ('text' in chunk) text += chunk.text;
    }
    return text.trim();
  }

  private finish(): PsqlScript {
    const markers: PsqlMarker[] = [];
    const substitutions: Substitution[] = [];
    let text = '';
    let bytes = 0;
    for (const chunk of this.chunks) {
      if ('marker' in chunk) {
        const m = chunk.marker;
        // Its meta-command, blanked (a byte per character) just before it, is where it happens.
        if (m.kind === 'run') markers.push({ kind: 'run', at: bytes - m.length, end: bytes, sql: m.sql });
        else if (m.kind === 'new-session') markers.push({ kind: 'new-session', at: bytes - m.length, end: bytes, database: m.database, command: m.command });
        else markers.push({ kind: 'setting', at: bytes - m.length, end: bytes, name: m.name, on: m.on, command: m.command });
        continue;
      }
      const length = Buffer.byteLength(chunk.text);
      if (chunk.original !== undefined && chunk.original !== chunk.text) substitutions.push({ at: bytes, end: bytes + length, referenceLength: [...chunk.original].length });
      text += chunk.text;
      bytes += length;
    }
    return { text, notes: this.notes.sort((a, b) => a.line - b.line), markers, substitutions };
  }
}

interface Argument {
  raw: string;
  /** The argument after psql's quoting and substitution; null when it cannot be known here. */
  value: string | null;
}

interface VariableReference {
  name: string;
  quote: '' | "'" | '"' | '?';
  end: number;
}

function variableReference(src: string, i: number): VariableReference | null {
  const open = src[i + 1];
  if (open === "'" || open === '"') {
    let k = i + 2;
    while (k < src.length && isVariableChar(src.charCodeAt(k))) k++;
    if (k === i + 2 || src[k] !== open) return null;
    return { name: src.slice(i + 2, k), quote: open, end: k + 1 };
  }
  if (open === '{' && src[i + 2] === '?') {
    let k = i + 3;
    while (k < src.length && isVariableChar(src.charCodeAt(k))) k++;
    if (k === i + 3 || src[k] !== '}') return null;
    return { name: src.slice(i + 3, k), quote: '?', end: k + 1 };
  }
  let k = i + 1;
  while (k < src.length && isVariableChar(src.charCodeAt(k))) k++;
  return k === i + 1 ? null : { name: src.slice(i + 1, k), quote: '', end: k };
}

/** A single-quoted meta-command argument: `''` is a quote, and backslash escapes as psql reads them. */
function psqlQuoted(src: string, i: number): { value: string; end: number } {
  let value = '';
  let k = i + 1;
  while (k < src.length) {
    const c = src[k];
    if (c === "'") {
      if (src[k + 1] === "'") {
        value += "'";
        k += 2;
        continue;
      }
      return { value, end: k + 1 };
    }
    if (c === '\\' && k + 1 < src.length) {
      const e = src[k + 1];
      const simple: Record<string, string> = { n: '\n', t: '\t', b: '\b', r: '\r', f: '\f' };
      const octal = /^[0-7]{1,3}/.exec(src.slice(k + 1, k + 4));
      const hex = /^x([0-9a-fA-F]{1,2})/.exec(src.slice(k + 1, k + 4));
      if (simple[e]) {
        value += simple[e];
        k += 2;
      } else if (octal) {
        value += String.fromCharCode(parseInt(octal[0], 8));
        k += 1 + octal[0].length;
      } else if (hex) {
        value += String.fromCharCode(parseInt(hex[1], 16));
        k += 1 + hex[0].length;
      } else {
        value += e;
        k += 2;
      }
      continue;
    }
    value += c;
    k++;
  }
  return { value, end: k };
}

/**
 * The statements `\gexec` runs when its query's result is written in it:
 * `SELECT 'sql', ...` without FROM, or `VALUES ('sql'), ...`, every value a
 * string constant or NULL (which psql skips). Anything else: null.
 */
export function staticGexec(query: string): string[] | null {
  let stmts: Array<{ stmt: Record<string, any> }>;
  try {
    stmts = (parseSync(query) as { stmts?: Array<{ stmt: Record<string, any> }> }).stmts ?? [];
  } catch {
    return null;
  }
  if (stmts.length !== 1 || !stmts[0].stmt.SelectStmt) return null;
  const select = stmts[0].stmt.SelectStmt;
  const rows: Array<Array<Record<string, any>>> = select.valuesLists
    ? select.valuesLists.map((l: Record<string, any>) => l.List?.items ?? [])
    : select.fromClause || select.whereClause || select.groupClause || select.havingClause || select.op !== 'SETOP_NONE' || select.limitCount
      ? []
      : [(select.targetList ?? []).map((t: Record<string, any>) => t.ResTarget?.val ?? {})];
  if (!rows.length) return null;
  const out: string[] = [];
  for (const row of rows) {
    for (const cell of row) {
      const constant = cell.A_Const;
      if (!constant) return null;
      if (constant.isnull) continue;
      if (typeof constant.sval?.sval !== 'string') return null;
      out.push(constant.sval.sval);
    }
  }
  return out;
}

/**
 * The statement-stream kind of a `\connect`: a new session starts here.
 * Its node is `{ database }` (null: the same database).
 */
export const NEW_SESSION = 'PsqlNewSession';

/**
 * The statement-stream kind of `\set` of a setting the replay follows (see
 * PsqlMarker). Its node is `{ name, on }` (on null: a value not known here).
 */
export const PSQL_SETTING = 'PsqlSetting';

/**
 * The statements a marker stands for, placed at its meta-command; a note when
 * SQL psql sends there does not parse (the server rejects it, so it changes nothing).
 */
export function markerStatements(marker: PsqlMarker, lines: LineIndex): { statements: Statement[]; note: PsqlNote | null } {
  const start = lines.positionOfByte(marker.at);
  const end = lines.positionOfByte(Math.max(marker.at, marker.end - 1));
  if (marker.kind === 'new-session') return { statements: [{ kind: NEW_SESSION, node: { database: marker.database }, text: marker.command, start, end }], note: null };
  if (marker.kind === 'setting') return { statements: [{ kind: PSQL_SETTING, node: { name: marker.name, on: marker.on }, text: marker.command, start, end }], note: null };
  let stmts: Array<{ stmt: Record<string, any>; stmt_location?: number; stmt_len?: number }>;
  try {
    stmts = (parseSync(marker.sql) as { stmts?: typeof stmts }).stmts ?? [];
  } catch (e) {
    return { statements: [], note: { line: start.line, message: `psql sends here SQL that does not parse (${String((e as Error)?.message ?? e)}): it is not replayed` } };
  }
  const sql = Buffer.from(marker.sql, 'utf8');
  const statements = stmts.map((raw) => {
    const kind = Object.keys(raw.stmt)[0];
    const from = raw.stmt_location ?? 0;
    const text = sql.toString('utf8', from, raw.stmt_len ? from + raw.stmt_len : sql.length).trim();
    return { kind, node: raw.stmt[kind], text, start, end };
  });
  return { statements, note: null };
}
