/**
 * A snapshot becomes the same schema model that migrations build. Its
 * definitions (pg_get_indexdef, format_type) are SQL, so they go through the
 * same parser and the same replay as migration files. Two things are built
 * without the parser, from what the catalog already holds as lists: an index
 * whose keys are all columns (from its keys, with the normalisation the
 * replay applies to a written one), and foreign keys (from their columns).
 * The catalog tests hold both ways to the same model.
 */
import { parseSync } from 'libpg-query';
import { QuoteUtils } from 'pgsql-deparser';
import { Replayer, type NoteSink } from '../model/replay.js';
import type { SchemaModel } from '../model/schema.js';
import { defaultOpclass } from '../model/pgTypes.js';
import { newTable, tableKey, type ForeignKey, type IndexKey, type Origin, type Table } from '../model/types.js';
import type { AstNode } from '../sql/parseFile.js';
import type { Snapshot, SnapshotIndex } from './snapshot.js';

const q = (name: string) => QuoteUtils.quoteIdentifier(name);

/**
 * How many definitions go to the parser in one call. Each call has a fixed
 * cost (copying in and out of WebAssembly, a JSON tree to read back): an
 * audit of a 20,000-index snapshot takes 1.9 s of CPU a hundred at a time,
 * 2.1 s or more one at a time. Larger batches are no faster and hold more
 * trees at once (a thousand at a time: 30 MB more at the peak).
 */
