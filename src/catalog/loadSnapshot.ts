/**
 * A snapshot becomes the same schema model that migrations build. Its
 * definitions (pg_get_indexdef, pg_get_constraintdef, format_type) are SQL, so
 * they go through the same parser and the same replay as migration files: one
 * normalisation for both sources, never two that could drift apart.
 */
import { parseSync } from 'libpg-query';
import { QuoteUtils } from 'pgsql-deparser';
import { Replayer, type NoteSink } from '../model/replay/index.js';
import type { SchemaModel } from '../model/schema.js';
import { splitQualifiedName, tableKey, type Origin } from '../model/types.js';
import type { AstNode } from '../sql/parseFile.js';
import type { Snapshot } from './snapshot.js';

const q = (name: string) => QuoteUtils.quoteIdentifier(name);

/**
 * How many definitions go to the parser in one call. Each call has a fixed
 * cost (copying in and out of WebAssembly, a JSON tree to read back): an
 * audit of a 20,000-index snapshot takes 1.9 s of CPU a hundred at a time,
 * 2.1 s or more one at a time. Larger batches are no faster and hold more
 * trees at once (a thousand at a time: 30 MB more at the peak).
 */
const PARSE_BATCH = 100;

/**
 * The model key of a relation the snapshot names as `schema.name`: quoted as
 * quote_ident quotes, or, in snapshots of earlier versions, the two parts
 * joined bare (split at the first dot).
 */
