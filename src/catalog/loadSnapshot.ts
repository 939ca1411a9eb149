/**
 * A snapshot becomes the same schema model that migrations build: the model
 * the replay builds from the SQL the catalog describes (CREATE TABLE of the
 * columns as format_type prints them, pg_get_indexdef's definitions). Most of
 * it is built without parsing that SQL statement by statement: a table from
 * its columns (each type parsed once), an index of columns from the catalog's
 * arrays (a predicate parsed once per text), an expression index from one
 * parse of each form of definition, foreign keys from their columns. What
 * does not fit those ways is parsed and replayed as before. The catalog tests
 * hold both ways to the same model.
 */
import type { TypeName } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import { QuoteUtils } from 'pgsql-deparser';
import { Replayer, type NoteSink } from '../model/replay/index.js';
import type { SchemaModel } from '../model/schema.js';
import { newTable, tableKey, type ForeignKey, type Origin, type Table } from '../model/types.js';
import { loadParser, type AstNode } from '../sql/parseFile.js';
import { MAX_COLUMNS } from '../model/replay/context.js';
import type { Snapshot, SnapshotForeignKey, SnapshotIndex, SnapshotTable } from './snapshot.js';
import { buildFromArrays, fromArrays, keyOf, Predicates, unknownTable } from './indexFromArrays.js';
import { IndexTemplates } from './indexTemplates.js';
import { copyToPartitions, foreignKeyBehaviour, partitionsByParent } from './catalogForeignKeys.js';

const q = (name: string) => QuoteUtils.quoteIdentifier(name);

/**
 * How many definitions go to the parser in one call. Each call has a fixed
 * cost (copying in and out of WebAssembly, a JSON tree to read back): an
 * audit of a 20,000-index snapshot takes 1.9 s of CPU a hundred at a time,
 * 2.1 s or more one at a time. Larger batches are no faster and hold more
 * trees at once (a thousand at a time: 30 MB more at the peak).
 */
const PARSE_BATCH = 100;

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
    load: async (model, note) => {
      await loadParser();
      return { sequence: loadSnapshot(snapshot, model, note), notes: snapshot.notes ?? [], foreignKeysKnown: snapshot.foreignKeys !== null };
    },
  };
}

/**
 * Loads a snapshot into `model`; returns the next free statement sequence
 * number. `parseAll` replays every table and index from its own statement,
 * parsed, as was once done (for the tests that compare both ways).
 */
export function loadSnapshot(snapshot: Snapshot, model: SchemaModel, note: NoteSink, options: { parseAll?: boolean } = {}): number {
  const loader = new SnapshotLoader(model, note, snapshot.source, snapshot.foreignKeys === null, options.parseAll);
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
  /** The model's type of a column, by the type as the catalog prints it; null where the table is replayed from its CREATE TABLE. */
  private readonly columnTypes = new Map<string, string | null>();
  private readonly predicates = new Predicates();
  private readonly templates = new IndexTemplates();

  constructor(
    private readonly model: SchemaModel,
    private readonly note: NoteSink,
    private readonly source: string,
    /** A pg_indexes export: the tables' columns are not known. */
    private readonly columnsUnknown: boolean,
    /** Replay every table and index from its own statement, parsed, as they all were once (for the tests that compare both ways). */
    private readonly parseAll = false,
  ) {
    this.replayer = new Replayer(model);
  }

  /**
   * The parser, for the definitions that are parsed: a live read compiles it
   * while it connects. A parser that fails to load is not the database's
   * failure: the engine awaits the same load and reports it.
   */
  ready(): Promise<void> {
    return loadParser().catch(() => undefined);
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

  /**
   * A table is built from its columns, as the replay of `CREATE TABLE
   * schema.name (column type COLLATE collation, ...)` builds it: each type as
   * the replay names it, found by parsing each type the catalog prints once
   * (a few dozen types for thousands of tables). A table whose name is taken,
   * or with a column the replay does more with than record its type, is
   * replayed from that statement.
   */
  tables(tables: SnapshotTable[]): void {
    const replayed: SnapshotTable[] = [];
    for (const t of tables) {
      const types = this.parseAll || t.columns.length > MAX_COLUMNS ? null : this.plainTypes(t);
      // In its turn, after the tables before it.
      if (types && replayed.length) this.replayTables(replayed.splice(0));
      if (!types || this.model.relationExists(t.schema, t.name)) {
        replayed.push(t);
        continue;
      }
      // One statement, as its replay would be.
      this.origin();
      const columns = t.columns.map((c, i) => ({ name: c.name, type: types[i], collation: c.collation }));
      this.model.addTable(newTable(t.schema, t.name, { columns, partitioned: t.kind === 'partitioned', unknownColumns: this.columnsUnknown }));
    }
    if (replayed.length) this.replayTables(replayed);
    for (const t of tables) if (t.partitionOf || t.inherits.length) this.tableLinks.push({ schema: t.schema, name: t.name, partitionOf: t.partitionOf, inherits: t.inherits });
  }

  /** The model's type of each column of `t`, or null when a column needs the statement replayed. */
  private plainTypes(t: SnapshotTable): string[] | null {
    const types: string[] = [];
    for (const c of t.columns) {
      let type = this.columnTypes.get(c.type);
      if (type === undefined) {
        let typeName: TypeName | undefined;
        try {
          typeName = (parseSync(`CREATE TABLE t (c ${c.type})`) as AstNode).stmts?.[0]?.stmt?.CreateStmt?.tableElts?.[0]?.ColumnDef?.typeName;
        } catch {
          // The replay of the table says what is wrong with it.
        }
        type = typeName ? this.replayer.plainColumnType(typeName) : null;
        this.columnTypes.set(c.type, type);
      }
      if (type === null) return null;
      types.push(type);
    }
    return types;
  }

  /** Tables replayed from the CREATE TABLE the catalog's columns make. */
  private replayTables(tables: SnapshotTable[]): void {
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
          // A catalog's table has an owner the model does not know, as one built from the catalog's rows.
          table.owner = undefined;
        }
      },
    );
  }

  /** Indexes in creation (OID) order: older ones are kept when two cover each other. */
  indexes(indexes: SnapshotIndex[]): void {
    const { model } = this;
    // Statements of definitions made from the form another index's parse gave.
    const templated = new Map<number, AstNode>();
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
      {
        can: (n) => {
          if (this.parseAll) return false;
          if (fromArrays(indexes[n], this.predicates)) return true;
          const statement = this.templates.statement(indexes[n]);
          if (statement) templated.set(n, statement);
          return statement !== undefined;
        },
        build: (n) => {
          const statement = templated.get(n);
          if (!statement) return buildFromArrays(indexes[n], model, this.origin(), this.note, this.predicates);
          templated.delete(n);
          this.templates.replay(indexes[n], statement, model, this.replayer, this.origin(), this.note);
        },
      },
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
        behaviour: fk.behaviour ?? foreignKeyBehaviour(fk.definition),
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
    if (!batch.length) return [];
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
