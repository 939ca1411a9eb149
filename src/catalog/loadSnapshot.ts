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
import { Replayer, type NoteSink } from '../model/replay/index.js';
import type { SchemaModel } from '../model/schema.js';
import { indexColumnNames } from '../model/naming.js';
import { defaultOpclass } from '../model/pgTypes.js';
import { newTable, splitQualifiedName, tableKey, type ForeignKey, type IndexKey, type Origin, type Table } from '../model/types.js';
import type { AstNode } from '../sql/parseFile.js';
import type { Snapshot, SnapshotForeignKey, SnapshotIndex, SnapshotTable } from './snapshot.js';

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

/** Where the files start from: a snapshot, or a live database's catalog read as it is loaded. */
export interface StartingCatalog {
  /** For messages: the file, or `database host:port/name`. */
  source: string;
  /** Loads it into `model`; resolves to the next free statement sequence number and what the source says of itself. */
  load(model: SchemaModel, note: NoteSink): Promise<{ sequence: number; notes: string[]; foreignKeysKnown: boolean }>;
}

export function snapshotCatalog(snapshot: Snapshot): StartingCatalog {
  return {
    source: snapshot.source,
    load: async (model, note) => ({ sequence: loadSnapshot(snapshot, model, note), notes: snapshot.notes ?? [], foreignKeysKnown: snapshot.foreignKeys !== null }),
  };
}

/** Loads a snapshot into `model`; returns the next free statement sequence number. */
export function loadSnapshot(snapshot: Snapshot, model: SchemaModel, note: NoteSink): number {
  const loader = new SnapshotLoader(model, note, snapshot.source, snapshot.foreignKeys === null);
  loader.header(snapshot);
  loader.tables(snapshot.tables);
  loader.indexes(snapshot.indexes);
  loader.otherRelations(snapshot.otherRelations ?? []);
  loader.foreignKeys(snapshot.foreignKeys ?? []);
  return loader.finish();
}

/**
 * Loads a snapshot part by part, in the order of the catalog read: header,
 * tables, indexes, other relations, foreign keys, each in as many batches as come (a live
 * read streams them, and no batch is kept once loaded).
 */
export class SnapshotLoader {
  private readonly replayer: Replayer;
  private sequence = 0;
  /** What is linked once every table and index exists: partitions and inheritance, partitions' indexes. */
  private readonly tableLinks: Array<Pick<SnapshotTable, 'schema' | 'name' | 'partitionOf' | 'inherits'>> = [];
  private readonly indexParents: Array<[string, string]> = [];
  private partitions: Map<string, Table[]> | null = null;
  /** Partitions' copies of foreign keys that kept a name of their own, renamed once every foreign key is in. */
  private readonly renamedCopies: SnapshotForeignKey[] = [];

  constructor(
    private readonly model: SchemaModel,
    private readonly note: NoteSink,
    private readonly source: string,
    /** A pg_indexes export: the tables' columns are not known. */
    private readonly columnsUnknown: boolean,
  ) {
    this.replayer = new Replayer(model);
  }

  header(header: Pick<Snapshot, 'schemas' | 'enums' | 'domains'>): void {
    for (const schema of header.schemas) this.model.schemas.add(schema);
    for (const e of header.enums) this.model.enums.add(e.name);
    const domains = header.domains;
    this.replayAll(
      domains.map((d) => `CREATE DOMAIN ${q(d.schema)}.${q(d.name)} AS ${d.baseType}`),
      (n) => `domain ${domains[n].name}`,
    );
  }

  /** Names of the schemas' other relations (sequences, views...), which new index names must avoid. */
  otherRelations(relations: NonNullable<Snapshot['otherRelations']>): void {
    for (const r of relations) this.model.otherRelations.add(tableKey(r.schema, r.name));
  }

  tables(tables: SnapshotTable[]): void {
    const tableSql = tables.map((t) => {
      const columns = t.columns.map((c) => `${q(c.name)} ${c.type}${c.collation ? ` COLLATE ${q(c.collation)}` : ''}`);
      return `CREATE TABLE ${q(t.schema)}.${q(t.name)} (${columns.join(', ')})`;
    });
    this.replayAll(
      tableSql,
      (n) => `table ${tables[n].schema}.${tables[n].name}`,
      (n) => {
        const t = tables[n];
        const table = this.model.tables.get(tableKey(t.schema, t.name));
        if (table) {
          table.partitioned = t.kind === 'partitioned';
          table.unknownColumns = this.columnsUnknown;
        }
      },
    );
    for (const t of tables) if (t.partitionOf || t.inherits.length) this.tableLinks.push({ schema: t.schema, name: t.name, partitionOf: t.partitionOf, inherits: t.inherits });
  }

