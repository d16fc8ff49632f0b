import type { Expr } from '../../expr';
import { asNum, asType, checked, type Code } from './emit-convert';
import { emitExpr } from './emit-expr';
import { inFunction, literal, type EmitState } from './emit-state';

/**
 * The statements computing a division the way `divide` builds its `Ratio` into the
 * numerator `n` and positive denominator `d` (assigned, not declared): `(a x 10^k) / b`, or
 * `(a.n x 10^k) / (a.d x b)` for a ratio numerator, and `ifZero` when `b` is zero.
 */
function divisionInto(expr: Extract<Expr, { kind: 'div' }>, n: string, d: string, s: EmitState): string[] {
  const num = emitExpr(expr.num, s);
  const a = num.type === 'ratio' ? [`const a = ${num.code};`, `const ad = ${num.den as string};`] : [`const a = ${asNum(num)};`, 'const ad = 1;'];
  const zero = emitExpr(expr.ifZero, s);
  const z = zero.type === 'ratio' ? [`${n} = ${zero.code};`, `${d} = ${zero.den as string};`] : [`${n} = ${asNum(zero)};`, `${d} = 1;`];
  return [
    '{',
    ...a.map((l) => `  ${l}`),
    `  const b = ${asNum(emitExpr(expr.den, s))};`,
    '  if (b === 0) {',
    ...z.map((l) => `    ${l}`),
    '  } else {',
    `    const p = ${checked(`a * ${s.S}`)};`,
    `    const q = ${checked('ad * b')};`,
    `    ${n} = q < 0 ? -p : p;`,
    `    ${d} = q < 0 ? -q : q;`,
    '  }',
    '}',
  ];
}

/**
 * Emits a definition of the decision kernel as an inner function computing its value once
 * per record (memoised in registers marked with the record's `EPOCH`; a definition that
 * refers to itself declines, as the closures' cycle mark does); a division (`ratio`) keeps
 * its numerator and positive denominator in two registers.
 *
 * @example
 * emitDefinition('rdRatio', { kind: 'div', num: ..., den: ..., ifZero: ... }, s); // adds d9(), d9d
 */
export function emitDefinition(name: string, expr: Expr, s: EmitState): void {
  const fn = s.definitions.get(name) as string;
  const type = s.types.get(name) ?? 'dyn';
  const head = [`if (${fn}At === EPOCH) return ${fn}v;`, `if (${fn}At === -EPOCH) return rt.decline();`, `${fn}At = -EPOCH;`, 'let t: any;'];
  const body = inFunction(s, () => {
    if (type === 'ratio' && expr.kind === 'div') {
      s.registers.push(`let ${fn}At = 0;`, `let ${fn}v = 0;`, `let ${fn}d = 1;`);
      return divisionInto(expr, `${fn}v`, `${fn}d`, s);
    }
    s.registers.push(`let ${fn}At = 0;`, `let ${fn}v: any;`);
    return [`${fn}v = ${asType(emitExpr(expr, s), type)};`];
  });
  s.functions.push([`function ${fn}(): any {`, `  // ${literal(name)}`, ...[...head, ...body, `${fn}At = EPOCH;`, `return ${fn}v;`].map((l) => `  ${l}`), '}'].join('\n'));
}

/**
 * Emits a strict definition (see `strictDefinitions`) as locals of the record function: the
 * statements computing it, after which code of the record function reads the locals.
 *
 * @example
 * emitStrictDefinition('rdRatio', expr, s); // ['let d9n = 0, d9d = 1;', '{', ...]
 */
export function emitStrictDefinition(name: string, expr: Expr, s: EmitState): string[] {
  const fn = s.definitions.get(name) as string;
  const type = s.types.get(name) ?? 'dyn';
  let out: string[];
  let local: Code;
  if (type === 'ratio' && expr.kind === 'div') {
    out = [`let ${fn}n = 0, ${fn}q = 1;`, ...divisionInto(expr, `${fn}n`, `${fn}q`, s)];
    local = { code: `${fn}n`, type, den: `${fn}q` };
  } else {
    out = [`const ${fn}x = ${asType(emitExpr(expr, s), type)};`];
    local = { code: `${fn}x`, type };
  }
  s.locals.set(name, local);
  return out;
}
