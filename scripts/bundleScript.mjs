// What the builds share: one TypeScript entry point bundled into one ES module
// for Node, and libpg-query's WebAssembly put beside the bundles that parse SQL
// (the parser finds it next to the script that loads it).
import { build } from 'esbuild';
import { bundleBanner } from './bundleBanner.mjs';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

export function bundleScript(entry, outfile, options = {}) {
  return build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: bundleBanner,
    ...options,
  });
}

export function copyParserWasm(dir) {
  const wasm = path.join(path.dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
  copyFileSync(wasm, path.join(dir, 'libpg-query.wasm'));
}