  /** Indexes in creation (OID) order: older ones are kept when two cover each other. */
  indexes(indexes: SnapshotIndex[]): void {
    const { model } = this;
    // One that the catalog's arrays describe is built from them, in its turn; the others are parsed.
    this.replayAll(
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
      { can: (n) => fromArrays(indexes[n]), build: (n) => buildFromArrays(indexes[n], model, this.origin(), this.note) },
    );
    for (const i of indexes) if (i.parentIndex) this.indexParents.push([tableKey(i.schema, i.name), keyOf(i.parentIndex)]);
  }

  /**
   * Foreign keys are read as the catalog lists them, with their columns:
   * nothing to parse. A partition's copies follow from its parent's foreign
   * keys, made at every level as the replay makes them; only the name a copy
   * kept (an equivalent foreign key the partition had when attached keeps its
   * own) comes from the catalog, and is given in `finish`.
   */
  foreignKeys(foreignKeys: SnapshotForeignKey[]): void {
    const partitions = this.linked();
    for (const fk of foreignKeys) {
      if (fk.parent) {
        if (fk.parent !== fk.name) this.renamedCopies.push(fk);
        continue;
      }
      const key = keyOf(fk.table);
      const table = this.model.tables.get(key) ?? unknownTable(this.model, key, this.note);
      const created: ForeignKey = {
        name: fk.name,
        table: key,
        columns: [...fk.columns],
        referencedTable: keyOf(fk.referencedTable),
        referencedColumns: [...fk.referencedColumns],
        origin: this.origin(),
        parentForeignKey: null,
        behaviour: foreignKeyBehaviour(fk.definition),
      };
      this.model.addForeignKey(table, created);
      copyToPartitions(this.model, partitions, table, created);
    }
  }

  /** Returns the next free statement sequence number. */
  finish(): number {
    this.linked();
    // A copy is found by its parent's name: parents renamed first, level by level.
    let pending = this.renamedCopies;
    while (pending.length) {
      const waiting = pending.filter((copy) => {
        const table = this.model.tables.get(keyOf(copy.table));
        const derived = table?.foreignKeys.find((fk) => fk.parentForeignKey?.name === copy.parent && fk.name === copy.parent);
        if (!table || !derived) return true;
        this.renameCopy(table, derived, copy.name);
        return false;
      });
      if (waiting.length === pending.length) break;
      pending = waiting;
    }
    this.renamedCopies.length = 0;
    return this.sequence;
  }

  /**
   * Renames a derived copy, and the copies below it that carry its old name:
   * the catalog lists a copy only when its name differs from its parent's,
   * so the ones it does not list are named as their parent is.
   */
  private renameCopy(table: Table, fk: ForeignKey, name: string): void {
    const old = fk.name;
    this.model.renameForeignKey(table, fk, name);
    for (const child of this.linked().get(tableKey(table.schema, table.name)) ?? []) {
      for (const copy of child.foreignKeys) if (copy.parentForeignKey === fk && copy.name === old) this.renameCopy(child, copy, name);
    }
  }

  /** Partition and inheritance links, made once every table and index exists; the partitions of each table. */
  private linked(): Map<string, Table[]> {
    if (this.partitions) return this.partitions;
    const { model } = this;
    for (const t of this.tableLinks) {
      const table = model.tables.get(tableKey(t.schema, t.name));
      if (!table) continue;
      table.partitionOf = t.partitionOf === null ? null : keyOf(t.partitionOf);
      table.inheritsFrom = t.inherits.map(keyOf);
      model.hasDescendantTables = true;
    }
    for (const [key, parentKey] of this.indexParents) {
      const index = model.indexes.get(key);
      const parent = model.indexes.get(parentKey);
      if (index && parent) index.parentIndex = parent;
    }
    this.partitions = partitionsByParent(model);
    return this.partitions;
  }

  private origin(): Origin {
    return { file: null, line: 0, column: 0, endLine: 0, endColumn: 0, sequence: this.sequence++, changed: false };
  }

  private parseOne(sql: string, what: string): AstNode[] {
    try {
      return (parseSync(sql) as AstNode).stmts ?? [];
    } catch (e) {
      this.note(`${what} from ${this.source} could not be read (${(e as Error).message}); it is left out`);
      return [];
    }
  }

