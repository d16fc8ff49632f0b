import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePaths, isNonNegative, lintBandTables, lintFeeRules, lintTimelines, truthOracle } from '../../src/analysis/index';
import { atLeastBands, compilePolicy, Decimal, lookupBand, plusDays, STDLIB, type BandTable, type Expr, type Parameter, type Policy } from '../../src/index';

const SOURCES: Policy['sources'] = [{ id: 'doc', title: { zh: '办法', en: 'Measures' } }];
const CITE = { document: 'doc', article: '1' };
const base = (extra: Partial<Policy>): Policy => ({ id: 'prop.p', title: { zh: '性质', en: 'Property' }, sources: SOURCES, effective: { from: '2020-01-01' }, eligibility: { kind: 'allOf', rules: [] }, ...extra });
const withTable = (table: BandTable): Policy => base({ definitions: { t: { expr: { kind: 'call', fn: 'band.lookup', args: { x: { kind: 'fact', path: ['x'] } }, config: table } } } });

/** Strictly decreasing integer thresholds with their yields, DOMAIN-style "at least" rows. */
const rows = fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 6 }).map((ts) => [...ts].sort((a, b) => b - a).map((t, i) => [String(t), String(i)] as const));

describe('band-table lint (property)', () => {
  it('an at-least table with a band below is a partition: no finding', () => {
    fc.assert(
      fc.property(rows, (r) => {
        expect(lintBandTables(withTable(atLeastBands(r, { below: '99' })))).toEqual([]);
      }),
    );
  });
  it('dropping one band leaves a gap, and its counterexample is in no band', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (r, k) => {
        const full = atLeastBands(r, { below: '99' });
        const dropped: BandTable = { kind: 'bands', bands: full.bands.filter((_, i) => i !== k % full.bands.length) };
        const found = lintBandTables(withTable(dropped));
        expect(found.map((f) => f.rule)).toEqual(['table-gap']);
        const x = (found[0]?.counterexample as { x: string }).x;
        expect(lookupBand(dropped, new Decimal(x))).toBeNull();
      }),
    );
  });
  it('a duplicated band overlaps itself, reported at the copy', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (r, k) => {
        const full = atLeastBands(r, { below: '99' });
        const i = k % full.bands.length;
        const copy = full.bands[i];
        const table: BandTable = { kind: 'bands', bands: copy ? [...full.bands, copy] : full.bands };
        expect(lintBandTables(withTable(table)).map((f) => [f.rule, f.path])).toEqual([['table-overlap', `definitions.t.expr.config.bands[${full.bands.length}]`]]);
      }),
    );
  });
});

describe('the domain a table is checked over', () => {
  const staffShare: Expr = { kind: 'div', num: { kind: 'fact', path: ['stStaff'] }, den: { kind: 'fact', path: ['employees'] }, ifZero: { kind: 'num', value: '0' } };
  const netAssets: Expr = { kind: 'fact', path: ['financials', { key: 'year', equals: { kind: 'num', value: '2019' } }, 'netAssets'] };
  const enterprise = base({ input: 'enterprise' });
  const fromTen = atLeastBands([['0.30', '20'], ['0.10', '4']]); // nothing below 0.10
  it('asks the input model which facts cannot be negative', () => {
    expect(isNonNegative(staffShare, enterprise)).toBe(true);
    expect(isNonNegative(netAssets, enterprise)).toBe(false); // net assets may be negative
    expect(isNonNegative({ kind: 'arith', op: '-', args: [staffShare, staffShare] }, enterprise)).toBe(false);
  });
  it('a band.lookup of a non-negative value is checked over [0, +∞)', () => {
    const p = base({ input: 'enterprise', definitions: { t: { expr: { kind: 'call', fn: 'band.lookup', args: { x: staffShare }, config: fromTen } } } });
    expect(lintBandTables(p).map((f) => f.message)).toEqual(['no band covers [0, 0.10): a lookup there is an error row']);
    const q = base({ input: 'enterprise', definitions: { t: { expr: { kind: 'call', fn: 'band.lookup', args: { x: netAssets }, config: fromTen } } } });
    expect(lintBandTables(q).map((f) => f.message)).toEqual(['no band covers (-∞, 0.10): a lookup there is an error row']);
  });
  it('a score-card item is checked over the values of the argument it names', () => {
    const card = { kind: 'scoreCard', items: [{ id: 'staff', kind: 'band', input: 'share', table: fromTen }], total: { of: ['staff'], passMark: { value: '4', strict: false } } };
    const p = base({ input: 'enterprise', definitions: { c: { expr: { kind: 'call', fn: 'score.card', args: { share: staffShare }, config: card } } } });
    expect(lintBandTables(p).map((f) => [f.path, f.message])).toEqual([['definitions.c.expr.config.items[0].table.bands', 'no band covers [0, 0.10): a lookup there is an error row']]);
  });
});

