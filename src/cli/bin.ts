#!/usr/bin/env node
/**
 * The `zone-policy` executable (`dist/cli/bin.js`).
 *
 * @module
 */
import { tuneCollector } from './collector-tuning';
import { runCli } from './run-cli';

// a screening's records die young; V8's pretenuring kept them for full collections (collector-tuning.ts)
tuneCollector();

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // A closed pipe (`zone-policy eval ... | head`) ends the run quietly.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
  workerUrl: new URL('./worker.js', import.meta.url),
}).then((code) => {
  process.exitCode = code;
});
