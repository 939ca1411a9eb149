// Bundles the differential harness (TypeScript) into .differential/ so `npm run
// differential` needs no TypeScript runner, with the parser's WebAssembly beside
// it. PGlite stays outside the bundle: it finds its own files in node_modules.
import { bundleScript, copyParserWasm, root } from './bundleScript.mjs';
import path from 'node:path';

await bundleScript('differential/run.ts', '.differential/run.mjs', { external: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@electric-sql/pglite/*'] });
copyParserWasm(path.join(root, '.differential'));
