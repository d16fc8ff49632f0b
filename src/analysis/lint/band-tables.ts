import type { Expr } from '../../engine/expr';
import type { Policy } from '../../engine/policy';
import { Decimal } from '../../models/decimal';
import { BandTableSchema, type Band, type BandTable } from '../../rules/band-table';
import { checkTable, type CheckTableOptions } from '../../rules/check-table';
import { FeeRuleConfigSchema } from '../../rules/fees';
import type { Range } from '../../rules/range';
import { findCalls, pathText, walkData, type DataPath } from './data-path';
import type { LintFinding } from './finding';
import { isNonNegative } from './non-negative';

/**
 * The monotonicity asked of band tables: one direction for every table, or a direction per
 * table path (e.g. `{ 'definitions.growth.expr.config': 'increasing' }`).
 *
 * @example
 * const m: MonotonicOption = { 'definitions.rdThreshold.expr.config': 'decreasing' };
 */
export type MonotonicOption = 'increasing' | 'decreasing' | Readonly<Record<string, 'increasing' | 'decreasing'>>;

/**
 * Options of the band-table lint: asked monotonicity, and the domain to check a table
 * over, by table path (default: the whole line, or `[0, +∞)` when the looked-up value is
 * provably non-negative, and for fee bands, whose amounts are never negative).
 *
 * @example
 * const o: TableLintOptions = { tableDomains: { 'outputs.score.expr.config': { lo: '0', hi: '100' } } };
 */
export interface TableLintOptions {
  monotonic?: MonotonicOption;
  tableDomains?: Readonly<Record<string, { lo?: string; hi?: string }>>;
}

/**
 * A value inside a range: an included end when there is one (a boundary is the telling
 * example), else the midpoint, else one step past the only bound.
 *
 * @example
 * sampleIn({ lo: { value: '1', inclusive: false }, hi: { value: '2', inclusive: false } }); // '1.5'
 */
export function sampleIn(r: Range): string {
  if (r.lo?.inclusive) return r.lo.value;
  if (r.hi?.inclusive) return r.hi.value;
  if (r.lo && r.hi) return new Decimal(r.lo.value).plus(new Decimal(r.hi.value)).div(2).toString();
  if (r.lo) return new Decimal(r.lo.value).plus(1).toString();
  if (r.hi) return new Decimal(r.hi.value).minus(1).toString();
  return '0';
}

function checkOne(table: BandTable, at: DataPath, domain: CheckTableOptions['domain'], options: TableLintOptions, what: string): LintFinding[] {
  const path = pathText(at);
  const direction = typeof options.monotonic === 'string' ? options.monotonic : options.monotonic?.[path];
  const out: LintFinding[] = [];
  let check;
  try {
    check = checkTable(table, { ...(domain ? { domain } : {}), ...(direction ? { monotonic: direction } : {}) });
  } catch (e) {
    return [{ severity: 'error', rule: 'table-invalid', path, message: `cannot check the table: ${(e as Error).message}` }];
  }
  for (const g of check.gaps) {
    out.push({ severity: 'error', rule: 'table-gap', path: `${path}.bands`, message: `${g.description}: a lookup there is an error row`, counterexample: { [what]: sampleIn(g) } });
  }
  for (const o of check.overlaps) {
    const [, j] = o.bands;
    out.push({ severity: 'error', rule: 'table-overlap', path: `${path}.bands[${j}]`, message: `${o.description}: the first band wins, so band #${j} is shadowed there`, counterexample: { [what]: sampleIn(o) } });
  }
  for (const n of check.nonMonotonic) {
    const [i, j] = n.bands;
    const xs = [table.bands[i], table.bands[j]].map((b) => sampleIn(b as Band));
    out.push({ severity: 'error', rule: 'table-non-monotonic', path: `${path}.bands[${j}]`, message: n.description, counterexample: { [what]: xs } });
  }
  return out;
}

/** Fee-cap bands (`upTo`, tried in order) as the band table they amount to. */
function feeBandsAsTable(config: unknown): BandTable | null {
  const r = FeeRuleConfigSchema.safeParse(config);
  if (!r.success || !r.data.bands) return null;
  const src = r.data.bands;
  const bands: Band[] = src.map((b, i) => {
    const prev = src[i - 1];
    return {
      ...(prev?.upTo !== undefined ? { lo: { value: prev.upTo, inclusive: !prev.inclusive } } : {}),
      ...(b.upTo !== undefined ? { hi: { value: b.upTo, inclusive: b.inclusive } } : {}),
      yields: b.cap,
    };
  });
  return { kind: 'bands', bands };
}

/**
 * Band-table lint: every table of the policy, checked with `checkTable` over its domain.
 * Tables are the `config` of every `band.lookup` call, the `bands` of every `fee.guarantee`
 * config (over amounts >= 0), and any band table nested in another block's config (a
 * score card's items: over `[0, +∞)` when the call argument the item names is provably
 * non-negative). Reports `table-gap` (values no band covers, at `<table>.bands`),
 * `table-overlap` (at the later, shadowed band) and, only when asked through
 * `options.monotonic`, `table-non-monotonic` (at the later band of the pair); each with a
 * value showing it.
 *
 * @example
 * lintBandTables(policyWithGapAtOne).map((f) => `${f.rule} ${f.path}`);
 * // ['table-gap definitions.t.expr.config.bands']
 */
export function lintBandTables(policy: Policy, options: TableLintOptions = {}): LintFinding[] {
  const out: LintFinding[] = [];
  const domainFor = (at: DataPath, fallback?: CheckTableOptions['domain']) => options.tableDomains?.[pathText(at)] ?? fallback;
  for (const { node, fn, path } of findCalls(policy)) {
    const at = [...path, 'config'];
    const config = node['config'];
    if (fn === 'band.lookup') {
      const table = BandTableSchema.safeParse(config);
      if (!table.success) continue; // reported by the call lint
      const x = (node['args'] as Record<string, Expr> | undefined)?.['x'];
      const nonNegative = x !== undefined && isNonNegative(x, policy);
      out.push(...checkOne(table.data, at, domainFor(at, nonNegative ? { lo: '0' } : undefined), options, 'x'));
    } else if (fn === 'fee.guarantee') {
      const table = feeBandsAsTable(config);
      if (table) out.push(...checkOne(table, at, domainFor(at, { lo: '0' }), options, 'amount'));
    } else {
      // a nested table whose owner names its input (`{ input: 'stStaffShare', table }`, as score-card
      // items do) is checked over that argument's values when they are provably non-negative
      const args = (node['args'] ?? {}) as Record<string, Expr | undefined>;
      const inputOf = new Map<string, string>();
      walkData(config, (sub, subPath) => {
        if (typeof sub['input'] === 'string' && sub['table'] !== undefined) inputOf.set(pathText([...subPath, 'table']), sub['input']);
        if (sub['kind'] !== 'bands') return;
        const table = BandTableSchema.safeParse(sub);
        const where = [...at, ...subPath];
        const input = args[inputOf.get(pathText(subPath)) ?? ''];
        const nonNegative = input !== undefined && isNonNegative(input, policy);
        if (table.success) out.push(...checkOne(table.data, where, domainFor(where, nonNegative ? { lo: '0' } : undefined), options, 'x'));
      });
    }
  }
  return out;
}
