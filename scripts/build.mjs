// Builds dist/: one ES module bundle per entry point, with libpg-query's
// WebAssembly beside it (the parser finds it next to the script that loads it).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const dist = path.join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  // cli.js for the command line, index.js for the GitHub Action (action.yml).
  entryPoints: { cli: path.join(root, 'src/cli.ts'), index: path.join(root, 'src/action/index.ts') },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // libpg-query's loader is CommonJS: it calls require() and finds its .wasm
  // through __dirname. Give the ES module bundle both, pointing at dist/.
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
const wasm = path.join(path.dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, path.join(dist, 'libpg-query.wasm'));
