// Bundles the fuzzer (TypeScript) into .fuzz/ so `npm run fuzz` needs no TypeScript
// runner, with the parser's WebAssembly beside it, as in dist/.
import { bundleScript, copyParserWasm, root } from './bundleScript.mjs';
import path from 'node:path';

await bundleScript('fuzz/run.ts', '.fuzz/run.mjs');
copyParserWasm(path.join(root, '.fuzz'));
