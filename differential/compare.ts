/**
 * The differential harness's comparison: the schema model the static replay
 * built from the files against the one read from the catalog of the database
 * the same files were run into, and the findings of both audits. Pure: two
 * models and two finding lists in, the differences out.
 */
import type { Finding } from '../src/findings.js';
import { RULES } from '../src/rules/index.js';
import type { SchemaModel } from '../src/model/schema.js';
import type { ForeignKey, Index, IndexKey, Origin } from '../src/model/types.js';
import { FileSuppressions } from '../src/suppressions.js';

export interface Difference {
  /** What kind of difference: `index-missing-in-static`, `fk-columns`, `finding-extra-in-static`... */
  kind: string;
  /** The object, schema-qualified: an index, `table.fk`, a table, or a finding. */
  object: string;
  /** What the static replay holds (null: nothing). */
  static: string | null;
  /** What the server's catalog holds (null: nothing). */
  live: string | null;
  /** The statement that made the object in the static replay (`file:line`), or where the files first name it. */
  at: string | null;
  /** Set when the difference is a known server-only one: why only the server can know it. */
  serverOnly?: string;
  /** The statement of the static replay that made the object (absent: it holds none). */
  origin?: Origin;
  /** What the server said when it refused that statement. */
  serverError?: string;
}

/** The text of each file of a set, by the path findings and origins show. */
export type SourceTexts = Map<string, string>;

/** Schemas neither side compares: the system's, and the static replay's temporary one (the psql session that made it is gone). */
function compared(schema: string): boolean {
  return !schema.startsWith('pg_') && schema !== 'information_schema';
}

function originText(origin: Origin): string | null {
  return origin.file === null ? null : `${origin.file}:${origin.line}`;
}

function keyText(key: IndexKey): string {
  const parts = [key.kind === 'column' ? key.column : `(${key.expression})`];
  if (key.collation) parts.push(`COLLATE ${key.collation}`);
  if (key.opclass) parts.push(key.opclass);
  if (key.descending) parts.push('DESC');
  // NULLS FIRST is the default of DESC, NULLS LAST of ASC: only the other one is written.
  if (key.nullsFirst !== key.descending) parts.push(key.nullsFirst ? 'NULLS FIRST' : 'NULLS LAST');
  return parts.join(' ');
}

/** An index's definition in one canonical form: what the rules compare, without its name. */
export function indexDefinition(index: Index): string {
  const include = index.include.length ? ` INCLUDE (${[...index.include].sort().join(', ')})` : '';
  const nulls = index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  const where = index.predicate ? ` WHERE ${index.predicate}` : '';
  return `${index.unique ? 'UNIQUE ' : ''}${index.method} (${index.keys.map(keyText).join(', ')})${include}${nulls}${where}`;
}

function constraintText(index: Index): string {
  const c = index.constraint;
  return c ? `${c.kind} constraint ${c.name}${c.deferrable ? ' DEFERRABLE' : ''}` : 'no constraint';
}

function foreignKeyDefinition(fk: ForeignKey): string {
  return `(${fk.columns.join(', ')}) REFERENCES ${fk.referencedTable}(${fk.referencedColumns.join(', ')})`;
}

function indexesOf(model: SchemaModel): Map<string, Index> {
  return new Map([...model.indexes].filter(([, i]) => compared(i.schema)));
}

function foreignKeysOf(model: SchemaModel): Map<string, ForeignKey> {
  const out = new Map<string, ForeignKey>();
  for (const fk of model.allForeignKeys()) if (compared(fk.table.slice(0, fk.table.indexOf('.')))) out.set(`${fk.table}.${fk.name}`, fk);
  return out;
}

/**
 * Objects of one kind on both sides: matched by key, then the unmatched ones
 * paired by `pairKey` (the same object under another name), the rest missing or extra.
 */
