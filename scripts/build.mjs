// Builds dist/: one ES module bundle per entry point, with libpg-query's
// WebAssembly beside it (the parser finds it next to the script that loads it).
import { build } from 'esbuild';
import { bundleBanner } from './bundleBanner.mjs';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const dist = path.join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  // cli.js for the command line, index.js for the GitHub Action (action.yml),
  // parser-worker.js for the thread that parses large files beside the replay.
  entryPoints: {
    cli: path.join(root, 'src/cli.ts'),
    index: path.join(root, 'src/action/index.ts'),
    'parser-worker': path.join(root, 'src/sql/parserWorker.ts'),
  },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: bundleBanner,
});
const wasm = path.join(path.dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, path.join(dist, 'libpg-query.wasm'));
