// Bundles the benchmark (TypeScript) into .bench/ so `npm run bench` needs no TypeScript runner.
import { build } from 'esbuild';
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
  banner: {
    js: [
      "import { createRequire as __pgilCreateRequire } from 'node:module';",
      "import { fileURLToPath as __pgilFileURLToPath } from 'node:url';",
      'const require = __pgilCreateRequire(import.meta.url);',
      'const __filename = __pgilFileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join(' '),
  },
});
