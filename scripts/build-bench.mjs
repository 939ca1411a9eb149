// Bundles the benchmark (TypeScript) into .bench/ so `npm run bench` needs no TypeScript runner.
import { build } from 'esbuild';
import { bundleBanner } from './bundleBanner.mjs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
await build({
  entryPoints: [path.join(root, 'bench/run.ts')],
  outfile: path.join(root, '.bench/run.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: bundleBanner,
});
