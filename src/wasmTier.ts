/**
 * Imported first by every entry point, before the parser's WebAssembly is
 * compiled. V8 compiles a module twice, a quick baseline and then optimised
 * code in the background; for libpg-query's 1.7 MB module the second compile
 * costs more than it gives back in a run of this length, and a process waits
 * for it before it can exit (about 200 ms of every run, measured). The flag
 * keeps the baseline compiler only.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
