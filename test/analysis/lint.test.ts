import { describe, expect, it } from 'vitest';
import { lintPolicy, LINT_RULES, type LintOptions } from '../../src/analysis/index';
import { compile, Decimal, guaranteeFee, listPolicies, lookupBand, PolicySchema, type BandTable } from '../../src/index';
import { fixture, lintFixtureNames } from './lint-fixtures';

/** Each planted fault, by fixture: the exact findings (rule and path) lint must report. */
const PLANTED: Record<string, { options?: LintOptions; expect: [string, string][] }> = {
  'lint-clean.json': { expect: [] },
  'lint-table-gap.json': { expect: [['table-gap', 'definitions.threshold.expr.config.bands']] },
  'lint-table-overlap.json': { expect: [['table-overlap', 'definitions.threshold.expr.config.bands[1]']] },
  'lint-table-non-monotonic.json': { options: { monotonic: { 'definitions.threshold.expr.config': 'decreasing' } }, expect: [['table-non-monotonic', 'definitions.threshold.expr.config.bands[1]']] },
  'lint-fee-band-gap.json': { expect: [['table-gap', 'definitions.priced.expr.config.bands']] },
  'lint-config-invalid.json': { expect: [['config-invalid', 'definitions.threshold.expr.config.bands[1].yields']] },
  'lint-cite-unknown-source.json': { expect: [['cite-unknown-source', 'eligibility.rules[0].cite.document']] },
  'lint-cite-empty-article.json': { expect: [['cite-empty-article', 'parameters.staffRatio.cite.article']] },
  'lint-source-untitled.json': { expect: [['source-untitled', 'sources[0].title']] },
  'lint-uncited-criterion.json': { expect: [['uncited', 'eligibility.rules[1]']] },
  'lint-timeline-hole.json': { expect: [['timeline-hole', 'parameters.staffRatio.versions[1]']] },
  'lint-timeline-start.json': { expect: [['timeline-hole', 'parameters.staffRatio.versions']] },
  'lint-timeline-overlap.json': { expect: [['timeline-overlap', 'parameters.staffRatio.versions[1]']] },
  'lint-shadowed-criterion.json': { expect: [['unreachable', 'eligibility.base'], ['unreachable', 'eligibility.exceptions[1]']] },
  'lint-anyof-constant.json': { expect: [['unreachable', 'eligibility.rules[1]'], ['unreachable', 'eligibility.rules[2]']] },
  'lint-fee-cap-exceeded.json': { expect: [['fee-cap-exceeded', 'definitions.priced.expr.config']] },
  'lint-rate-output-unbounded.json': { expect: [['fee-cap-exceeded', 'outputs.rate']] },
};

const summary = (data: unknown, options?: LintOptions) => lintPolicy(data, options).map((f) => [f.rule, f.path]);

describe('lintPolicy over the catalog', () => {
  it('finds the catalog non-empty', () => expect(listPolicies().length).toBeGreaterThan(0));
  for (const p of listPolicies()) {
    it(`${p.id} lints clean`, () => expect(lintPolicy(p)).toEqual([]));
  }
});

describe('lintPolicy finds every planted fault', () => {
  it('has a manifest entry for every fixture, and every fixture for the manifest', () => {
    expect(lintFixtureNames()).toEqual(Object.keys(PLANTED).sort());
  });
  for (const [name, { options, expect: want }] of Object.entries(PLANTED)) {
    it(`${name}: ${want.map(([r, p]) => `${r} at ${p}`).join(', ') || 'clean'}`, () => {
      expect(summary(fixture(name), options)).toEqual(want);
    });
  }
  it('every rule a fixture plants is a documented rule', () => {
    for (const { expect: want } of Object.values(PLANTED)) for (const [rule] of want) expect(LINT_RULES[rule]).toBeDefined();
  });
});

