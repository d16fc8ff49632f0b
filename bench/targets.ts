/**
 * The targets of issue 7, checked on one run's figures. They are reported, never
 * asserted: a loaded machine may miss a ratio without anything being wrong.
 *
 * @module
 */
import type { Disagreements } from './agreement';
import type { CliRun } from './cli-timing';
import type { ImplementationName } from './implementations/index';

/**
 * One target: what it asks, the measured value, and whether it is met.
 *
 * @example
 * const t: Target = { name: 'compiled >= 5x decimal.js', measured: '6.1x', met: true };
 */
export interface Target {
  name: string;
  measured: string;
  met: boolean;
}

const x = (v: number): string => `${v.toFixed(v < 10 ? 2 : 1)}x`;

/**
 * Checks the targets against the records/s of each implementation, the disagreements and
 * the CLI runs (CLI targets only when the CLI ran).
 *
 * @example
 * checkTargets(rps, dis, []).map((t) => t.name)[0]; // 'compiled >= 5x decimal.js'
 */
export function checkTargets(rps: Record<ImplementationName, number>, dis: Record<ImplementationName, Disagreements>, cli: readonly CliRun[]): Target[] {
  const zp = rps['zone-policy'];
  const jre = dis['json-rules-engine'];
  const t: Target[] = [
    { name: 'compiled >= 5x decimal.js', measured: x(zp / rps['decimal-js']), met: zp >= 5 * rps['decimal-js'] },
    { name: 'compiled >= 100x json-rules-engine', measured: x(zp / rps['json-rules-engine']), met: zp >= 100 * rps['json-rules-engine'] },
    { name: 'compiled within 10x of the integer limit', measured: `integer is ${x(rps.integer / zp)}`, met: rps.integer <= 10 * zp },
    { name: 'trace >= 1x decimal.js', measured: x(rps['zone-policy-trace'] / rps['decimal-js']), met: rps['zone-policy-trace'] >= rps['decimal-js'] },
    {
      name: 'zero disagreements with the exact functions',
      measured: `integer ${dis.integer.count}, decimal.js ${dis['decimal-js'].count} (parsed ${dis['zone-policy-parsed'].count}, full result ${dis['zone-policy-result'].count}, prepared full result ${dis['zone-policy-result-prepared'].count}, trace ${dis['zone-policy-trace'].count})`,
      met: dis.integer.count === 0 && dis['decimal-js'].count === 0 && dis['zone-policy-parsed'].count === 0 && dis['zone-policy-result'].count === 0 && dis['zone-policy-result-prepared'].count === 0 && dis['zone-policy-trace'].count === 0,
    },
    { name: 'json-rules-engine disagrees only on boundary cases', measured: `${jre.onBoundary} of ${jre.count} on boundary cases`, met: jre.onBoundary === jre.count },
  ];
  const one = cli.find((r) => r.jobs === 1);
  const two = cli.find((r) => r.jobs === 2);
  if (one && two) {
    const rss = Math.max(one.peakRssMb ?? Infinity, two.peakRssMb ?? Infinity);
    t.push({ name: `CLI ${one.records.toLocaleString('en-US')} records: peak RSS < 300 MB`, measured: Number.isFinite(rss) ? `${rss} MB` : 'not measurable', met: rss < 300 });
    t.push({ name: 'CLI --jobs 2 faster than --jobs 1', measured: `${two.seconds} s vs ${one.seconds} s`, met: two.seconds < one.seconds });
  }
  return t;
}
