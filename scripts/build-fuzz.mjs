// Bundles the fuzzer (TypeScript) into .fuzz/ so `npm run fuzz` needs no TypeScript
// runner, with libpg-query's WebAssembly beside it as in dist/.
import { build } from 'esbuild';
import { bundleBanner } from './bundleBanner.mjs';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const out = path.join(root, '.fuzz');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(root, 'fuzz/run.ts')],
  outfile: path.join(out, 'run.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: bundleBanner,
});
const wasm = path.join(path.dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, path.join(out, 'libpg-query.wasm'));
