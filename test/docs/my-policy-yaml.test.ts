import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { myPolicy } from '../../examples/policies/my-policy';
import { compile, parsePolicy, STDLIB, toJSON } from '../../src/index';

const YAML_PATH = join(__dirname, '..', '..', 'examples', 'policies', 'my-policy.yaml');
const fromYaml = parsePolicy(parseYaml(readFileSync(YAML_PATH, 'utf8')), { functions: STDLIB });

// employees around the 300 limit, last year's R&D around zero and around the 5,000,000
// at which 10% reaches the 500,000 cap, the fen included; absent facts as often as not
const recordArb = fc.record(
  {
    id: fc.constantFrom('E1', 'E2'),
    employees: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(299, 300, 301)),
    seriousDishonestyList: fc.boolean(),
    financials: fc.array(
      fc.record({
        year: fc.integer({ min: 2019, max: 2022 }),
        rdExpense: fc.oneof(fc.constantFrom('0', '0.01', '1234.55', '4999999.99', '5000000', '5000000.01'), fc.bigInt({ min: 0n, max: 10n ** 9n }).map(String)),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id'] },
);

describe('examples/policies/my-policy.yaml', () => {
  it('is the data of examples/policies/my-policy.ts', () => {
    expect(toJSON(fromYaml)).toEqual(toJSON(myPolicy));
  });

  it('quotes its dates, so YAML 1.1 readers see strings too', () => {
    const text = readFileSync(YAML_PATH, 'utf8');
    expect(text).not.toMatch(/:\s\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('effective: { from: "2021-01-01" }');
  });

  it('evaluates the worked records as the module does (10% of 1,800,000 is 180,000.00; capped at 500,000.00)', () => {
    const a = compile(myPolicy);
    const b = compile(fromYaml);
    const e1 = { id: 'E1', employees: 120, seriousDishonestyList: false, financials: [{ year: 2020, rdExpense: '1800000' }] };
    const e4 = { id: 'E4', employees: 300, seriousDishonestyList: false, financials: [{ year: 2021, rdExpense: '6000000' }] };
    expect(b.evaluate(e1, { asOf: '2021-06-01' }).outputs).toEqual({ subsidy: '180000.00' });
    expect(b.evaluate(e4, { asOf: '2022-06-01' }).outputs).toEqual({ subsidy: '500000.00' });
    expect(b.evaluate(e1, { asOf: '2021-06-01', trace: true })).toEqual(a.evaluate(e1, { asOf: '2021-06-01', trace: true }));
  });

  it('evaluates identically on generated records (same JSON result, trace included)', () => {
    const a = compile(myPolicy);
    const b = compile(fromYaml);
    fc.assert(
      fc.property(recordArb, fc.constantFrom('2021-01-01', '2021-06-01', '2022-12-31'), (rec, asOf) => {
        expect(JSON.stringify(b.evaluate(rec, { asOf, trace: true }))).toBe(JSON.stringify(a.evaluate(rec, { asOf, trace: true })));
      }),
      { numRuns: 300 },
    );
  });
});
