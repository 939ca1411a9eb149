// Bundles the fuzzer (TypeScript) into .fuzz/ so `npm run fuzz` needs no TypeScript
// runner, with the parser's WebAssembly and the parser thread beside it, as in
// dist/: the CLI run in process parses as the bundled CLI does, history files
// and large files on the thread.
import { bundleScript, copyParserWasm, root } from './bundleScript.mjs';
import path from 'node:path';

await bundleScript('fuzz/run.ts', '.fuzz/run.mjs');
await bundleScript('src/sql/parserWorker.ts', '.fuzz/parser-worker.js');
copyParserWasm(path.join(root, '.fuzz'));
