/**
 * One SQL case, run both ways: statement by statement into a fresh schema of
 * the real server (a statement the server rejects is skipped, as psql does
 * without ON_ERROR_STOP), and through the static replay. What each side
 * built is listed in one form, so a test compares the two lists.
 */
import { readCatalog } from '../../src/catalog/readCatalog.js';
import { loadSnapshot } from '../../src/catalog/loadSnapshot.js';
import { Replayer } from '../../src/model/replay/index.js';
import { SchemaModel } from '../../src/model/schema.js';
import { tableKey } from '../../src/model/types.js';
import { keyList } from '../../src/rules/describe.js';
import { loadParser, parseMigrationSql } from '../../src/sql/parseFile.js';
import type { TestDatabase } from './testDatabase.js';

export interface Sides {
  /** One line per index and foreign key: `table name definition`. */
  server: string[];
  replay: string[];
  /** Positions of the statements the server rejected, and those the replay says PostgreSQL rejects. */
  serverRejected: number[];
  replayRejected: number[];
  /** Every note of the replay, for cases that check what it says. */
  notes: string[];
  replayModel: SchemaModel;
  serverModel: SchemaModel;
}

let caseNumber = 0;

/** Relation names of one schema, in one form for both sides (a table as `schema.table`, its schema shown as `s`). */
function describeModel(model: SchemaModel, schema: string): string[] {
  const shown = (s: string) => (s === schema ? 's' : s);
  const lines: string[] = [];
  for (const table of model.tables.values()) {
    if (table.schema !== schema && !table.schema.startsWith(`${schema}_`)) continue;
    for (const index of model.indexesOn(tableKey(table.schema, table.name))) {
      const c = index.constraint ? ` constraint ${index.constraint.kind} ${index.constraint.name}` : '';
      lines.push(`index ${shown(table.schema)}|${table.name}|${index.name} ${index.unique ? 'unique ' : ''}${index.method} ${keyList(index)}${c}${index.valid ? '' : ' invalid'}`);
    }
    for (const fk of table.foreignKeys) {
      const ref = model.tables.get(fk.referencedTable);
      lines.push(`fk ${shown(table.schema)}|${table.name}|${fk.name} (${fk.columns.join(', ')}) -> ${ref ? `${shown(ref.schema)}|${ref.name}` : '?'} (${fk.referencedColumns.join(', ')})`);
    }
  }
  return lines.sort();
}

/**
 * Runs `sql` in a fresh schema (its name is the search_path, and `s` in the
 * listing; schemas the case creates are named after it, `<schema>_x`).
 */
export async function runBothWays(db: TestDatabase, sql: string): Promise<Sides> {
  await loadParser();
  const schema = `names_${process.pid}_${++caseNumber}`;
  const text = sql.replace(/\bS_/g, `${schema}_`);
  const statements = parseMigrationSql(text).statements;
  const serverRejected: number[] = [];
  await db.client.query(`CREATE SCHEMA ${schema}`);
  try {
    await db.client.query(`SET search_path TO ${schema}`);
    for (const [n, statement] of statements.entries()) {
      try {
        await db.client.query(statement.text);
      } catch {
        serverRejected.push(n);
      }
    }
    await db.client.query('RESET search_path');
    const schemas = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2', [schema, `${schema}\\_%`])).rows.map((r) => r.n);
    const snapshot = await readCatalog({ url: db.url, source: 'test', connectTimeoutSeconds: 10, statementTimeoutSeconds: 60, schemas });
    const serverModel = new SchemaModel();
    loadSnapshot(snapshot, serverModel, () => undefined);

    const replayModel = new SchemaModel();
    replayModel.searchPath = [schema];
    replayModel.schemas.add(schema);
    const replayer = new Replayer(replayModel);
    const notes: string[] = [];
    const replayRejected: number[] = [];
    for (const [n, statement] of statements.entries()) {
      const origin = { file: 'case.sql', line: statement.start.line, column: statement.start.column, endLine: statement.end.line, endColumn: statement.end.column, sequence: n, changed: true };
      replayer.apply(statement, origin, (message) => {
        notes.push(message.split(schema).join('s'));
        if (/PostgreSQL rejects/.test(message) && !replayRejected.includes(n)) replayRejected.push(n);
      });
    }
    return {
      server: describeModel(serverModel, schema),
      replay: describeModel(replayModel, schema),
      serverRejected,
      replayRejected,
      notes,
      replayModel,
      serverModel,
    };
  } finally {
    await db.client.query('RESET search_path');
    const created = (await db.client.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2', [schema, `${schema}\\_%`])).rows.map((r) => r.n);
    for (const s of created) await db.client.query(`DROP SCHEMA "${s}" CASCADE`);
  }
}
