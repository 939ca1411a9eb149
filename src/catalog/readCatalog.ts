/**
 * Takes a snapshot of a live database's catalog, or loads the catalog as the
 * starting schema of a run: a few catalog queries inside one read-only
 * transaction (catalogRead.ts), with checks of what the role may not see
 * around them.
 */
import { type Snapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot.js';
import { readInto, type CatalogReadOptions } from './catalogRead.js';
import { beginReadOnly, connectionError, describeTarget, inReadOnlyTransaction } from './connection.js';
import { SnapshotLoader, type StartingCatalog } from './loadSnapshot.js';

export type ReadCatalogOptions = CatalogReadOptions;

/** The size of each index asked for, by `schema.name` (one dropped since the read has none). */
export type IndexSizes = (indexes: Array<{ schema: string; name: string }>) => Promise<Map<string, number>>;

/** A snapshot with every index's size, as `snapshot` writes it. */
export function readCatalog(options: ReadCatalogOptions): Promise<Snapshot> {
  return inReadOnlyTransaction(options, async (client) => {
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      takenAt: new Date().toISOString(),
      serverVersion: '',
      serverVersionNum: 0,
      database: '',
      schemas: [],
      enums: [],
      domains: [],
      tables: [],
      indexes: [],
      otherRelations: [],
      foreignKeys: [],
      notes: [],
      source: `database ${describeTarget(options.url)}`,
    };
    const notes = await readInto(client, options, true, {
      header: (header) => Object.assign(snapshot, header),
      tables: (tables) => snapshot.tables.push(...tables),
      indexes: (indexes) => snapshot.indexes.push(...indexes),
      otherRelations: (relations) => snapshot.otherRelations!.push(...relations),
      foreignKeys: (foreignKeys) => snapshot.foreignKeys!.push(...foreignKeys),
    });
    // The document's keys in their usual order.
    const { notes: _notes, source, ...rest } = snapshot;
    return { ...rest, notes, source };
  });
}

/**
 * Runs `work` with the database as the starting catalog, on one read-only
 * connection: the catalog is loaded as its rows come (no snapshot of the
 * whole is held), and no index is sized in the read: `work` asks for the sizes
 * it reports, in a second transaction. pg_relation_size opens every index it
 * sizes, and sizing 20,000 of them took longer than the rest of the read.
 */
export async function withCatalog<T>(options: ReadCatalogOptions, work: (catalog: StartingCatalog, indexSizes: IndexSizes) => Promise<T>): Promise<T> {
  // An error of `work` is its own, not the database's: it is thrown as it is, after the transaction.
  let failure: { error: unknown } | undefined;
  const result = await inReadOnlyTransaction(options, async (client) => {
    const source = `database ${describeTarget(options.url)}`;
    const catalog: StartingCatalog = {
      source,
      load: async (model, note) => {
        const loader = new SnapshotLoader(model, note, source, false);
        try {
          const notes = await readInto(client, options, false, loader);
          // The read's locks (printing a predicate locks its table) are not held while the files and rules run:
          // the sizes are read in a transaction of their own.
          await client.query('COMMIT');
          await beginReadOnly(client, options);
          return { sequence: loader.finish(), notes, foreignKeysKnown: true };
        } catch (e) {
          throw new CatalogReadError(e);
        }
      },
    };
    const indexSizes: IndexSizes = async (indexes) => {
      if (!indexes.length) return new Map();
      try {
        const { rows } = await client.query<{ s: string; n: string; size: string }>(
          `SELECT ns.nspname AS s, c.relname AS n, pg_catalog.pg_relation_size(c.oid) AS size
             FROM unnest($1::text[], $2::text[]) AS x(s, n)
             JOIN pg_catalog.pg_namespace ns ON ns.nspname = x.s
             JOIN pg_catalog.pg_class c ON c.relnamespace = ns.oid AND c.relname = x.n`,
          [indexes.map((i) => i.schema), indexes.map((i) => i.name)],
        );
        return new Map(rows.map((r) => [`${r.s}.${r.n}`, Number(r.size)]));
      } catch (e) {
        throw connectionError(e, options);
      }
    };
    try {
      return await work(catalog, indexSizes);
    } catch (error) {
      // A failure of the read itself is the database's: inReadOnlyTransaction words it.
      if (!(error instanceof CatalogReadError)) failure = { error };
      else throw error.failure;
      return undefined;
    }
  });
  if (failure) throw failure.error;
  return result as T;
}

/** A failure of the catalog read inside `work`, told apart from the work's own. */
class CatalogReadError extends Error {
  constructor(readonly failure: unknown) {
    super(String((failure as Error)?.message ?? failure));
  }
}
