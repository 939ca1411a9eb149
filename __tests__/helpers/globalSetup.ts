/**
 * Tests run against a real PostgreSQL: DATABASE_URL when it is set (CI uses
 * the server on its machine); otherwise an embedded PostgreSQL (PGlite behind
 * a socket), so `npm test` passes on a fresh clone with nothing installed.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

declare global {
  var __pgilEmbedded: { db: PGlite; server: PGLiteSocketServer } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // The extensions the real-world histories of ../shared/corpus create.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const db = await PGlite.create({ extensions: { pg_trgm, btree_gin, pgcrypto } });
  // Tests hold a connection while the tool under test opens its own.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  // The server listens on a free port; its connection string says which.
  process.env.DATABASE_URL = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  process.env.PGIL_EMBEDDED_POSTGRES = '1';
  globalThis.__pgilEmbedded = { db, server };
}
