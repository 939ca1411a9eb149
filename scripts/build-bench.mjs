// Bundles the benchmark (TypeScript) into .bench/ so `npm run bench` needs no TypeScript runner.
import { bundleScript } from './bundleScript.mjs';

await bundleScript('bench/run.ts', '.bench/run.mjs');
