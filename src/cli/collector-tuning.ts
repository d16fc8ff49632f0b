import { setFlagsFromString } from 'node:v8';

/** The V8 flag the CLI sets, and the forms a user may have given node (dashes or underscores; `NODE_OPTIONS` refuses it). */
const FLAG = '--no-allocation-site-pretenuring';
const GIVEN = /^--(no-)?allocation[-_]site[-_]pretenuring$/;

/**
 * Turns off V8's allocation-site pretenuring for the `zone-policy` process (and its worker
 * threads: V8 flags are per process), unless the user gave that flag to node themselves.
 *
 * Why: validating a record allocates about 80 KB that dies with the record. V8 counts the
 * objects that outlive a young-generation collection per allocation site, and a record
 * being validated when a collection comes makes some sites look long-lived; V8 then
 * allocates their objects directly in the old generation. Every young value such an old
 * object points to (a record's decimals, its rows) is then kept by the next collections
 * until a full one runs, so one site tenured makes the sites of its children look
 * long-lived too. Measured on the benchmark's records: about 11 KB promoted a record (1.1
 * GB over 100,000), a third or more of validation spent collecting; with the flag, 0.4 KB a
 * record, validation 1.4x-2.2x and the CLI 1.1x-2.3x faster (docs/performance.md).
 *
 * Only the CLI does this: it owns its process. The library never sets a flag of the
 * application that imports it; a large screening in an application can start node with
 * `--no-allocation-site-pretenuring` itself.
 *
 * @example
 * tuneCollector(); // true: the flag is set
 * tuneCollector(['--allocation-site-pretenuring']); // false: the user's choice stays
 */
export function tuneCollector(execArgv: readonly string[] = process.execArgv, set: (flags: string) => void = setFlagsFromString): boolean {
  if (execArgv.some((a) => GIVEN.test(a))) return false;
  set(FLAG);
  return true;
}