const PARSE_BATCH = 100;

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
   * are parsed one at a time, so only one batch's trees are held at once. What
   * `direct` can build without the parser is not parsed, and is built in its
   * turn (the order is the model's: older objects first).
   */
  const replayAll = (texts: string[], what: (n: number) => string, after: (n: number) => void = () => undefined, direct?: { can: (n: number) => boolean; build: (n: number) => void }) => {
    for (let first = 0; first < texts.length; first += PARSE_BATCH) {
      const toParse: number[] = [];
      for (let n = first; n < Math.min(texts.length, first + PARSE_BATCH); n++) if (!direct?.can(n)) toParse.push(n);
      const trees = parseBatch(toParse.map((n) => texts[n]), (k) => what(toParse[k]));
      const treesOf = new Map(toParse.map((n, k) => [n, trees[k]]));
      for (let n = first; n < Math.min(texts.length, first + PARSE_BATCH); n++) {
        if (!treesOf.has(n)) direct?.build(n);
        for (const raw of treesOf.get(n) ?? []) {
          const kind = Object.keys(raw.stmt)[0];
          replayer.apply({ kind, node: raw.stmt[kind], text: texts[n], start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, origin(), note);
        }
        after(n);
      }
    }
  };

  for (const schema of snapshot.schemas) model.schemas.add(schema);
  for (const e of snapshot.enums) model.enums.add(e.name);
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
  // One that the catalog's arrays describe is built from them (in its turn, as the parse would); the others are parsed.
  const indexes = snapshot.indexes;
  replayAll(
    indexes.map((i) => i.definition),
    (n) => `index ${indexes[n].schema}.${indexes[n].name}`,
    (n) => {
      const i = indexes[n];
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
    { can: (n) => fromArrays(indexes[n]), build: (n) => buildFromArrays(indexes[n], model, origin(), note) },
  );

  // Partition and inheritance links, once every table and index exists.
  for (const t of snapshot.tables) {
    const table = model.tables.get(tableKey(t.schema, t.name));
    if (!table) continue;
    table.partitionOf = t.partitionOf;
    table.inheritsFrom = [...t.inherits];
    if (t.partitionOf || t.inherits.length) model.hasDescendantTables = true;
  }
  for (const i of snapshot.indexes) {
    if (!i.parentIndex) continue;
    const index = model.indexes.get(tableKey(i.schema, i.name));
    const parent = model.indexes.get(i.parentIndex);
    if (index && parent) index.parentIndex = parent;
  }

  // Foreign keys are read as the catalog lists them, with their columns: nothing to parse.
  const partitions = partitionsByParent(model);
  for (const fk of snapshot.foreignKeys ?? []) {
    const table = model.tables.get(fk.table) ?? unknownTable(model, fk.table, note);
    const created: ForeignKey = {
      name: fk.name,
      table: fk.table,
      columns: [...fk.columns],
      referencedTable: fk.referencedTable,
      referencedColumns: [...fk.referencedColumns],
      origin: origin(),
      parentForeignKey: null,
    };
    model.addForeignKey(table, created);
    copyToPartitions(model, partitions, table, created);
  }
  return sequence;
}

/** Built from the catalog's arrays: every key a column, and no predicate to parse. */
function fromArrays(i: SnapshotIndex): boolean {
  return i.keys !== undefined && i.include !== undefined && i.predicate === null;
}

/**
 * The index the replay builds from the definition pg_get_indexdef prints for
 * an index of columns: each printed operator class and collation is dropped
 * where it is the column's default, as a written one is (names are compared
 * as the parser reads them: an operator class folded to lower case).
 */
function buildFromArrays(i: SnapshotIndex, model: SchemaModel, at: Origin, note: NoteSink): void {
  const key = i.table;
  const table = model.tables.get(key) ?? unknownTable(model, key, note);
  const method = i.method.toLowerCase();
  const keys: IndexKey[] = i.keys!.map((k) => {
    const column = table.columns.find((c) => c.name === k.column);
    const opclass = k.opclass === null ? null : k.opclass.toLowerCase();
    return {
      kind: 'column',
      column: k.column,
      opclass: opclass === null || opclass === defaultOpclass(method, column ? column.type : null, model.enums) ? null : opclass,
      collation: k.collation === null || k.collation === (column?.collation ?? 'default') ? null : k.collation,
      descending: k.descending,
      nullsFirst: k.nullsFirst,
    };
  });
  model.addIndex({
    schema: table.schema,
    name: i.name,
    table: key,
    method,
    keys,
    include: [...i.include!],
    predicate: null,
    unique: i.unique,
    nullsNotDistinct: i.nullsNotDistinct,
    constraint: null,
    valid: true,
    replicaIdentity: false,
    clustered: false,
    parentIndex: null,
    origin: at,
    expressionNodes: undefined,
    predicateNode: null,
  });
}

/** A table the snapshot names but does not describe, known only by what is on it (as the replay adds one). */
function unknownTable(model: SchemaModel, key: string, note: NoteSink): Table {
  const dot = key.indexOf('.');
  const table = newTable(key.slice(0, dot), key.slice(dot + 1), { unknownColumns: true });
  model.addTable(table);
  note(`table ${table.name} is not created by the migrations read: only the indexes and foreign keys they add to it are known`);
  return table;
}

function partitionsByParent(model: SchemaModel): Map<string, Table[]> {
  const partitions = new Map<string, Table[]>();
  for (const t of model.tables.values()) {
    if (!t.partitionOf) continue;
    const list = partitions.get(t.partitionOf);
    if (list) list.push(t);
    else partitions.set(t.partitionOf, [t]);
  }
  return partitions;
}

/**
 * PostgreSQL gives every partition, at every level, its own copy of a
 * partitioned table's foreign key, each the child of the copy one level up;
 * the catalog read keeps only the one declared, so the copies are made here.
 */
function copyToPartitions(model: SchemaModel, partitions: Map<string, Table[]>, table: Table, fk: ForeignKey): void {
  if (!table.partitioned) return;
  for (const child of partitions.get(tableKey(table.schema, table.name)) ?? []) {
    if (child.foreignKeys.some((f) => f.parentForeignKey === fk)) continue;
    const copy: ForeignKey = { ...fk, table: tableKey(child.schema, child.name), parentForeignKey: fk };
    model.addForeignKey(child, copy);
    copyToPartitions(model, partitions, child, copy);
  }
}
