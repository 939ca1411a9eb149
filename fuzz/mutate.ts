/**
 * The fuzzer's inputs: the mutators that turn seed migration files into
 * hostile ones, driven by a seeded PRNG. Input `index` of run `seed` depends on nothing else,
 * so any one input can be regenerated on its own (`--only`).
 *
 * Mutators work on byte strings (latin1: one char per byte), so that a cut can
 * fall inside a UTF-8 sequence and inserted bytes stay exactly those bytes.
 */
import { seeded } from '../bench/generate.js';

export type Rng = () => number;

/** The PRNG of one input: run seed and input index mixed, so neighbouring inputs are unrelated. */
export function inputRng(seed: number, index: number): Rng {
  return seeded(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

const int = (rng: Rng, below: number) => Math.floor(rng() * below);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)];

export interface Seed {
  name: string;
  bytes: Buffer;
}

export interface FuzzInput {
  bytes: Buffer;
  /** Which seed and mutators made it, for the report of a failure. */
  recipe: string;
}

interface Mutator {
  name: string;
  /** How often it is chosen, relative to the others. */
  weight: number;
  apply: (text: string, rng: Rng, seeds: readonly Seed[]) => string;
}

const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** Words, runs of white space, and single other bytes: what token mutators move around. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9_\x80-\xff]+|\s+|[^]/g) ?? [];
}

function insertAt(text: string, rng: Rng, piece: string): string {
  const at = int(rng, text.length + 1);
  return text.slice(0, at) + piece + text.slice(at);
}

function tokenRange(rng: Rng, count: number): [number, number] {
  const start = int(rng, count);
  return [start, Math.min(count, start + 1 + int(rng, 8))];
}

/** Quotes and comments left open: the lexer must give up cleanly at the end of the file. */
const UNBALANCED = ["'", '"', '$$', '$tag$', '$a$ x $b$', "E'\\", "U&'", 'U&"', '/*', '/* /* */', "B'", '${'];

/** Pieces that mean something to the tool itself rather than to PostgreSQL. */
const SNIPPETS = [
  '\n-- pg-index-lint-ignore\n',
  '\n-- pg-index-lint-ignore duplicate-index, unindexed-foreign-key\n',
  '\n-- +goose Down\n',
  '\n-- +goose Up\n',
  '\n-- migrate:down\n',
  '\n-- migrate:up\n',
  '\n\\set ON_ERROR_STOP on\n',
  '\n\\i other.sql\n',
  '\nCOPY t (a) FROM stdin;\n1\n2\n',
  '\n\\.\n',
  '${flyway:user}',
  ' BEGIN ATOMIC ',
  ' END; ',
  ';',
  ';;',
  '\nCREATE TABLE t (id int PRIMARY KEY, a int REFERENCES t (id));\n',
  '\nCREATE INDEX ON t (a);\n',
  '\nDROP INDEX IF EXISTS t_a_idx;\n',
  "\nDO $$ BEGIN EXECUTE 'CREATE INDEX x ON t (a)'; END $$;\n",
  latin1('é'),
  latin1('\u{1F600}'),
  latin1('\u2028'),
  '\t',
  '\f',
  '\v',
];

/** Byte sequences that are not UTF-8: lone continuation and lead bytes, an overlong form, a surrogate, 0xFF. */
const INVALID_UTF8 = ['\x80', '\xbf', '\xc3', '\xe2\x82', '\xc0\xaf', '\xed\xa0\x80', '\xf4\x90\x80\x80', '\xff', '\xfe\xff'];

const MUTATORS: Mutator[] = [
  { name: 'truncate', weight: 3, apply: (t, rng) => t.slice(0, int(rng, t.length + 1)) },
  { name: 'cut-head', weight: 1, apply: (t, rng) => t.slice(int(rng, t.length + 1)) },
  {
    name: 'splice',
    weight: 3,
    apply: (t, rng, seeds) => {
      const other = pick(rng, seeds).bytes.toString('latin1');
      return t.slice(0, int(rng, t.length + 1)) + other.slice(int(rng, other.length + 1));
    },
  },
  {
    // Past parseFile's CHUNK_BYTES a file is parsed in pieces; the other mutations then land in some piece.
    name: 'concatenate-seeds',
    weight: 1,
    apply: (t, rng, seeds) => {
      const parts = [t];
      for (let bytes = t.length; bytes < 135_000 + int(rng, 65_000); bytes += parts[parts.length - 1].length) parts.push(pick(rng, seeds).bytes.toString('latin1'));
      return parts.join('\n');
    },
  },
  {
    name: 'duplicate-tokens',
    weight: 3,
    apply: (t, rng) => {
      const ts = tokens(t);
      if (!ts.length) return t;
      const [s, e] = tokenRange(rng, ts.length);
      const at = int(rng, ts.length + 1);
      return [...ts.slice(0, at), ...ts.slice(s, e), ...ts.slice(at)].join('');
    },
  },
  {
    name: 'swap-tokens',
    weight: 3,
    apply: (t, rng) => {
      const ts = tokens(t);
      if (ts.length < 2) return t;
      const i = int(rng, ts.length);
      const j = int(rng, ts.length);
      [ts[i], ts[j]] = [ts[j], ts[i]];
      return ts.join('');
    },
  },
  {
    name: 'delete-tokens',
    weight: 2,
    apply: (t, rng) => {
      const ts = tokens(t);
      if (!ts.length) return t;
      const [s, e] = tokenRange(rng, ts.length);
      return [...ts.slice(0, s), ...ts.slice(e)].join('');
    },
  },
  {
    name: 'random-bytes',
    weight: 2,
    apply: (t, rng) => insertAt(t, rng, String.fromCharCode(...Array.from({ length: 1 + int(rng, 16) }, () => int(rng, 256)))),
  },
  { name: 'nul', weight: 1, apply: (t, rng) => insertAt(t, rng, '\0') },
  { name: 'unbalanced-quote', weight: 3, apply: (t, rng) => insertAt(t, rng, pick(rng, UNBALANCED)) },
  { name: 'snippet', weight: 3, apply: (t, rng) => insertAt(t, rng, pick(rng, SNIPPETS)) },
  {
    name: 'deep-parentheses',
    weight: 1,
    apply: (t, rng) => {
      const depth = 1000 + int(rng, 20000);
      return insertAt(t, rng, '('.repeat(depth) + (rng() < 0.5 ? '1' + ')'.repeat(depth) : ''));
    },
  },
  { name: 'invalid-utf8', weight: 2, apply: (t, rng) => insertAt(t, rng, pick(rng, INVALID_UTF8)) },
  { name: 'bom', weight: 1, apply: (t, rng) => (rng() < 0.8 ? '\xef\xbb\xbf' + t : insertAt(t, rng, '\xef\xbb\xbf')) },
  { name: 'crlf', weight: 1, apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'lone-cr', weight: 1, apply: (t, rng) => (rng() < 0.5 ? t.replace(/\r?\n/g, '\r') : insertAt(t, rng, '\r')) },
];

