#!/usr/bin/env node
import './wasmTier.js';
import { runCli } from './cli/main.js';

// A reader that stops early (`| head`) closes the pipe: the rest of the report is not written, and that is not an error.
let outputClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  outputClosed = true;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => outputClosed || process.stdout.write(t),
  drained: () =>
    new Promise((resolve) => {
      const done = () => {
        process.stdout.off('drain', done).off('error', done);
        resolve();
      };
      process.stdout.once('drain', done).once('error', done);
    }),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