/** Boolean expressions over three facts (true, false or absent) in the Kleene fragment. */
const boolExpr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean().map((value): Expr => ({ kind: 'bool', value })),
    fc.constantFrom('a', 'b', 'c').map((f): Expr => ({ kind: 'fact', path: [f] })),
    fc.array(tie('e'), { minLength: 1, maxLength: 3 }).map((args): Expr => ({ kind: 'and', args })),
    fc.array(tie('e'), { minLength: 1, maxLength: 3 }).map((args): Expr => ({ kind: 'or', args })),
    tie('e').map((arg): Expr => ({ kind: 'not', arg })),
  ),
})).e;

const ASSIGNMENTS = [true, false, undefined].flatMap((a) => [true, false, undefined].flatMap((b) => [true, false, undefined].map((c) => ({ a, b, c }))));

describe('constant truth (property)', () => {
  it('says "always true" exactly when every record (facts true, false or absent) satisfies the condition', () => {
    fc.assert(
      fc.property(boolExpr, (test) => {
        const p = base({ eligibility: { kind: 'criterion', id: 'c', label: { zh: 'c', en: 'c' }, cite: CITE, test } });
        const compiled = compilePolicy(p, { functions: STDLIB });
        const statuses = new Set(ASSIGNMENTS.map((facts) => compiled.evaluate(JSON.parse(JSON.stringify(facts)), { asOf: '2020-06-01' }).status));
        const verdict = truthOracle(p, STDLIB)(test);
        expect(verdict === true).toBe(statuses.size === 1 && statuses.has('eligible'));
        expect(verdict === false).toBe(statuses.size === 1 && statuses.has('ineligible'));
      }),
    );
  });
});

const cap = fc.integer({ min: 5, max: 20 }).map((n) => new Decimal(n).div(1000).toString());

describe('fee-cap lint (property)', () => {
  it('finds a counterexample exactly when a configured cap exceeds the rateCap parameter', () => {
    fc.assert(
      fc.property(cap, cap, fc.option(cap, { nil: undefined }), cap, (low, high, overall, limit) => {
        const config = { ...(overall ? { rateCap: overall } : {}), bands: [{ upTo: '5000000', inclusive: true, cap: low }, { inclusive: true, cap: high }] };
        const parameters: Record<string, Parameter> = { rateCap: { label: { zh: '上限', en: 'cap' }, cite: CITE, versions: [{ from: '2020-01-01', value: limit }] } };
        const call: Expr = { kind: 'call', fn: 'fee.guarantee', args: {}, config };
        const p = base({ parameters, definitions: { priced: { expr: call } } });
        const bound = (c: string) => (overall ? Decimal.min(c, overall) : new Decimal(c));
        const exceeds = bound(low).gt(limit) || bound(high).gt(limit);
        const found = lintFeeRules(p, STDLIB, { search: { numRuns: 300 } });
        expect(found.map((f) => f.rule)).toEqual(exceeds ? ['fee-cap-exceeded'] : []);
        if (exceeds) expect(new Decimal((found[0]?.counterexample as { rate: string }).rate).gt(limit)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

/** Versions as day offsets from 2020-01-01 (to >= from, or open-ended), and a window. */
const day = (n: number) => plusDays('2020-01-01', n);
const versions = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined })), { minLength: 1, maxLength: 4 });

describe('timeline lint (property)', () => {
  it('reports a hole exactly when a day of the window has no version, an overlap exactly when a day has two', () => {
    fc.assert(
      fc.property(versions, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (vs, start, length) => {
        const param: Parameter = { label: { zh: 'x', en: 'x' }, cite: CITE, versions: vs.map(([f, len]) => ({ from: day(f), ...(len === undefined ? {} : { to: day(f + len) }), value: '1' })) };
        const p = base({ effective: { from: day(start), to: day(start + length) }, parameters: { x: param } });
        const covering = (d: number) => vs.filter(([f, len]) => f <= d && (len === undefined || d <= f + len)).length;
        const days = Array.from({ length: 80 }, (_, d) => d);
        const hole = days.some((d) => d >= start && d <= start + length && covering(d) === 0);
        const overlap = days.some((d) => covering(d) > 1);
        const rules = new Set(lintTimelines(p).map((f) => f.rule));
        expect(rules.has('timeline-hole')).toBe(hole);
        expect(rules.has('timeline-overlap')).toBe(overlap);
      }),
    );
  });
});

describe('finding order', () => {
  it('sorts paths part by part, indices by number', () => {
    expect(['eligibility.rules[10]', 'eligibility.rules[2].cite', 'eligibility', 'definitions.x'].sort(comparePaths)).toEqual(['definitions.x', 'eligibility', 'eligibility.rules[2].cite', 'eligibility.rules[10]']);
  });
});
