/**
 * The pipeline: files → statements → schema model → rules → findings.
 * `audit` reports everything redundant in the schema the files build; `lint`
 * reports what the changed files introduce, on the changed files' lines, as
 * the state stands at the end of the change (docs/semantics.md, "Which index is reported").
 */
import path from 'node:path';
import { indexIgnored, tableIgnored, type Config, type RuleSetting } from './config.js';
import { blankFinding, type Finding, type Note, type Report } from './findings.js';
import type { StartingCatalog } from './catalog/loadSnapshot.js';
import { readMigrationFile } from './files/migrationFile.js';
import type { IndexSizes } from './catalog/readCatalog.js';
import { SchemaModel } from './model/schema.js';
import { Replayer } from './model/replay/index.js';
import type { ForeignKey, Origin } from './model/types.js';
import { findRule, RULES, type RuleHit, type RuleId } from './rules/index.js';
import { tableName } from './rules/describe.js';
import { foreignKeyCovered } from './rules/unindexedForeignKey.js';
import { CHUNK_BYTES, loadParser, type SyntaxProblem } from './sql/parseFile.js';
import { ParseAhead, type OpenedFile } from './sql/parseAhead.js';
import { ParserThread } from './sql/parserThread.js';
import { FileSuppressions, SUPPRESSION_WORD } from './suppressions.js';

export type Mode = 'audit' | 'lint';

export interface RunOptions {
  mode: Mode;
  /** The schema the files start from (a snapshot, or a live database's catalog); none means an empty database. */
  base?: StartingCatalog;
  /** Absolute paths, in the order they are applied. */
  files: string[];
  /** Absolute paths of the files under review; null means all of them. */
  changed: Set<string> | null;
  config: Config;
  /** Paths in findings are shown relative to this directory. */
  cwd: string;
  /** Sizes of the base's indexes, asked for those reported (a live database's snapshot is read without them). */
  indexSizes?: IndexSizes;
  /** Parse the files not under review in full, as the files under review are (for tests that compare both ways). */
  parseWholeHistory?: boolean;
  /**
   * The parser thread's script, where it is not beside the engine (tests run
   * the sources with the bundle's), and whether to wait for the thread's
   * answer to every piece handed to it (tests, to see every piece parsed there).
   */
  parserThread?: { script: URL; wait: boolean };
  /** Text of files not read from disk (standard input), by absolute path. */
  sources?: ReadonlyMap<string, string>;
  /** Called with the schema model once every file is replayed, before the rules run (the differential harness reads it). */
  inspectModel?: (model: SchemaModel) => void;
}

interface FileState {
  display: string;
  changed: boolean;
  suppressions: FileSuppressions;
}

