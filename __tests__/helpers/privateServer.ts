/**
 * A throwaway PostgreSQL cluster of one test's own, on a free port of
 * 127.0.0.1, that the test may stop and start: the shared server of
 * DATABASE_URL must never be stopped, other test files use it in parallel.
 * It needs the server's binaries (initdb, pg_ctl); as root, the server runs
 * as the `postgres` user, since PostgreSQL refuses to run as root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PrivateServer {
  port: number;
  start(): void;
  stop(mode: 'fast' | 'immediate'): void;
  /** Stops the server if it runs, and removes the cluster. */
  destroy(): void;
}

/** The newest server's binaries, or why there are none. */
function serverBinaries(): { bindir: string; asUser: string | null } | { unavailable: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) return { unavailable: `no ${root}/*/bin/initdb on this machine` };
  const bindir = path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
  if (process.getuid?.() !== 0) return { bindir, asUser: null };
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) return { unavailable: 'running as root, and there is no postgres user to run the server as' };
  return { bindir, asUser: 'postgres' };
}

/** Why a private server cannot be made here, or null when it can. */
export function privateServerUnavailable(): string | null {
  const found = serverBinaries();
  return 'unavailable' in found ? found.unavailable : null;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startPrivateServer(): Promise<PrivateServer> {
  const found = serverBinaries();
  if ('unavailable' in found) throw new Error(found.unavailable);
  const { bindir, asUser } = found;
  const dir = mkdtempSync(path.join(tmpdir(), 'pgil-server-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  if (asUser) chownSync(dir, Number(execFileSync('id', ['-u', asUser], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', asUser], { encoding: 'utf8' })));
  const run = (program: string, args: string[]) => {
    const [command, argv] = asUser ? ['runuser', ['-u', asUser, '--', path.join(bindir, program), ...args]] : [path.join(bindir, program), args];
    execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
  };
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', data, '-w', '-t', '10', ...args]);
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const server: PrivateServer = {
    port,
    start: () => pgCtl('-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'),
    stop: (mode) => pgCtl('-m', mode, 'stop'),
    destroy: () => {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // it was not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
