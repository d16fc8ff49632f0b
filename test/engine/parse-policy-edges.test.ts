import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  allOf, call, cite, criterion, DEFAULT_LIMITS, defineFunction, fact, label, num, param, parsePolicy, PolicyParseError, ref, registryOf, semanticIssues, toJSON,
  type Policy,
} from '../../src/engine';
import { policyOf } from './helpers';

// Edge cases of parsing untrusted policy data (limits, reserved keys, issue paths, semantic
// checks), written to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

const issuesOf = (json: unknown, options: Parameters<typeof parsePolicy>[1] = {}) => {
  try {
    parsePolicy(json, options);
    return [];
  } catch (e) {
    if (!(e instanceof PolicyParseError)) throw e;
    return e.issues.map((i) => `${i.path}: ${i.message}`);
  }
};
const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(policyOf(allOf([])))) as Record<string, unknown>;
const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

describe('PolicyParseError', () => {
  it('shows the first five issues and counts the rest', () => {
    const five = [1, 2, 3, 4, 5].map((i) => ({ path: `p${i}`, message: `m${i}` }));
    expect(new PolicyParseError(five).message).toBe('invalid policy: p1: m1; p2: m2; p3: m3; p4: m4; p5: m5');
    const seven = [...five, { path: 'p6', message: 'm6' }, { path: 'p7', message: 'm7' }];
    expect(new PolicyParseError(seven).message).toBe('invalid policy: p1: m1; p2: m2; p3: m3; p4: m4; p5: m5 (+2 more)');
    const e = new PolicyParseError(seven);
    expect([e.name, e.code, e.issues.length]).toEqual(['PolicyParseError', 'INVALID_POLICY', 7]);
  });
});

describe('shape limits', () => {
  it('the defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 64, maxNodes: 200_000 });
  });
  it('counts every node against maxNodes, up to and including the limit', () => {
    const json = base();
    const nodes = (() => { let n = 0; const walk = (v: unknown): void => { n++; if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x); }; walk(json); return n; })();
    expect(issuesOf(json, { limits: { maxDepth: 64, maxNodes: nodes } })).toEqual([]);
    expect(issuesOf(json, { limits: { maxDepth: 64, maxNodes: nodes - 1 } })).toEqual([`(root): more than ${nodes - 1} nodes`]);
  });
  it('rejects nesting deeper than maxDepth, accepts exactly maxDepth', () => {
    expect(issuesOf(nested(4), { limits: { maxDepth: 3, maxNodes: 100 } })).toEqual(['(root): nested deeper than 3 levels']);
    expect(issuesOf(nested(3), { limits: { maxDepth: 3, maxNodes: 100 } }).filter((i) => i.includes('nested deeper'))).toEqual([]);
    expect(issuesOf({ ...base(), extra: nested(70) })).toEqual(['(root): nested deeper than 64 levels']);
  });
  it('rejects reserved keys anywhere before anything else', () => {
    for (const k of ['__proto__', 'constructor', 'prototype']) {
      const json = JSON.parse(`{"id":"x.y","deep":{"${k}":{"polluted":true}}}`) as unknown;
      expect(issuesOf(json)).toEqual([`${k}: reserved key '${k}'`]);
    }
    expect(issuesOf(JSON.parse('{"id":"x.y","deep":{"constructorX":1}}')).filter((i) => i.includes('reserved key'))).toEqual([]);
  });
});

describe('schema issues', () => {
  it('are reported with readable paths: dotted keys, [index] for arrays, (root) for the whole', () => {
    const json = base();
    json['eligibility'] = { kind: 'allOf', rules: [{ kind: 'criterion', id: 'c', label: { zh: 'c', en: 'c' }, cite: { document: 'doc', article: '1' }, test: { kind: 'num', value: '1e3' } }] };
    expect(issuesOf(json)).toEqual(['eligibility.rules[0].test.value: a decimal literal is a string like "0.10"']);
    expect(issuesOf(null)[0]).toMatch(/^\(root\): /);
    const bad = base();
    bad['sources'] = [{ id: '1bad', title: { zh: 'x', en: 'x' } }];
    expect(issuesOf(bad)).toEqual(['sources[0].id: a document id is a short identifier']);
  });
});

