/**
 * The catalog read builds an index of columns from the catalog's arrays
 * instead of parsing pg_get_indexdef. On a database with every kind of index,
 * the model it builds must be exactly the one built by parsing each index's
 * pg_get_indexdef, as every index was read before; and a foreign key of a
 * partitioned table has its copy on every partition, at every level, as
 * PostgreSQL makes them and as the static replay builds them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadSnapshot } from '../src/catalog/loadSnapshot.js';
import { readCatalog, withCatalog } from '../src/catalog/readCatalog.js';
import type { Snapshot } from '../src/catalog/snapshot.js';
import { SchemaModel } from '../src/model/schema.js';
import type { ForeignKey, Index } from '../src/model/types.js';
import { loadParser } from '../src/sql/parseFile.js';
import { replayModel } from './helpers/replayModel.js';
import { applySql, openTestDatabase, type TestDatabase } from './helpers/testDatabase.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase('lean');
  await loadParser();
});

afterAll(async () => {
  // The embedded server has one database for every test file: leave it as it was found.
  await db?.client.query('DROP SCHEMA IF EXISTS "Other" CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  await db?.close();
});

const VARIED = `
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE DOMAIN short_text AS text;
CREATE DOMAIN shorter_text AS short_text;
CREATE TABLE "Mixed Case" ("Id" int PRIMARY KEY, "Name" text COLLATE "C", plain text, v varchar(20), m mood, tags int[], doc jsonb,
  r int4range, b box, d short_text, dd shorter_text, n numeric, ts timestamptz, c char(3), "select" int,
  UNIQUE ("Name", plain) DEFERRABLE INITIALLY DEFERRED,
  EXCLUDE USING gist (r WITH &&));
CREATE INDEX mc_expr ON "Mixed Case" (lower(plain), ("Id" + 1));
CREATE INDEX mc_partial ON "Mixed Case" (plain) WHERE "Id" > 10 AND v IS NOT NULL;
CREATE UNIQUE INDEX mc_include ON "Mixed Case" ("Id") INCLUDE (plain, v);
CREATE INDEX mc_pattern ON "Mixed Case" (plain text_pattern_ops, v varchar_pattern_ops, c bpchar_pattern_ops);
CREATE INDEX mc_written_defaults ON "Mixed Case" (plain text_ops, v text_ops, m enum_ops, tags array_ops, n numeric_ops);
CREATE INDEX mc_collate ON "Mixed Case" ("Name" COLLATE "POSIX", plain COLLATE "C", v COLLATE "default", "Name" COLLATE "C");
CREATE INDEX mc_order ON "Mixed Case" ("Id" DESC, plain NULLS FIRST, v DESC NULLS LAST, n ASC NULLS LAST, ts DESC NULLS FIRST);
CREATE UNIQUE INDEX mc_nnd ON "Mixed Case" (v, "select") NULLS NOT DISTINCT;
CREATE INDEX mc_gin ON "Mixed Case" USING gin (tags);
CREATE INDEX mc_gin_path ON "Mixed Case" USING gin (doc jsonb_path_ops);
CREATE INDEX mc_gin_default ON "Mixed Case" USING gin (doc);
CREATE INDEX mc_gist ON "Mixed Case" USING gist (b);
CREATE INDEX mc_brin ON "Mixed Case" USING brin (ts);
CREATE INDEX mc_brin_minmax ON "Mixed Case" USING brin (n numeric_minmax_ops, ts timestamptz_minmax_multi_ops);
CREATE INDEX mc_hash ON "Mixed Case" USING hash (v);
CREATE INDEX mc_domain ON "Mixed Case" (d, dd);
CREATE INDEX mc_enum ON "Mixed Case" (m);
CREATE INDEX mc_array ON "Mixed Case" (tags);
CREATE INDEX mc_cast ON "Mixed Case" ((plain::text), (v::varchar));
CREATE INDEX mc_fillfactor ON "Mixed Case" (n) WITH (fillfactor = 70);
CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (id int, parent_id int REFERENCES parent, code text, a int, b int);
ALTER TABLE child ADD CONSTRAINT child_code_fkey FOREIGN KEY (code) REFERENCES parent (code) NOT VALID;
ALTER TABLE child ADD CONSTRAINT child_pk PRIMARY KEY (id);
ALTER TABLE child ADD CONSTRAINT child_ab_key UNIQUE (a, b, id) DEFERRABLE;
CREATE INDEX child_ab ON child (a, b);
ALTER TABLE child REPLICA IDENTITY USING INDEX child_pk;
CLUSTER child USING child_ab;
CREATE TABLE events (id int, tenant int, at date, parent_id int REFERENCES parent, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (tenant);
CREATE TABLE events_2024_t1 PARTITION OF events_2024 FOR VALUES IN (1);
CREATE TABLE events_2024_t2 PARTITION OF events_2024 FOR VALUES IN (2);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_tenant ON events (tenant, at DESC);
CREATE UNIQUE INDEX events_id ON events (id, at, tenant);
CREATE INDEX events_note_only ON ONLY events (note);
ALTER TABLE events ADD CONSTRAINT events_code_fkey FOREIGN KEY (tenant) REFERENCES parent;
CREATE TABLE legacy (id int, a int);
CREATE TABLE legacy_child (b int) INHERITS (legacy);
CREATE INDEX legacy_child_a ON legacy_child (a);
CREATE MATERIALIZED VIEW mv AS SELECT id, code FROM parent;
CREATE UNIQUE INDEX mv_id ON mv (id);
CREATE SCHEMA "Other";
CREATE TABLE "Other".t (a int, "B" text COLLATE "POSIX");
CREATE TYPE "Other"."Odd Type" AS ENUM ('x');
-- A type the replay reads as more than a type (a serial column makes a sequence): its table is replayed from its CREATE TABLE.
CREATE DOMAIN "Other".serial AS int;
CREATE TABLE "Other"."Types" (ch "char", bits bit varying(5), at timestamp(3) with time zone, span interval day to second,
  amounts numeric(10,2)[], grid int[][], odd "Other"."Odd Type", t text COLLATE "POSIX", s "Other".serial, d short_text, v varchar);
CREATE TABLE "Other".no_columns ();
CREATE TABLE "Other".dropped (a int, b int, c text);
ALTER TABLE "Other".dropped DROP COLUMN b;
CREATE INDEX dropped_c_a ON "Other".dropped (c, a) WHERE a > 0;
CREATE INDEX soft_a ON "Other".dropped (a) WHERE c IS NOT NULL AND a <> 0;
CREATE INDEX soft_b ON "Other".t (a) WHERE "B" IS NOT NULL AND a <> 0;
-- Expression indexes of one form on several tables, unique, on a partitioned table, with names to quote.
CREATE TABLE "Other".users1 (email text, "Name" text);
CREATE TABLE "Other".users2 (email text, "Name" text);
CREATE TABLE "Other".users3 (email text, "Name" text, at date) PARTITION BY RANGE (at);
CREATE TABLE "Other".users3_2024 PARTITION OF "Other".users3 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX users1_lower ON "Other".users1 (lower(email));
CREATE UNIQUE INDEX "Users2 Lower" ON "Other".users2 (lower(email));
CREATE INDEX "select" ON "Other".users2 (lower(email) text_pattern_ops DESC, "Name") INCLUDE (email) WHERE email <> '';
CREATE INDEX users3_lower ON "Other".users3 (lower(email), upper("Name"));
CREATE INDEX users1_both ON "Other".users1 (lower(email), upper("Name"));
CREATE INDEX users2_lower ON "Other".users2 (lower(email));
CREATE INDEX users2_both ON "Other".users2 (lower(email), upper("Name") DESC) WHERE email IS NOT NULL;
CREATE INDEX users1_both_partial ON "Other".users1 (lower(email), upper("Name") DESC) WHERE email IS NOT NULL;
CREATE INDEX "Idx Other" ON "Other".t ("B" COLLATE "C", a);
CREATE INDEX other_b_same ON "Other".t ("B" COLLATE "POSIX");
`;

/** Every field of every index and foreign key, with references by name: two models that print the same hold the same. */
function describeModel(model: SchemaModel): unknown {
  const index = (i: Index) => ({ ...i, parentIndex: i.parentIndex ? `${i.parentIndex.schema}.${i.parentIndex.name}` : null });
  const fk = (f: ForeignKey) => ({ ...f, parentForeignKey: f.parentForeignKey ? `${f.parentForeignKey.table}.${f.parentForeignKey.name}` : null });
  return {
    tables: [...model.tables.values()].map((t) => ({ ...t, foreignKeys: t.foreignKeys.map(fk) })),
    indexes: [...model.allIndexes()].map(index),
    schemas: [...model.schemas],
  };
}

