import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, newContext, type Expr } from '../../src/engine';
import { compileExpr } from '../../src/engine/compile-expr';
import { factValue, keyText } from '../../src/engine/fact-path';
import { Decimal } from '../../src/models/decimal';
import { noFunctions, policyOf } from './helpers';

/** Key values as records and policies carry them: numbers (with -0, NaN, huge and fractional ones), decimals, text, and odd values. */
const keyValue = fc.oneof(
  fc.integer({ min: 2015, max: 2021 }),
  fc.constantFrom<unknown>(0, -0, Number.NaN, 1e21, 2019.5, 0.1, -1, Number.POSITIVE_INFINITY, 2 ** 53 + 2),
  fc.constantFrom('2019', '2019.0', '0', '-0', 'NaN', '1e21', '1e+21', 'Infinity', '', ' 2019', 'undefined', 'null', 'true').map((t) => t as unknown),
  fc.constantFrom('2019', '2019.00', '-0', '0', '1e21', '0.1', '2018').map((t) => new Decimal(t) as unknown),
  fc.constantFrom<unknown>(null, undefined, true, [2019], { year: 2019 }),
);

/** The reader's contract: the first row whose `year` reads (by keyText) as the text of the key (read as a fact: numbers become decimals). */
function reference(rows: readonly unknown[], key: unknown): unknown {
  const want = keyText(factValue(key));
  return rows.find((r) => keyText(r !== null && typeof r === 'object' && Object.prototype.hasOwnProperty.call(r, 'year') ? (r as Record<string, unknown>)['year'] : undefined) === want);
}

const read = (key: Expr): Expr => ({ kind: 'fact', path: ['fin', { key: 'year', equals: key }, 'x'] });
const env = { functions: noFunctions, parameters: {}, sources: [], definition: () => undefined };

describe('keyed fact paths', () => {
  it('property: the row found for a key is the first whose key field has the same text (numbers compared as numbers only where that is the same)', () => {
    fc.assert(
      fc.property(fc.array(keyValue, { maxLength: 5 }), keyValue, (years, key) => {
        const rows = years.map((year, i) => (year === undefined ? { x: i } : { year, x: i }));
        const ev = compileExpr(read({ kind: 'fact', path: ['k'] }), env);
        const got = ev(newContext({ fin: rows, k: key }, '2020-06-01', false));
        if (factValue(key) === undefined) {
          expect(got).toMatchObject({ kind: 'unknown', missing: ['k'] }); // the key itself is missing
          return;
        }
        if (typeof key === 'object' && key !== null && !(key instanceof Decimal)) return; // a list or record as a key: its text, as any value
        const row = reference(rows, key) as { x: number } | undefined;
        if (row === undefined) expect(got).toMatchObject({ kind: 'unknown' });
        else expect((got as Decimal).toString()).toBe(String(row.x));
      }),
      { numRuns: 2000 },
    );
  });

  it('a number row matches a decimal key by its text: 2019 for 2019.00, 0 for -0, never 1e21 for the text "1e21"', () => {
    const at = (rows: unknown[], key: unknown) => compileExpr(read({ kind: 'fact', path: ['k'] }), env)(newContext({ fin: rows, k: key }, '2020-06-01', false));
    expect((at([{ year: 2018, x: 1 }, { year: 2019, x: 2 }], new Decimal('2019.00')) as Decimal).toString()).toBe('2');
    expect((at([{ year: -0, x: 3 }], new Decimal('0')) as Decimal).toString()).toBe('3');
    expect((at([{ year: 0, x: 4 }], -0) as Decimal).toString()).toBe('4');
    expect(at([{ year: 1e21, x: 5 }], '1e21')).toMatchObject({ kind: 'unknown', missing: ['fin[1e21].x'] });
    expect((at([{ year: 1e21, x: 5 }], '1e+21') as Decimal).toString()).toBe('5');
    expect((at([{ year: Number.NaN, x: 6 }], 'NaN') as Decimal).toString()).toBe('6');
    expect((at([{ year: [2019], x: 7 }], 2019) as Decimal).toString()).toBe('7');
  });

  it('two keyed segments and a traced read name the path with both keys', () => {
    const p = policyOf({ kind: 'criterion', id: 'c', label: { zh: '条件', en: 'c' }, cite: { document: 'doc', article: '1' },
      test: { kind: 'present', arg: { kind: 'fact', path: ['a', { key: 'y', equals: { kind: 'num', value: '1' } }, 'b', { key: 'z', equals: { kind: 'str', value: 'q' } }, 'v'] } } });
    const r = compilePolicy(p, { functions: noFunctions }).evaluate({ a: [{ y: 1, b: [{ z: 'q', v: 9 }] }] }, { asOf: '2020-06-01', trace: true });
    expect(r.status).toBe('eligible');
    expect(JSON.stringify(r.trace)).toContain('"path":"a[1].b[q].v","value":"9"');
    const missing = compilePolicy(p, { functions: noFunctions }).evaluate({ a: [{ y: 2 }] }, { asOf: '2020-06-01' });
    expect(missing.status).toBe('ineligible');
  });
});
