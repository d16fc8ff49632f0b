/**
 * Generates the seed data of `zone-policy demo` (the files beside this script) from fixed
 * seeds: the same bytes on every run. Run `npx tsx examples/seed/generate.ts` after
 * changing a generator; `test/cli/demo.test.ts` checks the committed files equal
 * {@link seedFiles}.
 *
 * The figures the article prints are exact in the data (counts, totals, rates); every other
 * figure is ours, realistic and illustrative (see README.md beside this script).
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ankangAwardsNdjson } from './gen/ankang';
import { baotouFirmsCsv } from './gen/baotou';
import { hangzhouFirmsJson } from './gen/hangzhou';
import { urumqiGuaranteesCsv, urumqiLeaseJson, urumqiMicroloanJson } from './gen/urumqi';
import { yinchuanCandidatesJson, yinchuanFirmsCsv } from './gen/yinchuan';
import { ziboProjectsCsv } from './gen/zibo';

/**
 * Every seed file by name, with its content.
 *
 * @example
 * Object.keys(seedFiles()); // ['urumqi-guarantees.csv', 'urumqi-microloan.json', ...]
 */
export function seedFiles(): Record<string, string> {
  return {
    'urumqi-guarantees.csv': urumqiGuaranteesCsv(),
    'urumqi-microloan.json': urumqiMicroloanJson(),
    'urumqi-lease.json': urumqiLeaseJson(),
    'ankang-awards.ndjson': ankangAwardsNdjson(),
    'yinchuan-firms.csv': yinchuanFirmsCsv(),
    'yinchuan-candidates.json': yinchuanCandidatesJson(),
    'zibo-projects.csv': ziboProjectsCsv(),
    'baotou-firms.csv': baotouFirmsCsv(),
    'hangzhou-firms.json': hangzhouFirmsJson(),
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  for (const [name, text] of Object.entries(seedFiles())) {
    writeFileSync(`${dir}${name}`, text);
    process.stdout.write(`wrote examples/seed/${name}\n`);
  }
}