function compareObjects<T>(
  kind: 'index' | 'fk',
  fromFiles: Map<string, T>,
  fromCatalog: Map<string, T>,
  pairKey: (o: T) => string,
  describe: (o: T) => string,
  fields: Array<[string, (o: T) => string]>,
  /** Where the static replay made it; for an object it does not hold (`s` undefined), where the files name it or its table. */
  at: (s: T | undefined, key: string, l?: T) => string | null,
  origin: (s: T) => Origin,
): Difference[] {
  const out: Difference[] = [];
  const extra: Array<[string, T]> = [];
  for (const [key, s] of fromFiles) {
    const l = fromCatalog.get(key);
    if (l === undefined) {
      extra.push([key, s]);
      continue;
    }
    for (const [field, value] of fields) {
      if (value(s) !== value(l)) out.push({ kind: `${kind}-${field}`, object: key, static: value(s), live: value(l), at: at(s, key), origin: origin(s) });
    }
  }
  const missing = new Map<string, Array<[string, T]>>();
  for (const [key, l] of fromCatalog) {
    if (fromFiles.has(key)) continue;
    const p = pairKey(l);
    missing.set(p, [...(missing.get(p) ?? []), [key, l]]);
  }
  for (const [key, s] of extra) {
    const candidates = missing.get(pairKey(s));
    const paired = candidates?.shift();
    if (paired) {
      out.push({ kind: `${kind}-name`, object: key, static: key, live: paired[0], at: at(s, key), origin: origin(s) });
      continue;
    }
    out.push({ kind: `${kind}-extra-in-static`, object: key, static: describe(s), live: null, at: at(s, key), origin: origin(s) });
  }
  for (const group of missing.values()) {
    for (const [key, l] of group) out.push({ kind: `${kind}-missing-in-static`, object: key, static: null, live: describe(l), at: at(undefined, key, l) });
  }
  return out;
}

/** Where the files first name an object (by its last name part), for objects the static replay does not hold. */
export function firstMention(texts: SourceTexts, object: string): string | null {
  const name = object.slice(object.lastIndexOf('.') + 1).replace(/^"|"$/g, '');
  if (!name) return null;
  const word = new RegExp(`(^|[^A-Za-z0-9_$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_$])`, 'i');
  for (const [file, text] of texts) {
    const lines = text.split(/\r\n|\n|\r/);
    const at = lines.findIndex((l) => word.test(l));
    if (at >= 0) return `${file}:${at + 1} (first mention)`;
  }
  return null;
}

export function compareModels(fromFiles: SchemaModel, fromCatalog: SchemaModel, texts: SourceTexts): Difference[] {
  const mention = (key: string) => firstMention(texts, key);
  const out: Difference[] = [];
  // Tables: a placeholder the replay made for a table it never saw created is not a table.
  const tables = (model: SchemaModel, placeholders: boolean) =>
    new Set([...model.tables.values()].filter((t) => compared(t.schema) && (placeholders || !t.unknownColumns)).map((t) => `${t.schema}.${t.name}`));
  const staticTables = tables(fromFiles, false);
  const liveTables = tables(fromCatalog, true);
  const allStatic = tables(fromFiles, true);
  for (const t of staticTables) if (!liveTables.has(t)) out.push({ kind: 'table-extra-in-static', object: t, static: 'table', live: null, at: mention(t) });
  for (const t of liveTables) if (!allStatic.has(t)) out.push({ kind: 'table-missing-in-static', object: t, static: null, live: 'table', at: mention(t) });

  const indexAt = (i: Index | undefined, key: string, live?: Index) => (i ? originText(i.origin) : (mention(key) ?? (live ? mention(live.table) : null)));
  out.push(
    ...compareObjects(
      'index',
      indexesOf(fromFiles),
      indexesOf(fromCatalog),
      (i) => `${i.table} ${indexDefinition(i)} ${i.constraint?.kind ?? ''}`,
      (i) => `on ${i.table}: ${indexDefinition(i)}; ${constraintText(i)}${i.valid ? '' : '; INVALID'}`,
      [
        ['table', (i) => i.table],
        ['definition', indexDefinition],
        ['validity', (i) => (i.valid ? 'valid' : 'invalid')],
        ['constraint', constraintText],
        ['parent', (i) => (i.parentIndex ? `${i.parentIndex.schema}.${i.parentIndex.name}` : 'no parent index')],
      ],
      indexAt,
      (i) => i.origin,
    ),
  );
  out.push(
    ...compareObjects(
      'fk',
      foreignKeysOf(fromFiles),
      foreignKeysOf(fromCatalog),
      (fk) => `${fk.table} ${foreignKeyDefinition(fk)}`,
      (fk) => `on ${fk.table}: ${foreignKeyDefinition(fk)}`,
      [
        ['columns', (fk) => fk.columns.join(', ')],
        ['referenced', (fk) => `${fk.referencedTable}(${fk.referencedColumns.join(', ')})`],
      ],
      (fk, key, live) => (fk ? originText(fk.origin) : (mention(key) ?? (live ? mention(live.table) : null))),
      (fk) => fk.origin,
    ),
  );
  return out;
}

