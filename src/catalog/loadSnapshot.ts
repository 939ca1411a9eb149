/**
 * A snapshot becomes the same schema model that migrations build. Its
 * definitions (pg_get_indexdef, pg_get_constraintdef, format_type) are SQL, so
 * they go through the same parser and the same replay as migration files: one
 * normalisation for both sources, never two that could drift apart.
 */
import { parseSync } from 'libpg-query';
import { QuoteUtils } from 'pgsql-deparser';
import { Replayer, type NoteSink } from '../model/replay.js';
import type { SchemaModel } from '../model/schema.js';
import { tableKey, type Origin } from '../model/types.js';
import type { AstNode } from '../sql/parseFile.js';
import type { Snapshot } from './snapshot.js';

const q = (name: string) => QuoteUtils.quoteIdentifier(name);

/** Loads a snapshot into `model`; returns the next free statement sequence number. */
export function loadSnapshot(snapshot: Snapshot, model: SchemaModel, note: NoteSink): number {
  const replayer = new Replayer(model);
  let sequence = 0;
  const origin = (): Origin => ({ file: null, line: 0, column: 0, endLine: 0, endColumn: 0, sequence: sequence++, changed: false });
  const apply = (sql: string, what: string) => {
    let statements: AstNode[];
    try {
      statements = (parseSync(sql) as AstNode).stmts ?? [];
    } catch (e) {
      note(`${what} from ${snapshot.source} could not be read (${(e as Error).message}); it is left out`);
      return;
    }
    for (const raw of statements) {
      const kind = Object.keys(raw.stmt)[0];
      replayer.apply({ kind, node: raw.stmt[kind], text: sql, start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, origin(), note);
    }
  };

  for (const schema of snapshot.schemas) model.schemas.add(schema);
  for (const e of snapshot.enums) model.enums.add(e.name);
  for (const d of snapshot.domains) apply(`CREATE DOMAIN ${q(d.schema)}.${q(d.name)} AS ${d.baseType}`, `domain ${d.name}`);

  const columnsUnknown = snapshot.foreignKeys === null;
  for (const t of snapshot.tables) {
    const columns = t.columns.map((c) => `${q(c.name)} ${c.type}${c.collation ? ` COLLATE ${q(c.collation)}` : ''}`);
    apply(`CREATE TABLE ${q(t.schema)}.${q(t.name)} (${columns.join(', ')})`, `table ${t.schema}.${t.name}`);
    const table = model.tables.get(tableKey(t.schema, t.name));
    if (table) {
      table.partitioned = t.kind === 'partitioned';
      table.unknownColumns = columnsUnknown;
    }
  }

  // Indexes in creation (OID) order: older ones are kept when two cover each other.
  for (const i of snapshot.indexes) {
    apply(i.definition, `index ${i.schema}.${i.name}`);
    const index = model.indexes.get(tableKey(i.schema, i.name));
    if (!index) continue;
    index.valid = i.valid;
    index.clustered = i.clustered;
    index.replicaIdentity = i.replicaIdentity;
    if (i.sizeBytes !== null) index.sizeBytes = Number(i.sizeBytes);
    if (i.scans !== null) index.scans = Number(i.scans);
    if (i.constraint) {
      model.setIndexConstraint(index, { name: i.constraint.name, kind: i.constraint.type, deferrable: i.constraint.deferrable });
    }
  }

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

  for (const fk of snapshot.foreignKeys ?? []) {
    const dot = fk.table.indexOf('.');
    apply(`ALTER TABLE ONLY ${q(fk.table.slice(0, dot))}.${q(fk.table.slice(dot + 1))} ADD CONSTRAINT ${q(fk.name)} ${fk.definition}`, `foreign key ${fk.name}`);
  }
  return sequence;
}
