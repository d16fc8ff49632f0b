import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, evaluateBatch, getPolicy, parsePolicy, STDLIB, toJSON, type Policy } from '../../src/index';

type Raw = Record<string, unknown>;
const policy = getPolicy('zibo.project-service.2020') as Policy;
const compiled = compile(policy);
const AS_OF = '2020-05-01';
const run = (project: Raw) => compiled.evaluate({ id: 'P1', ...project }, { asOf: AS_OF });
const NO = { municipalMajor: false, municipalKeyTechRenovation: false, zoneKey: false, onePlusNList: false, keyInvestment: false };

describe('zibo.project-service.2020', () => {
  it('cites each of the four measures by its heading, with a quote', () => {
    const text = JSON.stringify(policy);
    for (const m of ['一企一策', '一企一员', '一企一专班', '全生命周期一站服务']) expect(text).toContain(`"article":"${m}","quote"`);
  });

  it('every entering project gets a tailored plan, and only that when it is on no list', () => {
    const r = run(NO);
    expect(r.status).toBe('eligible');
    expect(r.missing).toEqual([]);
    expect(r.outputs).toEqual({ entitlements: ['tailoredPlan'], undecidedEntitlements: [], dedicatedAgent: false, vipTeam: false, oneStopLifecycle: false });
  });

  it('a dedicated agent for a municipal major, a municipal key tech-renovation or a zone key project', () => {
    for (const k of ['municipalMajor', 'municipalKeyTechRenovation', 'zoneKey']) {
      expect(run({ ...NO, [k]: true }).outputs['entitlements']).toEqual(['dedicatedAgent', 'tailoredPlan']);
    }
  });

  it('all four, sorted', () => {
    expect(run({ municipalMajor: true, onePlusNList: true, keyInvestment: true }).outputs['entitlements']).toEqual(['dedicatedAgent', 'oneStopLifecycle', 'tailoredPlan', 'vipTeam']);
  });

  it('one "yes" decides the agent even when the other lists are unknown', () => {
    const r = run({ zoneKey: true, onePlusNList: false, keyInvestment: false });
    expect(r.outputs['dedicatedAgent']).toBe(true);
    expect(r.missing).toEqual([]);
  });

  it('unknown facts: the entitlement is undecided (never a silent "no"), its facts are missing', () => {
    const r = run({ municipalMajor: false, zoneKey: null, onePlusNList: true });
    expect(r.status).toBe('eligible');
    expect(r.outputs).toEqual({ entitlements: ['tailoredPlan', 'vipTeam'], undecidedEntitlements: ['dedicatedAgent', 'oneStopLifecycle'], dedicatedAgent: null, vipTeam: true, oneStopLifecycle: null });
    expect(r.missing).toEqual(['keyInvestment', 'municipalKeyTechRenovation', 'zoneKey']);
  });

  it('the seed: 25 municipal major projects all get an agent (tally.list)', () => {
    const projects = Array.from({ length: 25 }, (_, i) => ({ id: `M${i + 1}`, ...NO, municipalMajor: true, onePlusNList: i < 5 }));
    const { summaries } = evaluateBatch(compiled, [...projects, { id: 'X', ...NO }, { id: 'Y' }], { asOf: AS_OF });
    expect(summaries[0]?.values).toEqual({ count: 27, byName: { dedicatedAgent: 25, oneStopLifecycle: 0, tailoredPlan: 27, vipTeam: 5 }, unknownRows: 0, errorRows: 0 });
  });

  const flag = fc.constantFrom(true, false, null, undefined);
  const projectArb = fc.record({ municipalMajor: flag, municipalKeyTechRenovation: flag, zoneKey: flag, onePlusNList: flag, keyInvestment: flag });

  it('property: granted and undecided are disjoint, sorted, tailoredPlan always granted; each flag agrees with its list', () => {
    fc.assert(
      fc.property(projectArb, (p) => {
        const r = run(p);
        const granted = r.outputs['entitlements'] as string[];
        const undecided = r.outputs['undecidedEntitlements'] as string[];
        expect(granted).toContain('tailoredPlan');
        expect([...granted].sort()).toEqual(granted);
        expect([...undecided].sort()).toEqual(undecided);
        for (const e of ['dedicatedAgent', 'vipTeam', 'oneStopLifecycle']) {
          const v = r.outputs[e];
          expect(granted.includes(e)).toBe(v === true);
          expect(undecided.includes(e)).toBe(v === null);
        }
        expect(r.missing.length > 0).toBe(undecided.length > 0);
      }),
    );
  });

  it('JSON round trip: same policy, same results', () => {
    const back = parsePolicy(JSON.parse(JSON.stringify(toJSON(policy))), { functions: STDLIB });
    expect(back).toEqual(policy);
    const other = compile(back);
    fc.assert(
      fc.property(projectArb, (p) => {
        expect(JSON.stringify(other.evaluate(p, { asOf: AS_OF, trace: true }))).toBe(JSON.stringify(compiled.evaluate(p, { asOf: AS_OF, trace: true })));
      }),
    );
  });
});
