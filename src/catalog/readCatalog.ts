/**
 * Takes a snapshot of a live database's catalog: one catalog query, inside a
 * read-only transaction, with checks of what the role may not see around it.
 */
import { type Snapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot.js';
import { catalogQuery } from './catalogQuery.js';
import { describeTarget, inReadOnlyTransaction, type ConnectionOptions } from './connection.js';
import { checkCatalogsReadable, visibilityNotes } from './visibility.js';

export interface ReadCatalogOptions extends ConnectionOptions {
  /** Only these schemas; null for every schema the role can see. */
  schemas: string[] | null;
}

export async function readCatalog(options: ReadCatalogOptions): Promise<Snapshot> {
  return inReadOnlyTransaction(options, async (client) => {
    // With an empty search_path every name PostgreSQL prints comes schema-qualified.
    // JIT compiling the query of a large catalog costs more than it saves: the time goes in catalog functions.
    const version = await client.query<{ v: string }>(
      "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), pg_catalog.current_setting('server_version_num') AS v",
    );
    const query = catalogQuery(Number(version.rows[0].v));
    await checkCatalogsReadable(client, query, describeTarget(options.url));
    const result = await client.query<{ snapshot: Omit<Snapshot, 'format' | 'version' | 'takenAt' | 'source' | 'notes'> }>(query, [options.schemas]);
    const catalog = result.rows[0].snapshot;
    const notes = await visibilityNotes(client, catalog.schemas, options.schemas);
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      takenAt: new Date().toISOString(),
      ...catalog,
      notes,
      source: `database ${describeTarget(options.url)}`,
    };
  });
}
