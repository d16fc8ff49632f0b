import type { Expr, PathSegment } from '../../engine/expr';
import type { Policy } from '../../engine/policy';
import { Decimal } from '../../models/decimal';
import { isModelName, MODELS } from '../../models/registry';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A step of a probe path: a field name, or an array item (with its key field and a key
 * value when the fact path selects it by key).
 *
 * @example
 * const steps: ProbeStep[] = ['financials', { key: 'year', value: 2019 }, 'rdExpense'];
 * @inline
 */
export type ProbeStep = string | { key?: string; value?: number };

/** A minimal record holding `leaf` at the path (other fields absent). */
function recordAt(path: readonly ProbeStep[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const inner = recordAt(rest, leaf);
  if (typeof head === 'string') return { [head]: inner };
  const base = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : {};
  return [head.key === undefined ? inner : { ...base, [head.key]: head.value ?? 2000 }];
}

function refusedAt(model: keyof typeof MODELS, path: readonly ProbeStep[], leaf: number): boolean {
  const r = MODELS[model].safeParse(recordAt(path, leaf));
  if (r.success) return false;
  const want = path.filter((s): s is string => typeof s === 'string').join('.');
  return r.error.issues.some((i) => i.path.filter((p) => typeof p === 'string').join('.') === want);
}

/**
 * True when the input model refuses negative values of a fact (it accepts 1 and refuses -1
 * at that path): the model itself is asked, so the answer follows the schemas as they evolve.
 *
 * @example
 * modelRefusesNegative('enterprise', ['employees']); // true
 * modelRefusesNegative('enterprise', ['financials', { key: 'year', value: 2019 }, 'netAssets']); // false
 */
export function modelRefusesNegative(model: string | undefined, path: readonly ProbeStep[]): boolean {
  if (model === undefined || !isModelName(model) || path.length === 0) return false;
  try {
    return refusedAt(model, path, -1) && !refusedAt(model, path, 1);
  } catch {
    return false;
  }
}

const probePath = (path: readonly PathSegment[]): ProbeStep[] =>
  path.map((s) => (typeof s === 'string' ? s : { key: s.key, ...(s.equals.kind === 'num' ? { value: Number(s.equals.value) } : {}) }));

/**
 * A light static sign analysis: true when `expr` can only be >= 0 (or unknown) for every
 * record: a fact the input model keeps non-negative, a ratio or sum of such, a
 * non-negative parameter. False means "cannot tell". Lint uses it to check a band table
 * only over the values its looked-up expression can take.
 *
 * @example
 * isNonNegative(ratio(fact('stStaff'), fact('employees')), enterprisePolicy); // true
 * isNonNegative(sub(fact('a'), fact('b')), enterprisePolicy); // false
 */
export function isNonNegative(expr: Expr, policy: Policy, context: { seen?: ReadonlySet<string>; item?: readonly ProbeStep[] } = {}): boolean {
  const nn = (e: Expr) => isNonNegative(e, policy, context);
  switch (expr.kind) {
    case 'num':
      return new Decimal(expr.value).gte(0);
    case 'fact':
      return modelRefusesNegative(policy.input, probePath(expr.path));
    case 'item':
      return context.item !== undefined && modelRefusesNegative(policy.input, [...context.item, ...expr.path]);
    case 'param': {
      const p = policy.parameters?.[expr.name];
      return p !== undefined && p.versions.every((v) => typeof v.value === 'string' && DECIMAL.test(v.value) && new Decimal(v.value).gte(0));
    }
    case 'ref': {
      const def = policy.definitions?.[expr.name];
      const seen = context.seen ?? new Set<string>();
      return def !== undefined && !seen.has(expr.name) && isNonNegative(def.expr, policy, { ...context, seen: new Set([...seen, expr.name]) });
    }
    case 'arith':
      return expr.op !== '-' && expr.args.every(nn);
    case 'div':
      return nn(expr.num) && nn(expr.den) && nn(expr.ifZero);
    case 'round':
      return nn(expr.arg);
    case 'minmax':
      return expr.op === 'min' ? expr.args.every(nn) : expr.args.some(nn);
    case 'if':
      return nn(expr.then) && nn(expr.else);
    case 'coalesce':
      return expr.args.every(nn);
    case 'sumOver':
      return isNonNegative(expr.value, policy, { ...context, item: [...probePath(expr.over), {}] });
    default:
      return false;
  }
}
