import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_POLICIES, compile, DEFAULT_LIMITS, getPolicy, parsePolicy, PolicyParseError, STDLIB, toJSON } from '../../src/index';

type Json = Record<string, unknown>;

const feeJson = (): Json => JSON.parse(JSON.stringify(toJSON(getPolicy('cn.gov-guarantee-fee.2019') ?? (undefined as never)))) as Json;

function parseIssues(data: unknown): string[] {
  try {
    parsePolicy(data, { functions: STDLIB });
    return [];
  } catch (e) {
    if (!(e instanceof PolicyParseError)) throw e;
    return e.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

/** Every object inside a JSON value, with its path. */
function objects(v: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(v)) for (const x of v) objects(x, out);
  else if (v !== null && typeof v === 'object') {
    out.push(v as Json);
    for (const x of Object.values(v)) objects(x, out);
  }
  return out;
}

const nest = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

describe('untrusted policy data: prototype pollution', () => {
  it('a __proto__, constructor or prototype key anywhere in any catalog policy is rejected, and nothing is polluted', () => {
    const catalog = CATALOG_POLICIES.map((p) => JSON.stringify(toJSON(p)));
    fc.assert(
      fc.property(fc.nat(catalog.length - 1), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), (which, at, key) => {
        const data = JSON.parse(catalog[which] as string) as Json;
        const all = objects(data);
        const target = all[at % all.length] as Json;
        // the way JSON.parse makes it: an own key, here with a payload that would pollute
        Object.defineProperty(target, key, { value: JSON.parse('{"polluted":true,"isAdmin":true}'), enumerable: true, writable: true, configurable: true });
        const issues = parseIssues(JSON.parse(JSON.stringify(data)));
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatch(new RegExp(`^${key}: reserved key '${key}'$`));
        expect(({} as Json)['polluted']).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('names of JS built-ins are unknown names, never the built-ins', () => {
    const callOf = (fn: string) => ({ kind: 'call', fn, args: {}, config: {} });
    for (const fn of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'eval', 'Function', 'require', 'process']) {
      const data = feeJson();
      (data['definitions'] as Json)['smallMicro'] = { label: { zh: 'x', en: 'x' }, expr: callOf(fn) };
      expect(parseIssues(data)).toContain(`definitions.smallMicro.expr: unknown building block '${fn}'`);
    }
    for (const name of ['constructor', 'toString', 'valueOf']) {
      const data = feeJson();
      (data['definitions'] as Json)['smallMicro'] = { label: { zh: 'x', en: 'x' }, expr: { kind: 'param', name } };
      expect(parseIssues(data)).toContain(`definitions.smallMicro.expr: unknown parameter '${name}'`);
      (data['definitions'] as Json)['smallMicro'] = { label: { zh: 'x', en: 'x' }, expr: { kind: 'ref', name } };
      expect(parseIssues(data)).toContain(`definitions.smallMicro.expr: unknown definition '${name}'`);
    }
  });

  it('a fact path through constructor/__proto__/prototype is refused; toString is an ordinary missing fact, not the built-in', () => {
    const withFact = (seg: string) => {
      const data = feeJson();
      (data['definitions'] as Json)['smallMicro'] = { label: { zh: 'x', en: 'x' }, expr: { kind: 'fact', path: ['borrower', seg] } };
      return data;
    };
    for (const seg of ['constructor', '__proto__', 'prototype']) expect(parseIssues(withFact(seg))).toEqual(['definitions.smallMicro.expr.path[1]: reserved key']);
    for (const seg of ['toString', 'hasOwnProperty', 'valueOf']) {
      const r = compile(parsePolicy(withFact(seg), { functions: STDLIB })).evaluate(
        { id: 'G', borrower: { size: 'small' }, loanAmount: '1000000', kind: 'new', contractFeeRate: '0.02', termMonths: 12, startDate: '2020-03-01' },
        { asOf: '2020-03-01' },
      );
      expect([r.status, r.missing]).toEqual(['undetermined', [`borrower.${seg}`]]);
    }
  });
});

describe('untrusted policy data: limits', () => {
  it(`nesting: a value ${DEFAULT_LIMITS.maxDepth} levels down passes the shape check, one more is refused`, () => {
    const at = (depth: number) => ({ ...feeJson(), extra: nest(depth - 1) }); // `extra` is level 1
    expect(parseIssues(at(DEFAULT_LIMITS.maxDepth))).toEqual(['(root): Unrecognized key: "extra"']); // the schema's turn
    expect(parseIssues(at(DEFAULT_LIMITS.maxDepth + 1))).toEqual([`(root): nested deeper than ${DEFAULT_LIMITS.maxDepth} levels`]);
    expect(parseIssues(at(100_000))).toEqual([`(root): nested deeper than ${DEFAULT_LIMITS.maxDepth} levels`]);
  });

  it(`size: more than ${DEFAULT_LIMITS.maxNodes} nodes is refused before the schema runs, quickly`, () => {
    const data = feeJson();
    const param = Object.values(data['parameters'] as Json)[0] as Json;
    param['versions'] = Array.from({ length: 300_000 }, (_, i) => ({ from: '2019-02-14', value: String(i) }));
    const t = performance.now();
    expect(parseIssues(data)).toEqual([`(root): more than ${DEFAULT_LIMITS.maxNodes} nodes`]);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('a cycle (as a YAML alias can make) is refused, not walked forever', () => {
    const data = feeJson();
    const loop: Json = { kind: 'not' };
    loop['arg'] = loop;
    (data['definitions'] as Json)['smallMicro'] = { label: { zh: 'x', en: 'x' }, expr: loop };
    expect(parseIssues(data)).toEqual([`(root): nested deeper than ${DEFAULT_LIMITS.maxDepth} levels`]);
  });
});

describe('untrusted policy data: strings are text, never code', () => {
  it('code in labels, quotes and summaries is carried as text; evaluating runs none of it', () => {
    const payload = "'); globalThis.__zpPwned = true; ('${globalThis.__zpPwned = true}`+(globalThis.__zpPwned = true)+`<script>";
    const data = feeJson();
    data['title'] = { zh: payload, en: payload };
    data['summary'] = { zh: payload, en: payload };
    const policy = parsePolicy(data, { functions: STDLIB });
    const r = compile(policy).evaluate({ id: 'G', borrower: { size: 'small' }, loanAmount: '1000000', kind: 'new', contractFeeRate: '0.02', termMonths: 12, startDate: '2020-03-01' }, { asOf: '2020-03-01', trace: true });
    expect(r.status).toBe('eligible');
    expect(policy.title.en).toBe(payload);
    expect((globalThis as Json)['__zpPwned']).toBeUndefined();
  });
});
