/** The Action's entry point (action.yml runs dist/index.js, built from here): it only calls run(). */
import '../wasmTier.js';
import { run } from './main.js';

await run();