  /** The statements of each text of one batch; a batch that does not parse is parsed text by text, so the note names the one at fault. */
  private parseBatch(batch: string[], what: (i: number) => string): AstNode[][] {
    let statements: AstNode[];
    try {
      statements = (parseSync(batch.join(';\n')) as AstNode).stmts ?? [];
    } catch {
      return batch.map((sql, i) => this.parseOne(sql, what(i)));
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
  }

  /**
   * Replays each text in order, then calls `after` with its position. Batches
   * are parsed one at a time, so only one batch's trees are held at once. What
   * `direct` can build without the parser is not parsed, and is built in its
   * turn (the order is the model's: older objects first).
   */
  private replayAll(texts: string[], what: (n: number) => string, after: (n: number) => void = () => undefined, direct?: { can: (n: number) => boolean; build: (n: number) => void }): void {
    for (let first = 0; first < texts.length; first += PARSE_BATCH) {
      const last = Math.min(texts.length, first + PARSE_BATCH);
      const toParse: number[] = [];
      for (let n = first; n < last; n++) if (!direct?.can(n)) toParse.push(n);
      const trees = this.parseBatch(
        toParse.map((n) => texts[n]),
        (k) => what(toParse[k]),
      );
      const treesOf = new Map(toParse.map((n, k) => [n, trees[k]]));
      for (let n = first; n < last; n++) {
        if (!treesOf.has(n)) direct?.build(n);
        for (const raw of treesOf.get(n) ?? []) {
          const kind = Object.keys(raw.stmt)[0];
          this.replayer.apply({ kind, node: raw.stmt[kind], text: texts[n], start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, this.origin(), this.note);
        }
        after(n);
      }
    }
  }
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
  const key = keyOf(i.table);
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
    columnNames: indexColumnNames([...i.keys!.map((k) => ({ column: k.column })), ...i.include!.map((column) => ({ column }))]),
    predicate: null,
    unique: i.unique,
    nullsNotDistinct: i.nullsNotDistinct,
    constraint: null,
    valid: true,
    replicaIdentity: false,
    clustered: false,
    parentIndex: null,
    origin: at,
    expressionTrees: undefined,
    predicateTree: null,
    // Known only for a live database's indexes, and set after: named here, every index keeps all its fields in itself.
    sizeBytes: undefined,
    scans: undefined,
  });
}

/** A table the snapshot names but does not describe, known only by what is on it (as the replay adds one). */
function unknownTable(model: SchemaModel, key: string, note: NoteSink): Table {
  const table = newTable(...partsOf(key), { unknownColumns: true });
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

/** pg_get_constraintdef's words for a referential action, as the parser's one-letter codes. */
const ACTIONS: Record<string, string> = { RESTRICT: 'r', CASCADE: 'c', 'SET NULL': 'n', 'SET DEFAULT': 'd' };

/**
 * What decides, besides columns, whether two foreign keys are the same
 * constraint, as the replay records it for a written one (update and delete
 * actions, match type, deferrability), read from the definition
 * pg_get_constraintdef prints: after the referenced columns it prints
 * MATCH, ON UPDATE, ON DELETE, DEFERRABLE, INITIALLY DEFERRED, in that
 * order, each only when it is not the default. Undefined when the
 * definition is not of that form.
 */
function foreignKeyBehaviour(definition: string): string | undefined {
  // Quoted names hold no words to be misread once emptied.
  const bare = definition.replace(/"(?:[^"]|"")*"/g, '""');
  const references = bare.indexOf(' REFERENCES ');
  const columnsEnd = references < 0 ? -1 : bare.indexOf(')', references);
  if (columnsEnd < 0) return undefined;
  const tail =
    /^(?: MATCH (FULL|PARTIAL))?(?: ON UPDATE (RESTRICT|CASCADE|SET NULL|SET DEFAULT))?(?: ON DELETE (RESTRICT|CASCADE|SET NULL|SET DEFAULT)(?: \([^)]*\))?)?( DEFERRABLE)?( INITIALLY DEFERRED)?(?: NOT VALID)?$/.exec(
      bare.slice(columnsEnd + 1),
    );
  if (!tail) return undefined;
  const [, match, update, del, deferrable, deferred] = tail;
  return [update ? ACTIONS[update] : 'a', del ? ACTIONS[del] : 'a', match === 'FULL' ? 'f' : match === 'PARTIAL' ? 'p' : 's', deferrable ? 'd' : '', deferred ? 'i' : ''].join('');
}