export const MUTATOR_NAMES = MUTATORS.map((m) => m.name);

const TOTAL_WEIGHT = MUTATORS.reduce((sum, m) => sum + m.weight, 0);

function chooseMutator(rng: Rng): Mutator {
  let r = rng() * TOTAL_WEIGHT;
  for (const m of MUTATORS) {
    r -= m.weight;
    if (r < 0) return m;
  }
  return MUTATORS[MUTATORS.length - 1];
}

/**
 * One statement of a few megabytes, in the shapes that stress different parts:
 * the parser's tree, the replay of a table's columns, an index's keys, the
 * lexical splitter (a literal, a comment), and the line index (no line end at
 * all). `bytesPerItem` is about what one of the `n` items adds.
 */
const HUGE_SHAPES: Array<{ name: string; bytesPerItem: number; make: (n: number) => string }> = [
  { name: 'columns', bytesPerItem: 13, make: (n) => `CREATE TABLE huge (${Array.from({ length: n }, (_, i) => `c${i} int`).join(', ')});` },
  { name: 'index-keys', bytesPerItem: 3, make: (n) => `CREATE TABLE huge (a int); CREATE INDEX ON huge (${Array.from({ length: n }, () => 'a').join(', ')});` },
  { name: 'in-list', bytesPerItem: 7, make: (n) => `SELECT 1 WHERE 1 IN (${Array.from({ length: n }, (_, i) => String(i)).join(',')});` },
  { name: 'literal', bytesPerItem: 1, make: (n) => `SELECT '${'x'.repeat(n)}';` },
  { name: 'comment', bytesPerItem: 1, make: (n) => `/* ${'-'.repeat(n)} */ SELECT 1;` },
  { name: 'values-rows', bytesPerItem: 14, make: (n) => `INSERT INTO t VALUES ${Array.from({ length: n }, (_, i) => `(${i}, 'v')`).join(',\n')};` },
];

/** Two to three megabytes of SQL. */
function hugeStatement(rng: Rng): { name: string; text: string } {
  const shape = pick(rng, HUGE_SHAPES);
  const bytes = 2_000_000 + int(rng, 1_000_000);
  return { name: shape.name, text: shape.make(Math.ceil(bytes / shape.bytesPerItem)) };
}

/** How a recipe names the huge statement's step: `huge-<shape>`. */
export const HUGE_STEP = 'huge-';

export interface GenerateOptions {
  /** One input in this many gets a multi-megabyte statement; 0 never. */
  hugeEvery: number;
}

/** Input `index` of the run with `seed`: a seed file, one to four mutations, sometimes a huge statement. */
export function generateInput(seeds: readonly Seed[], seed: number, index: number, options: GenerateOptions): FuzzInput {
  const rng = inputRng(seed, index);
  const base = pick(rng, seeds);
  let text = base.bytes.toString('latin1');
  const steps: string[] = [];
  const count = 1 + int(rng, 4);
  for (let k = 0; k < count; k++) {
    const m = chooseMutator(rng);
    text = m.apply(text, rng, seeds);
    steps.push(m.name);
  }
  if (options.hugeEvery > 0 && int(rng, options.hugeEvery) === 0) {
    const huge = hugeStatement(rng);
    // At the end it is read as itself; anywhere else an open quote of the seed may swallow it.
    text = rng() < 0.5 ? `${text}\n${huge.text}\n` : insertAt(text, rng, `\n${huge.text}\n`);
    steps.push(`${HUGE_STEP}${huge.name}`);
  }
  return { bytes: Buffer.from(text, 'latin1'), recipe: `${base.name}: ${steps.join(', ')}` };
}
