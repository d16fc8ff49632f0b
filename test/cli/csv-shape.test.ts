import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, csvShape } from '../../src/cli/input/csv-shape';
import { UsageError } from '../../src/cli/usage-error';

describe('CSV column mapping', () => {
  it('nests dotted columns, keys financials by year, places payments by position', () => {
    const header = ['id', 'ip.ownsCoreIp', 'borrower.size', 'financials.2019.salesRevenue', 'financials.2018.salesRevenue', 'financials.2019.rdExpense', 'payments.1.due', 'payments.0.due', 'payments.0.principal'];
    const rec = csvRecord(csvShape(header), ['E1', 'true', 'small', '30000000', '', '1800000', '2020-08-20', '2020-02-20', '5000000']);
    expect(rec).toEqual({
      id: 'E1',
      ip: { ownsCoreIp: true },
      borrower: { size: 'small' },
      financials: [{ year: 2019, salesRevenue: '30000000', rdExpense: '1800000' }],
      payments: [{ due: '2020-02-20', principal: '5000000' }, { due: '2020-08-20' }],
    });
  });

  it('empty cells are absent facts (an all-empty group is absent), false is a boolean, numbers stay strings', () => {
    const shape = csvShape(['id', 'employees', 'ip.ownsCoreIp', 'ip.classI', 'restrictedIndustry']);
    expect(csvRecord(shape, ['E2', '', '', '', 'false'])).toEqual({ id: 'E2', restrictedIndustry: false });
    expect(csvRecord(shape, ['E3', '0120', '', '2', ''])).toEqual({ id: 'E3', employees: '0120', ip: { classI: '2' } });
    expect(csvRecord(shape, ['', '', '', '', ''])).toBeUndefined();
  });

  it.each([
    [['id', 'id'], /given twice/],
    [['ip', 'ip.ownsCoreIp'], /conflicts/],
    [['ip.ownsCoreIp', 'ip'], /conflicts with its sub-fields/],
    [['payments.0.due', 'payments.x'], /conflicts/],
    [['financials.2019'], /name a field/],
    [['financials.2019.year'], /given by the key segment/],
    [['a..b'], /empty path segment/],
    [['__proto__.x'], /not allowed/],
    [['0.x'], /starts with a field name/],
  ])('rejects the header %j', (header, message) => {
    expect(() => csvShape(header)).toThrow(UsageError);
    expect(() => csvShape(header)).toThrow(message);
  });

  it('property: flattening a nested record to dotted columns and reading it back gives the record', () => {
    const leaf = fc.oneof(fc.boolean(), fc.stringMatching(/^[A-Za-z0-9.-]{1,8}$/).filter((s) => s !== 'true' && s !== 'false'));
    const name = fc.constantFrom('a', 'b', 'size', 'due', 'kind');
    const record = fc.record({
      id: fc.stringMatching(/^E\d{1,3}$/),
      party: fc.dictionary(name, leaf, { minKeys: 1, maxKeys: 3 }),
      financials: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2000, max: 2030 }), salesRevenue: fc.stringMatching(/^\d{1,9}$/) }), { selector: (f) => f.year, minLength: 1, maxLength: 3 }),
      payments: fc.array(fc.record({ due: fc.stringMatching(/^20\d\d-0\d-1\d$/), amount: fc.stringMatching(/^\d{1,6}$/) }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(record, (r) => {
        const cols: [string, string][] = [['id', r.id]];
        for (const [k, v] of Object.entries(r.party)) cols.push([`party.${k}`, String(v)]);
        for (const f of r.financials) cols.push([`financials.${f.year}.salesRevenue`, f.salesRevenue]);
        r.payments.forEach((p, i) => cols.push([`payments.${i}.due`, p.due], [`payments.${i}.amount`, p.amount]));
        const back = csvRecord(csvShape(cols.map((c) => c[0])), cols.map((c) => c[1]));
        expect(back).toEqual(r);
      }),
    );
  });
});
