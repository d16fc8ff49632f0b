import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EnterpriseSchema } from '../../src/models/enterprise';
import { formatPath, parseModel, toIssues } from '../../src/models/issues';
import { MODELS } from '../../src/models/registry';

describe('formatPath', () => {
  it('renders keys dotted, indexes in brackets, odd keys quoted, root as (root)', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['financials', 0, 'salesRevenue'])).toBe('financials[0].salesRevenue');
    expect(formatPath(['payments', 1, 'due'])).toBe('payments[1].due');
    expect(formatPath([0])).toBe('[0]');
    expect(formatPath(['a b', 'c'])).toBe('["a b"].c');
    expect(formatPath(['x', '1y'])).toBe('x["1y"]');
    expect(formatPath([Symbol('s')])).toBe('[Symbol(s)]');
  });
});

describe('toIssues', () => {
  it('splits unknown keys into one issue per key, at the key', () => {
    const r = EnterpriseSchema.safeParse({ stStafff: 15, employes: 3 });
    expect(r.success).toBe(false);
    expect(toIssues(r.error!)).toEqual([
      { path: 'stStafff', message: "unknown key 'stStafff'" },
      { path: 'employes', message: "unknown key 'employes'" },
    ]);
  });

  it("keeps the schemas' own messages without the parse-level error map", () => {
    const r = EnterpriseSchema.safeParse({ financials: [{ year: 2019, salesRevenue: true }] });
    expect(toIssues(r.error!)).toEqual([
      { path: 'financials[0].salesRevenue', message: 'expected a decimal string or number, got boolean' },
    ]);
  });

  it('drops exact duplicates', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['a'], message: 'm', input: 1 },
      { code: 'custom', path: ['a'], message: 'm', input: 1 },
    ]);
    expect(toIssues(error)).toEqual([{ path: 'a', message: 'm' }]);
  });
});

describe('parseModel', () => {
  it('returns the value or the issues', () => {
    expect(parseModel(EnterpriseSchema, { employees: '120' })).toEqual({ ok: true, value: { employees: 120 } });
    expect(parseModel(EnterpriseSchema, null)).toEqual({ ok: false, issues: [{ path: '(root)', message: 'expected an object, got null' }] });
    expect(parseModel(EnterpriseSchema, [])).toEqual({ ok: false, issues: [{ path: '(root)', message: 'expected an object, got array' }] });
  });

  it('never throws on cyclic input', () => {
    const cyclic: Record<string, unknown> = { id: 'E1' };
    cyclic.self = cyclic;
    cyclic.financials = [cyclic];
    const r = parseModel(EnterpriseSchema, cyclic);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.path)).toContain('self');
  });

  it('never throws on exotic input: throwing getters and proxies, null prototypes, symbols', () => {
    const getter = Object.defineProperty({}, 'employees', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseModel(EnterpriseSchema, getter)).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'could not read the input: boom' }],
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError('no keys');
        },
        has() {
          throw new TypeError('no has');
        },
      },
    );
    expect(parseModel(EnterpriseSchema, trap).ok).toBe(false);
    const bare = Object.assign(Object.create(null) as object, { employees: 5 });
    expect(parseModel(EnterpriseSchema, bare)).toEqual({ ok: true, value: { employees: 5 } });
    expect(parseModel(EnterpriseSchema, { employees: Symbol('x') })).toEqual({
      ok: false,
      issues: [{ path: 'employees', message: 'expected a whole number, got symbol' }],
    });
  });

  it('arbitrary junk never throws from parseModel, for every model (property)', () => {
    const junk = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    // junk under the models' own keys reaches deeper than junk at the root
    const keys = ['id', 'asOf', 'employees', 'financials', 'ip', 'innovation', 'incidents', 'principal', 'payments', 'items', 'review', 'borrower'];
    const shaped = fc.dictionary(fc.constantFrom(...keys), junk);
    fc.assert(
      fc.property(fc.oneof(junk, shaped), (raw) => {
        for (const schema of Object.values(MODELS)) {
          const r = parseModel(schema, raw);
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const issue of r.issues) {
              expect(typeof issue.path).toBe('string');
              expect(issue.message.length).toBeGreaterThan(0);
              expect(issue.message).not.toMatch(/^Invalid input/);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