describe('findings carry what shows them', () => {
  it('a gap: the boundary value, which no band covers', () => {
    // bands (-∞, 50000000) and (50000000, +∞): exactly 50,000,000 falls between them
    const [f] = lintPolicy(fixture('lint-table-gap.json'));
    expect(f).toMatchObject({ severity: 'error', message: 'no band covers exactly 50000000: a lookup there is an error row', counterexample: { x: '50000000' } });
    const data = PolicySchema.parse(fixture('lint-table-gap.json'));
    const call = data.definitions?.['threshold']?.expr;
    const table = (call?.kind === 'call' ? call.config : undefined) as BandTable;
    expect(lookupBand(table, new Decimal('50000000'))).toBeNull();
  });
  it('an overlap: the value both bands claim', () => {
    expect(lintPolicy(fixture('lint-table-overlap.json'))[0]?.counterexample).toEqual({ x: '50000000' });
  });
  it('non-monotonic bands are reported only when asked', () => {
    expect(lintPolicy(fixture('lint-table-non-monotonic.json'))).toEqual([]);
    expect(summary(fixture('lint-table-non-monotonic.json'), { monotonic: 'decreasing' })).toEqual([['table-non-monotonic', 'definitions.threshold.expr.config.bands[1]']]);
    expect(lintPolicy(fixture('lint-clean.json'), { monotonic: 'decreasing' })).toEqual([]);
  });
  it('a fee band gap: an amount past the last band limit', () => {
    expect(lintPolicy(fixture('lint-fee-band-gap.json'))[0]?.counterexample).toEqual({ amount: '5000001' });
  });
  it('a timeline hole: its first uncovered date', () => {
    expect(lintPolicy(fixture('lint-timeline-hole.json'))[0]?.counterexample).toEqual({ asOf: '2020-07-01' });
    expect(lintPolicy(fixture('lint-timeline-start.json'))[0]?.counterexample).toEqual({ asOf: '2020-01-01' });
    expect(lintPolicy(fixture('lint-timeline-overlap.json'))[0]?.counterexample).toEqual({ asOf: '2021-01-01' });
  });
  it('a fee rule above the cap parameter: a guarantee the real block prices above it', () => {
    // bands cap 1.5% above 5,000,000 while the policy's rateCap is 1%: the search must land above the limit
    const [f] = lintPolicy(fixture('lint-fee-cap-exceeded.json'));
    // the shrunk counterexample (docs/analysis.md shows it): one fen above the band limit, 0.0001 above the cap
    expect(f).toEqual({
      severity: 'error', rule: 'fee-cap-exceeded', path: 'definitions.priced.expr.config',
      message: 'charges 0.0101 on 5000000.01 yuan (contract rate 0.0101) on 2020-01-24, above the declared cap 0.01',
      counterexample: { amount: '5000000.01', contractRate: '0.0101', termMonths: 1, asOf: '2020-01-24', rate: '0.0101', cap: '0.01' },
    });
    const g = f?.counterexample as { amount: string; contractRate: string; termMonths: number; rate: string; cap: string };
    expect(g.cap).toBe('0.01');
    expect(new Decimal(g.amount).gt('5000000')).toBe(true);
    const priced = guaranteeFee({ base: new Decimal(g.amount), contractRate: new Decimal(g.contractRate), termMonths: g.termMonths }, { bands: [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }] });
    expect(priced.rate.toString()).toBe(g.rate);
    expect(priced.rate.gt('0.01')).toBe(true);
  });
  it('an unbounded rate output: an eligible record whose rate output is above the cap', () => {
    const [f] = lintPolicy(fixture('lint-rate-output-unbounded.json'));
    const c = f?.counterexample as { record: Record<string, unknown>; asOf: string; rate: string; cap: string };
    const r = compile(PolicySchema.parse(fixture('lint-rate-output-unbounded.json'))).evaluate(c.record, { asOf: c.asOf });
    expect(r.status).toBe('eligible');
    expect(r.outputs['rate']).toBe(c.rate);
    expect(new Decimal(c.rate).gt(c.cap)).toBe(true);
  });
  it('the fee searches are deterministic (fixed seed) and can be turned off', () => {
    expect(lintPolicy(fixture('lint-fee-cap-exceeded.json'))).toEqual(lintPolicy(fixture('lint-fee-cap-exceeded.json')));
    expect(lintPolicy(fixture('lint-fee-cap-exceeded.json'), { feeSearch: false })).toEqual([]);
  });
});

describe('lintPolicy on data the schema refuses', () => {
  it('reports the schema problems as findings instead of throwing', () => {
    const data = { ...(fixture('lint-clean.json') as Record<string, unknown>), effective: { from: '1 Jan 2020' } };
    expect(summary(data)).toEqual([['schema', 'effective.from']]);
  });
  it('still runs the citation checks', () => {
    const data = { ...(fixture('lint-uncited-criterion.json') as Record<string, unknown>), sources: [{ id: 'doc', title: { zh: '办法', en: ' ' } }] };
    expect(summary(data)).toEqual([['uncited', 'eligibility.rules[1]'], ['source-untitled', 'sources[0].title']]);
  });
});
