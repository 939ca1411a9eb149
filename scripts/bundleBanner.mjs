// libpg-query's loader is CommonJS: it calls require() and finds its .wasm
// through __dirname. An ES module bundle gets both, pointing at its own folder.
export const bundleBanner = {
  js: [
    "import { createRequire as __pgilCreateRequire } from 'node:module';",
    "import { fileURLToPath as __pgilFileURLToPath } from 'node:url';",
    'const require = __pgilCreateRequire(import.meta.url);',
    'const __filename = __pgilFileURLToPath(import.meta.url);',
    "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
  ].join(' '),
};
