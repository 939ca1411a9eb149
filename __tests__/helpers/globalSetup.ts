/**
 * Tests run against a real PostgreSQL: DATABASE_URL when it is set (CI uses
 * the server on its machine); otherwise an embedded PostgreSQL of the newest
 * embedded major, so `npm test` passes on a fresh clone with nothing
 * installed. PGIL_DATABASE_MAJOR tells the live test files which major
 * DATABASE_URL's server is: they also start embedded servers of the others.
 *
 * Embedded servers are PGlite behind pglite-socket, each on a free port of
 * 127.0.0.1 and reached by a connection string like any server. Each major is
 * a pair of npm packages of matching releases (package.json installs the
 * older ones under aliases); a server that does not report the major it is
 * listed under is an error, so a version bump that changes the major cannot
 * go unnoticed. Jest loads this file outside its module mapper, so it
 * imports packages only.
 */
import pg from 'pg';

export interface EmbeddedBuild {
  major: number;
  /** The npm names the build is installed under: PGlite and its matching pglite-socket. */
  pglite: string;
  socket: string;
}

export const EMBEDDED_BUILDS: readonly EmbeddedBuild[] = [
  { major: 17, pglite: 'pglite-17', socket: 'pglite-socket-17' },
  { major: 18, pglite: '@electric-sql/pglite', socket: '@electric-sql/pglite-socket' },
];

export interface EmbeddedServer {
  major: number;
  url: string;
  stop(): Promise<void>;
}

interface PGliteLike {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

interface SocketServerLike {
  start(): Promise<void>;
  stop(): Promise<void>;
  getServerConn(): string;
}

export async function startEmbeddedServer(major: number): Promise<EmbeddedServer> {
  const build = EMBEDDED_BUILDS.find((b) => b.major === major);
  if (!build) throw new Error(`no embedded build of PostgreSQL ${major}: there are ${EMBEDDED_BUILDS.map((b) => b.major).join(', ')}`);
  const { PGlite } = await import(build.pglite);
  const { PGLiteSocketServer } = await import(build.socket);
  // The extensions the real-world histories of ../shared/corpus create.
  const { pg_trgm } = await import(`${build.pglite}/contrib/pg_trgm`);
  const { btree_gin } = await import(`${build.pglite}/contrib/btree_gin`);
  const { pgcrypto } = await import(`${build.pglite}/contrib/pgcrypto`);
  const db: PGliteLike = await PGlite.create({ extensions: { pg_trgm, btree_gin, pgcrypto } });
  const version = (await db.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0].server_version_num;
  if (Math.floor(Number(version) / 10000) !== major) {
    await db.close();
    throw new Error(`${build.pglite} is listed as PostgreSQL ${major} but embeds server_version_num ${version}`);
  }
  // Tests hold a connection while the tool under test opens its own.
  const server: SocketServerLike = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  return {
    major,
    // The server listens on a free port; its connection string says which.
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** The major version of the server a connection string reaches. */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

declare global {
  var __pgilEmbedded: EmbeddedServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.PGIL_DATABASE_MAJOR = String(await serverMajor(process.env.DATABASE_URL));
    return;
  }
  const server = await startEmbeddedServer(Math.max(...EMBEDDED_BUILDS.map((b) => b.major)));
  process.env.DATABASE_URL = server.url;
  process.env.PGIL_EMBEDDED_POSTGRES = '1';
  process.env.PGIL_DATABASE_MAJOR = String(server.major);
  globalThis.__pgilEmbedded = server;
}