function load(snapshot: Snapshot, options: { parseAll?: boolean } = {}): { model: SchemaModel; notes: string[] } {
  const model = new SchemaModel();
  const notes: string[] = [];
  loadSnapshot(snapshot, model, (message) => notes.push(message), options);
  return { model, notes };
}

/** The model the live audit builds: the catalog loaded as it is read, without the definitions and sizes a snapshot keeps. */
async function loadLive(url: string): Promise<{ model: SchemaModel; notes: string[]; sequence: number }> {
  const model = new SchemaModel();
  const notes: string[] = [];
  const options = { url, source: '--database-url', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60, schemas: null };
  const loaded = await withCatalog(options, (catalog) => catalog.load(model, (message) => notes.push(message)));
  return { model, notes: [...notes, ...loaded.notes], sequence: loaded.sequence };
}

/** A snapshot's indexes as the old read had them: every definition pg_get_indexdef's, to be parsed. */
function parsedDefinitions(snapshot: Snapshot, definitions: Map<number, string>): Snapshot {
  return { ...snapshot, indexes: snapshot.indexes.map(({ keys: _keys, include: _include, ...i }) => ({ ...i, definition: definitions.get(i.oid)! })) };
}

describe('the catalog read', () => {
  let snapshot: Snapshot;
  let definitions: Map<number, string>;

  beforeAll(async () => {
    await db.client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
    await applySql(db.client, VARIED);
    // An invalid index: a unique build that fails on duplicate rows.
    await db.client.query('INSERT INTO child (id, a, b) VALUES (1, 1, 1), (2, 1, 1)');
    await expect(db.client.query('CREATE UNIQUE INDEX CONCURRENTLY child_ab_unique ON child (a, b)')).rejects.toThrow(/could not create unique index/);
    snapshot = await readCatalog({ url: db.url, source: '--database-url', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60, schemas: null });
    // As the old read printed them: with an empty search_path, so every name is qualified.
    await db.client.query('BEGIN');
    await db.client.query("SELECT set_config('search_path', '', true)");
    const qualified = await db.client.query<{ oid: string; def: string }>(
      "SELECT i.indexrelid::int8 AS oid, pg_catalog.pg_get_indexdef(i.indexrelid) AS def FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace IN ('public'::regnamespace, '\"Other\"'::regnamespace)",
    );
    await db.client.query('COMMIT');
    definitions = new Map(qualified.rows.map((r) => [Number(r.oid), r.def]));
  });

  test('reads every kind of index, most of them from the arrays', () => {
    expect(snapshot.indexes.length).toBe(definitions.size);
    const fromArrays = snapshot.indexes.filter((i) => i.keys !== undefined && i.predicate === null).map((i) => i.name);
    expect(fromArrays).toEqual(
      expect.arrayContaining([
        'mc_include',
        'mc_pattern',
        'mc_written_defaults',
        'mc_collate',
        'mc_order',
        'mc_nnd',
        'mc_gin',
        'mc_gin_path',
        'mc_brin_minmax',
        'mc_hash',
        'events_tenant',
        'events_note_only',
        'child_ab_unique',
        'Idx Other',
      ]),
    );
    const parsed = snapshot.indexes.filter((i) => i.keys === undefined && i.schema === 'public').map((i) => i.name);
    // (plain::text) is the column itself to PostgreSQL; (v::varchar) drops v's length, an expression.
    expect(parsed.sort()).toEqual(['mc_cast', 'mc_domain', 'mc_expr']);
    expect(snapshot.indexes.find((i) => i.name === 'child_ab_unique')?.valid).toBe(false);
  });

  test('writes each definition as pg_get_indexdef prints it', () => {
    for (const index of snapshot.indexes) expect(`${index.name}: ${index.definition}`).toBe(`${index.name}: ${definitions.get(index.oid)}`);
  });

  test('builds exactly the model that parsing every pg_get_indexdef builds', () => {
    const lean = load(snapshot);
    const parsedEverywhere = load(parsedDefinitions(snapshot, definitions), { parseAll: true });
    expect(lean.notes).toEqual([]);
    expect(parsedEverywhere.notes).toEqual([]);
    expect(describeModel(lean.model)).toEqual(describeModel(parsedEverywhere.model));
    // The comparison is not empty: the arrays carried operator classes, collations and orders that the model keeps.
    const key = (name: string) => lean.model.indexes.get(`public.${name}`)!.keys;
    expect(key('mc_pattern').map((k) => k.opclass)).toEqual(['text_pattern_ops', 'varchar_pattern_ops', 'bpchar_pattern_ops']);
    expect(key('mc_written_defaults').map((k) => k.opclass)).toEqual([null, null, null, null, null]);
    expect(key('mc_collate').map((k) => k.collation)).toEqual(['POSIX', 'C', null, null]);
    expect(key('mc_order').map((k) => [k.descending, k.nullsFirst])).toEqual([
      [true, true],
      [false, true],
      [true, false],
      [false, false],
      [true, true],
    ]);
    expect(lean.model.indexes.get('Other.other_b_same')!.keys[0].collation).toBeNull();
    expect(lean.model.indexes.get('Other.soft_b')!.predicate).toBe(lean.model.indexes.get('Other.soft_a')!.predicate!.replace('c', '"B"'));
    expect(lean.model.tables.get('Other.Types')!.columns.map((c) => c.type)).toEqual([
      'bpchar',
      'varbit',
      'timestamptz',
      'interval',
      'numeric[]',
      'int4[]',
      'Odd Type',
      'text',
      'int4',
      'text',
      'varchar',
    ]);
  });

  test('the live audit builds the same model, tables, predicates and foreign keys included, without definitions to parse', async () => {
    const live = await loadLive(db.url);
    const parsedEverywhere = load(parsedDefinitions(snapshot, definitions), { parseAll: true });
    expect(live.notes).toEqual(snapshot.notes);
    // Indexes are sized only for the findings the live audit reports; scan counts move between two reads.
    const unsized = (model: SchemaModel) => {
      for (const index of model.indexes.values()) {
        delete index.sizeBytes;
        delete index.scans;
      }
      return describeModel(model);
    };
    expect(unsized(live.model)).toEqual(unsized(parsedEverywhere.model));
    expect(live.model.indexes.size).toBe(snapshot.indexes.length);
    expect(live.model.otherRelations).toEqual(parsedEverywhere.model.otherRelations);
  });

  test('a foreign key of a partitioned table has its copy on every partition, at every level, as the static replay builds it', async () => {
    const { model } = load(snapshot);
    const copies = (table: string) =>
      model.tables
        .get(table)!
        .foreignKeys.map((f) => `${f.name} (${f.columns.join(', ')}) ← ${f.parentForeignKey ? f.parentForeignKey.table : 'declared'}`)
        .sort();
    expect(copies('public.events')).toEqual(['events_code_fkey (tenant) ← declared', 'events_parent_id_fkey (parent_id) ← declared']);
    expect(copies('public.events_2024')).toEqual(['events_code_fkey (tenant) ← public.events', 'events_parent_id_fkey (parent_id) ← public.events']);
    for (const leaf of ['public.events_2024_t1', 'public.events_2024_t2']) {
      expect(copies(leaf)).toEqual(['events_code_fkey (tenant) ← public.events_2024', 'events_parent_id_fkey (parent_id) ← public.events_2024']);
    }
    expect(copies('public.events_2025')).toEqual(['events_code_fkey (tenant) ← public.events', 'events_parent_id_fkey (parent_id) ← public.events']);
    // PostgreSQL holds one constraint row per copy.
    const rows = await db.client.query<{ t: string; n: string }>(
      "SELECT conrelid::regclass::text AS t, conname AS n FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text LIKE 'events%' ORDER BY 1, 2",
    );
    const modelled = [...model.allForeignKeys()]
      .filter((f) => f.table.startsWith('public.events'))
      .map((f) => `${f.table.slice('public.'.length)} ${f.name}`)
      .sort();
    expect(modelled).toEqual(rows.rows.map((r) => `${r.t} ${r.n}`).sort());
    // The static replay of the same statements builds the same copies of a key declared before the partitions were made
    // (it does not yet pass a key added later by ALTER TABLE below the first level).
    const replayed = await replayModel([VARIED.slice(VARIED.indexOf('CREATE TABLE parent'), VARIED.indexOf('CREATE TABLE legacy'))]);
    const shape = (m: SchemaModel) =>
      [...m.allForeignKeys()]
        .filter((f) => f.table.startsWith('public.events') && f.name === 'events_parent_id_fkey')
        .map((f) => `${f.table} ${f.name} ${f.parentForeignKey?.table ?? '-'}`)
        .sort();
    expect(shape(model)).toEqual(shape(replayed));
  });

  test("a foreign key's actions, match type and deferrability, a copy that kept its own name, and quoted relation names are read as the static replay builds them", async () => {
    const sql = `
CREATE SCHEMA "Fk.s";
CREATE TABLE "Fk.s"."P.a" (id int PRIMARY KEY, b int, UNIQUE (id, b));
CREATE TABLE "Fk.s".c1 (x int REFERENCES "Fk.s"."P.a" ON DELETE CASCADE ON UPDATE SET NULL, y int, z int,
  FOREIGN KEY (y, z) REFERENCES "Fk.s"."P.a" (id, b) MATCH FULL ON DELETE SET NULL (y) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT "odd) name" FOREIGN KEY (z) REFERENCES "Fk.s"."P.a" ON DELETE RESTRICT DEFERRABLE);
ALTER TABLE "Fk.s".c1 ADD CONSTRAINT not_yet FOREIGN KEY (y) REFERENCES "Fk.s"."P.a" ON UPDATE SET DEFAULT NOT VALID;
CREATE TABLE "Fk.s"."Part" (x int, k int, FOREIGN KEY (x) REFERENCES "Fk.s"."P.a") PARTITION BY LIST (k);
CREATE TABLE "Fk.s"."Part1" (x int, k int, CONSTRAINT own FOREIGN KEY (x) REFERENCES "Fk.s"."P.a");
ALTER TABLE "Fk.s"."Part" ATTACH PARTITION "Fk.s"."Part1" FOR VALUES IN (1);
`;
    await applySql(db.client, sql);
    try {
      const read = await readCatalog({ url: db.url, source: '--database-url', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60, schemas: ['Fk.s'] });
      const { model, notes } = load(read);
      expect(notes).toEqual([]);
      const shape = (m: SchemaModel) =>
        [...m.allForeignKeys()]
          .filter((f) => f.table.startsWith('"Fk.s".'))
          .map((f) => `${f.table} ${f.name} → ${f.referencedTable} ${f.behaviour} ${f.parentForeignKey?.name ?? '-'}`)
          .sort();
      expect(shape(model)).toContain('"Fk.s".Part1 own → "Fk.s"."P.a" aas Part_x_fkey');
      expect(shape(model)).toContain('"Fk.s".c1 c1_y_z_fkey → "Fk.s"."P.a" anfdi -');
      expect(shape(model)).toEqual(shape(await replayModel([sql])));
    } finally {
      await db.client.query('DROP SCHEMA "Fk.s" CASCADE');
    }
  });
});
