/**
 * The benchmark population: `size` seeded enterprise records for `cn.hnte.2016`, each with
 * the innovation score given and complete financials for Y-3..Y-1, about `boundaryShare`
 * of them boundary cases (see `boundary-cases.ts`).
 *
 * @module
 */
import { applyBoundary, BOUNDARY_KINDS, type BoundaryKind } from './boundary-cases';
import { passingFirm, toRaw, typicalFirm, type RawFirm } from './firm';
import { random } from './random';

/**
 * Options of {@link generatePopulation}.
 *
 * @example
 * const o: PopulationOptions = { size: 1000, seed: 1 };
 */
export interface PopulationOptions {
  size: number;
  seed: number;
  /** Share of boundary cases, default 0.02. */
  boundaryShare?: number;
  /** The evaluation date, default 2020-06-01. */
  asOf?: string;
  /** Ids start after this number, default 0 (to write a large population in chunks). */
  idOffset?: number;
}

/**
 * A generated population: the raw records, and per record its boundary kind (or null).
 *
 * @example
 * const p: Population = generatePopulation({ size: 10, seed: 1 }); // p.records.length === 10
 */
export interface Population {
  asOf: string;
  records: RawFirm[];
  boundary: (BoundaryKind | null)[];
}

/**
 * Generates the population; the same options give the same records.
 *
 * @example
 * generatePopulation({ size: 3, seed: 42 }).records.map((r) => r.id); // ['F1', 'F2', 'F3']
 */
export function generatePopulation(o: PopulationOptions): Population {
  const asOf = o.asOf ?? '2020-06-01';
  const y = Number(asOf.slice(0, 4));
  const share = o.boundaryShare ?? 0.02;
  const r = random(o.seed);
  const records: RawFirm[] = [];
  const boundary: (BoundaryKind | null)[] = [];
  for (let i = 1; i <= o.size; i++) {
    const kind = r.chance(share) ? r.pick(BOUNDARY_KINDS) : null;
    const firm = kind ? applyBoundary(r, passingFirm(r, y), kind, asOf) : typicalFirm(r, y);
    records.push(toRaw(`F${(o.idOffset ?? 0) + i}`, firm));
    boundary.push(kind);
  }
  return { asOf, records, boundary };
}