describe('semantic issues', () => {
  const p = (extra: Partial<Policy>, rule = allOf([])): Policy => policyOf(rule, extra);
  it('citations of undeclared sources, unknown parameters and definitions, each with its path', () => {
    const rule = allOf([criterion({ id: 'c', label: label('c', 'c'), cite: cite('ghostDoc', '1'), test: fact('x'), values: { p: param('ghostParam'), d: ref('ghostDef') } })]);
    expect(semanticIssues(p({}, rule))).toEqual([
      { path: 'eligibility.rules[0].cite', message: "cites unknown source 'ghostDoc'" },
      { path: 'eligibility.rules[0].values.p', message: "unknown parameter 'ghostParam'" },
      { path: 'eligibility.rules[0].values.d', message: "unknown definition 'ghostDef'" },
    ]);
    const ok = p({ parameters: { known: { label: label('k', 'k'), cite: cite('doc', '1'), versions: [{ from: '2020-01-01', value: '1' }] } }, definitions: { d: { expr: param('known') } } },
      allOf([criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: fact('x'), values: { d: ref('d') } })]));
    expect(semanticIssues(ok)).toEqual([]);
  });
  it('calls: unknown blocks, configuration issues under .config, unknown and missing arguments', () => {
    const f = defineFunction({ name: 'demo.f', label: label('f', 'f'), args: { x: 'required', y: 'optional' }, config: z.strictObject({ k: z.string() }), make: () => () => true });
    const functions = registryOf([f]);
    const out = (expr: ReturnType<typeof call>) => p({ outputs: { v: { expr, type: { type: 'json' } } } });
    expect(semanticIssues(out(call('demo.nope', {})), functions)).toEqual([{ path: 'outputs.v.expr', message: "unknown building block 'demo.nope'" }]);
    expect(semanticIssues(out(call('demo.f', { x: num(1) }, { k: 1 })), functions).map((i) => i.path)).toEqual(['outputs.v.expr.config.k']);
    expect(semanticIssues(out(call('demo.f', { x: num(1), z: num(2) }, { k: 'a' })), functions)).toEqual([{ path: 'outputs.v.expr.args.z', message: "'demo.f' takes no argument 'z'" }]);
    expect(semanticIssues(out(call('demo.f', { y: num(1) }, { k: 'a' })), functions)).toEqual([{ path: 'outputs.v.expr.args', message: "'demo.f' needs argument 'x'" }]);
    expect(semanticIssues(out(call('demo.f', { x: num(1) }, { k: 'a' })), functions)).toEqual([]);
    expect(semanticIssues(out(call('demo.nope', {})))).toEqual([]);
  });
  it('a building block’s configuration may hold nulls and objects that look like policy nodes', () => {
    const f = defineFunction({ name: 'demo.any', label: label('任意', 'Any'), args: {}, config: z.unknown(), make: () => () => true });
    const config = { a: null, cite: {}, d: { document: 'ghostDoc' }, p: { kind: 'param' }, r: { kind: 'ref' }, c: { kind: 'call' }, fn: { fn: 'demo.nope' }, list: [null, 1] };
    const q = p({ outputs: { v: { expr: call('demo.any', {}, config), type: { type: 'json' } } } });
    expect(semanticIssues(q, registryOf([f]))).toEqual([]);
    expect(semanticIssues(q)).toEqual([]);
    expect(parsePolicy(toJSON(q), { functions: registryOf([f]) })).toEqual(q);
  });
  it('parameter versions: overlapping (also open-ended, also given out of order) and reversed ones', () => {
    const param1 = (versions: { from: string; to?: string; value: string }[]) => p({ parameters: { r: { label: label('r', 'r'), cite: cite('doc', '1'), versions } } });
    expect(semanticIssues(param1([{ from: '2020-01-01', to: '2020-12-31', value: '1' }, { from: '2021-01-01', value: '2' }]))).toEqual([]);
    expect(semanticIssues(param1([{ from: '2021-01-01', value: '2' }, { from: '2020-01-01', to: '2020-12-31', value: '1' }]))).toEqual([]);
    expect(semanticIssues(param1([{ from: '2020-01-01', to: '2021-01-01', value: '1' }, { from: '2021-01-01', value: '2' }]))).toEqual([{ path: 'parameters.r.versions', message: 'versions from 2020-01-01 and 2021-01-01 overlap' }]);
    expect(semanticIssues(param1([{ from: '2021-06-01', value: '2' }, { from: '2020-01-01', value: '1' }]))).toEqual([{ path: 'parameters.r.versions', message: 'versions from 2020-01-01 and 2021-06-01 overlap' }]);
    expect(semanticIssues(param1([{ from: '2020-02-01', to: '2020-01-31', value: '1' }]))).toEqual([{ path: 'parameters.r.versions', message: 'version from 2020-02-01 ends before it starts' }]);
    expect(semanticIssues(param1([{ from: '2020-02-01', to: '2020-02-01', value: '1' }]))).toEqual([]);
  });
  it('parsePolicy throws every semantic issue, and returns valid data unchanged', () => {
    const rule = allOf([criterion({ id: 'c', label: label('c', 'c'), cite: cite('ghostDoc', '1'), test: param('ghost') })]);
    expect(issuesOf(toJSON(p({}, rule)))).toEqual(["eligibility.rules[0].cite: cites unknown source 'ghostDoc'", "eligibility.rules[0].test: unknown parameter 'ghost'"]);
    const good = p({});
    expect(parsePolicy(toJSON(good))).toEqual(good);
  });
  it('toJSON is a deep copy', () => {
    const good = p({});
    const copy = toJSON(good) as Policy;
    expect(copy).toEqual(good);
    expect(copy).not.toBe(good);
    expect(copy.sources).not.toBe(good.sources);
  });
});