export async function run(options: RunOptions): Promise<Report> {
  // The parser's WebAssembly compiles while the first file is read; a failure
  // to load surfaces where the parser is first awaited.
  const parserLoaded = loadParser();
  parserLoaded.catch(() => undefined);
  const model = new SchemaModel();
  const replayer = new Replayer(model);
  const findings: Finding[] = [];
  const notes: Note[] = [];
  const fileStates = new Map<string, FileState>();
  const fkWatch = new ForeignKeyWatch(model);
  const unknownTables = new UnknownTables(model);
  let sequence = 0;
  let statements = 0;
  /** Statements under review on a table no file given creates. */
  let uncheckedStatements = 0;
  if (options.base) {
    const source = options.base.source;
    // A database is read while the parser compiles: the load awaits it before the first definition it parses.
    const loaded = await options.base.load(model, (message) => notes.push({ file: source, line: 0, message }));
    await parserLoaded;
    sequence = loaded.sequence;
    for (const message of loaded.notes) notes.push({ file: source, line: 0, message });
    if (!loaded.foreignKeysKnown) {
      notes.push({
        file: source,
        line: 0,
        message: 'this is a pg_indexes export: it has no foreign keys, so the foreign keys already in the database cannot be checked (take a snapshot with `pg-index-lint snapshot` for that)',
      });
    }
  }

  const displays = new Map(options.files.map((f) => [f, displayPath(f, options.cwd)]));
  // Started at the first file large enough to be parsed in pieces, or the first that a lint reads only for the schema.
  let parserThread: ParserThread | null | undefined;
  const historyOnly = (file: string) => options.mode === 'lint' && !isChanged(file) && !options.parseWholeHistory;
  const isChanged = (file: string) => options.changed === null || options.changed.has(file);
  // Files after the one being replayed are read and parsed ahead, on the parser thread: the large
  // ones, and in a lint the files read only for the schema.
  const ahead = new ParseAhead(
    options.files.map((file) => ({
      read: () => options.sources?.get(file) ?? readMigrationFile(file, displays.get(file)!),
      options: { treesFor: replayer.kinds, onlyKinds: historyOnly(file) ? replayer.kinds : undefined },
      beside: (raw: string) => raw.length > CHUNK_BYTES || historyOnly(file),
    })),
    () => (parserThread = ParserThread.start(replayer.kinds, options.parserThread?.script)),
    options.parserThread?.wait,
  );
  // Each file's notes, in file order: a history file's wait for the check of the statements left out of its parse.
  const notesByFile: Array<Promise<Note[]>> = [];
  try {
    for (let i = 0; i < options.files.length; i++) {
      const file = options.files[i];
      notesByFile.push((await replayFile(file, ahead.take(i), isChanged(file))).notes);
    }
    ahead.done();
    for (const fileNotes of notesByFile) notes.push(...(await fileNotes));
  } finally {
    parserThread?.stop();
  }

  /**
   * Replays one file; resolves to its notes. A file that a lint reads only for
   * the schema (`historyOnly`) is parsed only for the statements that can
   * change it: the others are counted and checked for syntax errors on the
   * parser thread meanwhile, so the report is the one a whole parse gives.
   * (The notes are wrapped: an async function cannot return a promise as it is.)
   */
  async function replayFile(file: string, opened: OpenedFile, changed: boolean): Promise<{ notes: Promise<Note[]> }> {
    const display = displays.get(file)!;
    const report = changed || options.mode === 'audit';
    const fileNotes: Note[] = [];
    replayer.startFile(opened.raw);
    // Statements are replayed as they are read; their trees are not kept.
    const parsed = await ahead.parse(opened, (statement) => {
      statements++;
      const origin: Origin = {
        file: display,
        line: statement.start.line,
        column: statement.start.column,
        endLine: statement.end.line,
        endColumn: statement.end.column,
        sequence: sequence++,
        changed,
      };
      if (changed && options.mode === 'lint') fkWatch.start();
      const tablesBefore = model.tables.size;
      const unknownTableNotes: Note[] = [];
      const touched = replayer.apply(statement, origin, (message, kind) => {
        if (kind === 'conflict') findings.push({ ...blankFinding('index-name-conflict', { file: display }), ...span(origin), message });
        else if (report) (kind === 'unknown-table' ? unknownTableNotes : fileNotes).push({ file: display, line: origin.line, message });
      });
      fkWatch.after(touched, origin);
      const unknown = unknownTables.after(statement.kind, touched, tablesBefore);
      // The unknown-table finding says what the replay's note says, and more: one of the two is enough.
      if (!(unknown.length && report)) fileNotes.push(...unknownTableNotes);
      if (unknown.length && report) {
        uncheckedStatements++;
        for (const table of unknownTables.firstReport(unknown)) {
          findings.push({
            ...blankFinding('unknown-table', { file: display }),
            ...span(origin),
            table,
            message: `table ${tableName(table)} is created by no file given: its indexes and foreign keys cannot be checked against the rest of the table; give the migration that creates it (or every migration, with --changed for the ones under review), --database-url or --snapshot`,
          });
        }
      }
    });
    // Each file runs in a session of its own: its temporary tables end with it.
    replayer.endSession((message, line) => {
      if (report) fileNotes.push({ file: display, line, message });
    });
    // A file without the word has no suppression: its lines are not kept.
    const lines = parsed.lines.text.includes(SUPPRESSION_WORD) ? parsed.lines.text.split(/\r\n|\n|\r/) : [];
    fileStates.set(display, { display, changed, suppressions: new FileSuppressions(lines) });
    for (const n of parsed.notes) if (report) fileNotes.push({ file: display, line: n.line, message: n.message });
    const syntaxNotes = (errors: SyntaxProblem[]) => {
      for (const e of errors) {
        if (report) {
          findings.push({
            ...blankFinding('syntax-error', { file: display }),
            line: e.start.line,
            column: e.start.column,
            endLine: e.end.line,
            endColumn: e.end.column,
            message: `syntax error: ${e.message}; this statement is not applied to the schema model`,
          });
        } else {
          fileNotes.push({ file: display, line: e.start.line, message: `syntax error (${e.message}); the statement is not applied to the schema model` });
        }
      }
      return fileNotes.sort((a, b) => a.line - b.line);
    };
    const notes = ahead.checkLeftOut(opened, parsed).then((leftOut) => {
      statements += leftOut.statements;
      // In the order the whole file's parse reports them.
      const errors = [...parsed.syntaxErrors, ...leftOut.syntaxErrors].sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
      return syntaxNotes(errors);
    });
    return { notes };
  }

  options.inspectModel?.(model);
  const placed: Array<{ rule: RuleId; hit: RuleHit; at: Origin }> = [];
  for (const rule of RULES) {
    if (!rule.check || severityOf(rule.id, options.config) === 'off') continue;
    for (const hit of rule.check(model)) {
      if (ignored(hit, options.config)) continue;
      const at = placeHit(hit, options.mode, fkWatch);
      if (at) placed.push({ rule: rule.id, hit, at });
    }
  }
  if (options.indexSizes) {
    const unsized = [...new Set(placed.flatMap(({ hit }) => (hit.subject === 'index' && hit.index.origin.file === null && hit.index.sizeBytes === undefined ? [hit.index] : [])))];
    const sizes = await options.indexSizes(unsized);
    for (const index of unsized) {
      const size = sizes.get(`${index.schema}.${index.name}`);
      if (size !== undefined) index.sizeBytes = size;
    }
  }
  for (const { rule, hit, at } of placed) {
    const finding = toFinding(rule, hit, at);
    if (hit.subject === 'foreign-key' && fkWatch.uncoveredBy.get(hit.foreignKey) === at) finding.message += '; this statement removed the last index that served it';
    findings.push(finding);
  }

  // Every kind's severity, the engine's own included, is the configuration's or its default.
  const kept: Finding[] = [];
  for (const f of applySuppressions(findings, fileStates)) {
    const severity = severityOf(f.rule, options.config);
    if (severity === 'off') continue;
    // Each finding is this run's own: it takes its severity in place, not in a copy (a live audit can have tens of thousands).
    f.severity = severity;
    kept.push(f);
  }
  const order = new Map(options.files.map((f, i) => [displays.get(f)!, i]));
  kept.sort(
    (a, b) =>
      // What a database holds comes first, the biggest first: that is what there is to reclaim.
      (a.file === null ? 0 : 1) - (b.file === null ? 0 : 1) ||
      (b.sizeBytes ?? -1) - (a.sizeBytes ?? -1) ||
      (order.get(a.file ?? '') ?? -1) - (order.get(b.file ?? '') ?? -1) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      (a.index ?? a.foreignKey ?? '').localeCompare(b.index ?? b.foreignKey ?? ''),
  );
  const errors = kept.filter((f) => f.severity === 'error').length;
  // Only index findings carry a size: redundant and invalid indexes, what there is to reclaim.
  const sized = kept.filter((f) => f.sizeBytes !== null);
  return {
    findings: kept,
    notes,
    summary: {
      files: options.files.length,
      statements,
      findings: kept.length,
      errors,
      warnings: kept.length - errors,
      notes: notes.length,
      uncheckedStatements,
      reclaimableBytes: sized.length ? sized.reduce((sum, f) => sum + (f.sizeBytes ?? 0), 0) : null,
    },
  };
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/**
 * Follows, during the changed statements of a lint, which foreign keys each
 * statement takes from covered to uncovered (docs/semantics.md, "When a foreign key is served"), so the finding lands
 * on the DROP that removed the last usable index.
 */
class ForeignKeyWatch {
  private active = false;
  private readonly covered = new Map<ForeignKey, boolean>();
  readonly uncoveredBy = new Map<ForeignKey, Origin>();

  constructor(private readonly model: SchemaModel) {}

  start(): void {
    if (this.active) return;
    this.active = true;
    for (const fk of this.model.allForeignKeys()) this.covered.set(fk, foreignKeyCovered(this.model, fk));
  }

  after(touched: Set<string>, origin: Origin): void {
    if (!this.active) return;
    for (const key of touched) {
      for (const fk of this.model.tables.get(key)?.foreignKeys ?? []) {
        const now = foreignKeyCovered(this.model, fk);
        const before = this.covered.get(fk);
        if (before === true && !now && origin.changed) this.uncoveredBy.set(fk, origin);
        if (now) this.uncoveredBy.delete(fk);
        this.covered.set(fk, now);
      }
    }
  }
}

/** Statements that create a table; any other statement that brings a table into the model names one created elsewhere. */
const CREATES_TABLE = new Set(['CreateStmt', 'CreateTableAsStmt']);

/**
 * Tables the replay met before any file created them (an index or ALTER TABLE
 * on a table from elsewhere): the model knows only what the files add to
 * them, so what is checked there is incomplete.
 */
class UnknownTables {
  private readonly unknown = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(private readonly model: SchemaModel) {}

  /** The unknown tables a statement touches; tables it brought into the model are recorded first. */
  after(kind: string, touched: Set<string>, tablesBefore: number): string[] {
    if (CREATES_TABLE.has(kind)) {
      for (const key of touched) this.unknown.delete(key);
    } else if (this.model.tables.size > tablesBefore) {
      for (const key of touched) if (this.model.tables.get(key)?.unknownColumns) this.unknown.add(key);
    }
    if (this.unknown.size === 0) return [];
    return [...touched].filter((key) => this.unknown.has(key) && this.model.tables.has(key));
  }

  /** The tables of `keys` not reported yet: one finding a table, on the first statement under review that names it. */
  firstReport(keys: string[]): string[] {
    const fresh = keys.filter((k) => !this.reported.has(k));
    for (const k of fresh) this.reported.add(k);
    return fresh;
  }
}

/** Where a finding goes: in an audit, where the object was created; in a lint, on the changed statement that caused it. */
function placeHit(hit: RuleHit, mode: Mode, fkWatch: ForeignKeyWatch): Origin | null {
  if (hit.subject === 'foreign-key') {
    if (mode === 'audit') return hit.foreignKey.origin;
    return fkWatch.uncoveredBy.get(hit.foreignKey) ?? (hit.foreignKey.origin.changed ? hit.foreignKey.origin : null);
  }
  const index = hit.index;
  if (mode === 'audit' || index.origin.changed) return index.origin;
  // An existing index made redundant by a new one: the new statement carries the finding.
  return hit.related.find((k) => k.origin.changed)?.origin ?? null;
}

function ignored(hit: RuleHit, config: Config): boolean {
  if (tableIgnored(config, hit.table)) return true;
  return hit.subject === 'index' && indexIgnored(config, hit.index.schema, hit.index.name);
}

function severityOf(rule: RuleId, config: Config): RuleSetting {
  return config.rules[rule] ?? findRule(rule)?.defaultSeverity ?? 'error';
}

function span(at: Origin): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (at.file === null) return { file: null, line: null, column: null, endLine: null, endColumn: null };
  return { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

/** A hit placed on its statement; its severity is set with every other finding's. */
function toFinding(rule: RuleId, hit: RuleHit, at: Origin): Finding {
  const base = { ...blankFinding(rule), ...span(at), table: hit.table, message: hit.message, fix: hit.fix };
  if (hit.subject === 'foreign-key') return { ...base, foreignKey: hit.foreignKey.name, columns: [...hit.foreignKey.columns] };
  const index = hit.index;
  return {
    ...base,
    index: index.name,
    relatedIndexes: hit.related.map((r) => r.name),
    constraint: index.constraint?.name ?? null,
    columns: index.keys.map((k) => (k.kind === 'column' ? k.column : k.expression)),
    sizeBytes: index.sizeBytes ?? null,
    scans: index.scans ?? null,
  };
}

function applySuppressions(findings: Finding[], files: Map<string, FileState>): Finding[] {
  const kept = findings.filter((f) => {
    const state = f.file ? files.get(f.file) : undefined;
    return !(state && f.line !== null && state.suppressions.suppresses(f.rule, f.line));
  });
  for (const state of files.values()) {
    if (!state.changed) continue;
    for (const s of state.suppressions.all) {
      if (s.used) continue;
      kept.push({
        ...blankFinding('unused-suppression', { file: state.display }),
        line: s.line,
        column: s.column,
        endLine: s.line,
        endColumn: s.column,
        message: `pg-index-lint-ignore ${s.rules.join(', ')} matches no finding on the next statement; remove it`,
      });
    }
  }
  return kept;
}