/** A rule's finding, as both audits can state it: no file, line or size. */
export function findingKey(f: Finding, rename: (schema: string, name: string) => string = (_schema, name) => name): string {
  const schema = (f.table ?? '').slice(0, (f.table ?? '').indexOf('.'));
  const index = (name: string | null) => (name === null ? null : rename(schema, name));
  const object = f.rule === 'unindexed-foreign-key' ? `${f.foreignKey} (${f.columns?.join(', ')})` : `${index(f.index)} < ${(f.relatedIndexes ?? []).map(index).sort().join(', ')}`;
  return `${f.rule} ${f.table} ${object}`;
}

/**
 * The names the catalog gives the indexes the static replay holds under
 * another name (the `index-name` differences), so that a finding on such an
 * index is not reported a second time, as one finding missing and one extra.
 */
export function catalogNames(differences: Difference[]): (schema: string, name: string) => string {
  const renamed = new Map(differences.filter((d) => d.kind === 'index-name' && d.live).map((d) => [d.object, d.live!]));
  return (schema, name) => {
    const live = renamed.get(`${schema}.${name}`);
    return live ? live.slice(schema.length + 1) : name;
  };
}

/**
 * The findings of the rules (the engine's own kinds — syntax errors, name
 * conflicts, suppressions — only the static audit can have). A finding that
 * only the live audit has, on an object a comment suppresses in the files, agrees.
 */
export function compareFindings(
  fromFiles: Finding[],
  fromCatalog: Finding[],
  staticModel: SchemaModel,
  texts: SourceTexts,
  rename: (schema: string, name: string) => string = (_schema, name) => name,
): Difference[] {
  // Only the rules that judge the model: a syntax error or a table no file creates is about the files, and has no counterpart in a catalog.
  const rules = new Set<string>(RULES.filter((r) => r.check).map((r) => r.id));
  const kept = (f: Finding) => rules.has(f.rule) && compared((f.table ?? '').slice(0, (f.table ?? '').indexOf('.')));
  const staticKeys = new Map(fromFiles.filter(kept).map((f) => [findingKey(f, rename), f]));
  const liveKeys = new Map(fromCatalog.filter(kept).map((f) => [findingKey(f), f]));
  const out: Difference[] = [];
  for (const [key, f] of staticKeys) {
    if (liveKeys.has(key)) continue;
    const origin = staticOrigin(staticModel, f) ?? undefined;
    out.push({ kind: 'finding-extra-in-static', object: key, static: f.message, live: null, at: f.file ? `${f.file}:${f.line}` : null, origin });
  }
  for (const [key, f] of liveKeys) {
    if (staticKeys.has(key)) continue;
    const origin = staticOrigin(staticModel, f);
    if (origin?.file && suppressed(texts, origin, f.rule)) continue;
    out.push({
      kind: 'finding-missing-in-static',
      object: key,
      static: null,
      live: f.message,
      at: origin ? originText(origin) : firstMention(texts, f.index ?? f.foreignKey ?? ''),
      origin: origin ?? undefined,
    });
  }
  return out;
}

/** The origin of a finding's object in the static model, when the replay holds it. */
function staticOrigin(model: SchemaModel, f: Finding): Origin | null {
  if (f.index && f.table) {
    const schema = f.table.slice(0, f.table.indexOf('.'));
    return model.indexes.get(`${schema}.${f.index}`)?.origin ?? null;
  }
  if (f.foreignKey && f.table) return model.tables.get(f.table)?.foreignKeys.find((fk) => fk.name === f.foreignKey)?.origin ?? null;
  return null;
}

function suppressed(texts: SourceTexts, origin: Origin, rule: string): boolean {
  const text = texts.get(origin.file ?? '');
  return text !== undefined && new FileSuppressions(text.split(/\r\n|\n|\r/)).suppresses(rule, origin.line);
}
