import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseModel, MODELS, type Enterprise } from '../../src/index';
import { disagreements, tally } from '../../bench/agreement';
import { BOUNDARY_KINDS } from '../../bench/boundary-cases';
import { prepareAll, type ImplementationName } from '../../bench/implementations/index';
import { generatePopulation, type Population } from '../../bench/population';

function parseAll(p: Population): Enterprise[] {
  return p.records.map((raw) => {
    const r = parseModel(MODELS.enterprise, raw);
    if (!r.ok) throw new Error(`${raw.id}: ${JSON.stringify(r.issues)}`);
    return r.value;
  });
}

async function verdictsOf(p: Population): Promise<Map<ImplementationName, string[]>> {
  const out = new Map<ImplementationName, string[]>();
  for (const impl of prepareAll(parseAll(p), p.asOf)) {
    const v: string[] = [];
    await impl.run(v);
    out.set(impl.name, v);
  }
  return out;
}

// Boundary-heavy populations: 30% of the records sit exactly on a threshold of DOMAIN §2
// (or one fen / person / day / hundredth of a point beside it) or on a zero denominator.
// 2021-02-28 adds the Feb 29 registration edge (2020-02-29 + 1 year = 2021-02-28).
describe.each(['2020-06-01', '2021-02-28'])('the benchmark implementations as of %s', (asOf) => {
  const population = generatePopulation({ size: 1500, seed: 11, boundaryShare: 0.3, asOf });
  const verdicts = verdictsOf(population);

  it('zone-policy decides every record (complete facts): eligible or ineligible, both present', async () => {
    const t = tally((await verdicts).get('zone-policy') ?? []);
    expect(Object.keys(t).sort()).toEqual(['eligible', 'ineligible']);
  });

  it('the hand-written decimal.js and integer functions, and the full-result and traced runs, agree with the policy on every record', async () => {
    const v = await verdicts;
    const reference = v.get('zone-policy') ?? [];
    expect(reference).toHaveLength(1500);
    for (const name of ['zone-policy-parsed', 'zone-policy-result', 'zone-policy-result-prepared', 'zone-policy-trace', 'decimal-js', 'integer'] as const) {
      expect({ name, ...disagreements(reference, v.get(name) ?? [], population.boundary) }).toEqual({ name, count: 0, onBoundary: 0, byKind: {}, firstIndexes: [] });
    }
  });

  it('every boundary kind is present and, but for zero denominators and window cuts, lands on both sides', async () => {
    const reference = (await verdicts).get('zone-policy') ?? [];
    for (const kind of BOUNDARY_KINDS) {
      const seen = new Set(reference.filter((_, i) => population.boundary[i] === kind));
      if (kind === 'zeroDenominator') expect(seen).toEqual(new Set(['ineligible']));
      else if (kind !== 'windowCut') expect({ kind, seen }).toEqual({ kind, seen: new Set(['eligible', 'ineligible']) });
    }
  });

  it('json-rules-engine (floats) disagrees only on boundary cases', async () => {
    const v = await verdicts;
    const d = disagreements(v.get('zone-policy') ?? [], v.get('json-rules-engine') ?? [], population.boundary);
    expect(d.onBoundary).toBe(d.count);
    expect(d.byKind['typical']).toBeUndefined();
  });
});

describe('json-rules-engine on R&D ratios exactly at their threshold', () => {
  it('misjudges some ratios that are exactly at a threshold (float sums of fen amounts)', async () => {
    const p = generatePopulation({ size: 20000, seed: 1, boundaryShare: 0.5 });
    const sample: Population = { asOf: p.asOf, records: [], boundary: [] };
    p.records.forEach((r, i) => {
      const k = p.boundary[i];
      if (k === 'rdRatioAtThreshold' && sample.records.length < 600) [sample.records.push(r), sample.boundary.push(k)];
    });
    const v = await verdictsOf(sample);
    const d = disagreements(v.get('zone-policy') ?? [], v.get('json-rules-engine') ?? [], sample.boundary);
    expect(d.count).toBeGreaterThan(0);
    expect(d.byKind).toEqual({ rdRatioAtThreshold: d.count });
    expect(disagreements(v.get('zone-policy') ?? [], v.get('integer') ?? [], sample.boundary).count).toBe(0);
  });
});

describe('agreement on any seed', () => {
  it('the exact hand-written functions equal the policy on small boundary-heavy populations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const p = generatePopulation({ size: 25, seed, boundaryShare: 0.5 });
        const v = await verdictsOf(p);
        const reference = v.get('zone-policy') ?? [];
        expect(v.get('decimal-js')).toEqual(reference);
        expect(v.get('integer')).toEqual(reference);
      }),
      { numRuns: 20 },
    );
  });
});