function partsOf(name: string): [string, string] {
  const parts = splitQualifiedName(name);
  if (parts) return parts;
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

function keyOf(name: string): string {
  return tableKey(...partsOf(name));
}

/** Loads a snapshot into `model`; returns the next free statement sequence number. */
export function loadSnapshot(snapshot: Snapshot, model: SchemaModel, note: NoteSink): number {
  const replayer = new Replayer(model);
  let sequence = 0;
  const origin = (): Origin => ({ file: null, line: 0, column: 0, endLine: 0, endColumn: 0, sequence: sequence++, changed: false });
  const parseOne = (sql: string, what: string): AstNode[] => {
    try {
      return (parseSync(sql) as AstNode).stmts ?? [];
    } catch (e) {
      note(`${what} from ${snapshot.source} could not be read (${(e as Error).message}); it is left out`);
      return [];
    }
  };
  /** The statements of each text of one batch; a batch that does not parse is parsed text by text, so the note names the one at fault. */
  const parseBatch = (batch: string[], what: (i: number) => string): AstNode[][] => {
    let statements: AstNode[];
    try {
      statements = (parseSync(batch.join(';\n')) as AstNode).stmts ?? [];
    } catch {
      return batch.map((sql, i) => parseOne(sql, what(i)));
    }
    // A statement belongs to the text its first byte (its stmt_location) falls in.
    const groups: AstNode[][] = batch.map(() => []);
    const starts: number[] = [];
    let offset = 0;
    for (const sql of batch) {
      starts.push(offset);
      offset += Buffer.byteLength(sql) + 2;
    }
    let text = 0;
    for (const statement of statements) {
      const location = (statement.stmt_location as number | undefined) ?? 0;
      while (text + 1 < batch.length && location >= starts[text + 1]) text++;
      groups[text].push(statement);
    }
    return groups;
  };
  /**
   * Replays each text in order, then calls `after` with its position. Batches
   * are parsed one at a time, so only one batch's trees are held at once.
   */
  const replayAll = (texts: string[], what: (n: number) => string, after: (n: number) => void = () => undefined) => {
    for (let first = 0; first < texts.length; first += PARSE_BATCH) {
      parseBatch(texts.slice(first, first + PARSE_BATCH), (i) => what(first + i)).forEach((statements, i) => {
        for (const raw of statements) {
          const kind = Object.keys(raw.stmt)[0];
          replayer.apply({ kind, node: raw.stmt[kind], text: texts[first + i], start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, origin(), note);
        }
        after(first + i);
      });
    }
  };

  for (const schema of snapshot.schemas) model.schemas.add(schema);
  for (const e of snapshot.enums) model.enums.add(e.name);
  for (const r of snapshot.otherRelations ?? []) model.otherRelations.add(tableKey(r.schema, r.name));
  replayAll(snapshot.domains.map((d) => `CREATE DOMAIN ${q(d.schema)}.${q(d.name)} AS ${d.baseType}`), (n) => `domain ${snapshot.domains[n].name}`);

  const columnsUnknown = snapshot.foreignKeys === null;
  const tableSql = snapshot.tables.map((t) => {
    const columns = t.columns.map((c) => `${q(c.name)} ${c.type}${c.collation ? ` COLLATE ${q(c.collation)}` : ''}`);
    return `CREATE TABLE ${q(t.schema)}.${q(t.name)} (${columns.join(', ')})`;
  });
  replayAll(
    tableSql,
    (n) => `table ${snapshot.tables[n].schema}.${snapshot.tables[n].name}`,
    (n) => {
      const t = snapshot.tables[n];
      const table = model.tables.get(tableKey(t.schema, t.name));
      if (table) {
        table.partitioned = t.kind === 'partitioned';
        table.unknownColumns = columnsUnknown;
      }
    },
  );

  // Indexes in creation (OID) order: older ones are kept when two cover each other.
  replayAll(
    snapshot.indexes.map((i) => i.definition),
    (n) => `index ${snapshot.indexes[n].schema}.${snapshot.indexes[n].name}`,
    (n) => {
      const i = snapshot.indexes[n];
      const index = model.indexes.get(tableKey(i.schema, i.name));
      if (!index) return;
      index.valid = i.valid;
      index.clustered = i.clustered;
      index.replicaIdentity = i.replicaIdentity;
      if (i.sizeBytes !== null) index.sizeBytes = Number(i.sizeBytes);
      if (i.scans !== null) index.scans = Number(i.scans);
      if (i.constraint) {
        model.setIndexConstraint(index, { name: i.constraint.name, kind: i.constraint.type, deferrable: i.constraint.deferrable });
      }
    },
  );

  // Partition and inheritance links, once every table and index exists.
  for (const t of snapshot.tables) {
    const table = model.tables.get(tableKey(t.schema, t.name));
    if (!table) continue;
    table.partitionOf = t.partitionOf === null ? null : keyOf(t.partitionOf);
    table.inheritsFrom = t.inherits.map(keyOf);
    if (t.partitionOf || t.inherits.length) model.hasDescendantTables = true;
  }
  for (const i of snapshot.indexes) {
    if (!i.parentIndex) continue;
    const index = model.indexes.get(tableKey(i.schema, i.name));
    const parent = model.indexes.get(keyOf(i.parentIndex));
    if (index && parent) index.parentIndex = parent;
  }

  // A partition's copies follow from its parent's foreign keys, as the replay
  // makes them; only the name a copy kept (an equivalent foreign key the
  // partition had when attached keeps its own) comes from the catalog.
  const foreignKeys = (snapshot.foreignKeys ?? []).filter((fk) => !fk.parent);
  replayAll(
    foreignKeys.map((fk) => `ALTER TABLE ONLY ${partsOf(fk.table).map(q).join('.')} ADD CONSTRAINT ${q(fk.name)} ${fk.definition}`),
    (n) => `foreign key ${foreignKeys[n].name}`,
  );
  // A copy is found by its parent's name: parents renamed first, level by level.
  let pending = (snapshot.foreignKeys ?? []).filter((fk) => fk.parent && fk.parent !== fk.name);
  while (pending.length) {
    const waiting = pending.filter((copy) => {
      const table = model.tables.get(keyOf(copy.table));
      const derived = table?.foreignKeys.find((fk) => fk.parentForeignKey?.name === copy.parent && fk.name === copy.parent);
      if (!table || !derived) return true;
      model.renameForeignKey(table, derived, copy.name);
      return false;
    });
    if (waiting.length === pending.length) break;
    pending = waiting;
  }
  return sequence;
}
