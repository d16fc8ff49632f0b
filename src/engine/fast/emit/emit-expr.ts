import type { Expr } from '../../expr';
import { worthHoisting } from '../../hoist';
import { literalToScaled } from '../scaled';
import { emitPath } from './emit-path';
import { fresh, literal, type EmitState } from './emit-state';

/**
 * Emits an expression of the decision fast path as a JS expression over `st` (the
 * per-record state) and the temporary `t`, computing the value `compileFastExpr` computes:
 * each node is the runtime helper of its closure (`aot-runtime.ts`) applied to its
 * operands, fact-free nodes are cached per date, and whatever the fast path does not cover
 * declines. Every use of `t` reads it right after assigning it, so one temporary serves
 * any nesting.
 *
 * @example
 * emitExpr({ kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['a'] }, right: { kind: 'num', value: '1' } }, s);
 * // 'rt.compareValues(f0(st), ">=", 100)'
 */
export function emitExpr(e: Expr, s: EmitState): string {
  if (!worthHoisting(e, s.definitionExpr)) return emitNode(e, s);
  // fact-free: once per evaluation date (a decline is not cached); the same node data shares one cache
  const sharedKey = `hoisted|${JSON.stringify(e)}`;
  const done = s.shared.get(sharedKey);
  if (done) return `${done}(st)`;
  const h = fresh(s, 'h');
  s.shared.set(sharedKey, h);
  const code = emitNode(e, s);
  s.prelude.push(`let ${h}At: string | undefined;`, `let ${h}Value: rt.FastValue = null;`);
  s.functions.push([
    `function ${h}(st: St): rt.FastValue {`,
    `  if (st.asOf === ${h}At) return ${h}Value;`,
    '  let t: rt.FastValue;',
    `  const v = ${code};`,
    `  ${h}Value = v;`,
    `  ${h}At = st.asOf;`,
    '  return v;',
    '}',
  ].join('\n'));
  return `${h}(st)`;
}

/** Folds operands pairwise with a step helper: `step(step(first, a1), a2)`. */
function fold(first: string, rest: readonly string[], step: (acc: string, v: string) => string): string {
  return rest.reduce(step, first);
}

function emitNode(e: Expr, s: EmitState): string {
  const c = (x: Expr): string => emitExpr(x, s);
  switch (e.kind) {
    case 'num': {
      const n = literalToScaled(e.value, s.k);
      return n === null ? 'rt.decline()' : `(${n})`;
    }
    case 'bool':
    case 'str':
    case 'date':
      return literal(e.value);
    case 'asOf':
      return 'st.asOf';
    case 'fact': {
      const keyReadsItem = JSON.stringify(e.path).includes('"kind":"item"');
      return `${emitPath(e.path, 'facts', !keyReadsItem, c, s)}(st)`;
    }
    case 'item':
      return `${emitPath(e.path, 'item', false, c, s)}(st)`;
    case 'param': {
      const p = fresh(s, 'p');
      s.prelude.push(`const ${p} = rt.fastParam(${literal(e.name)}, parameters, K);`);
      return `${p}(st)`;
    }
    case 'ref': {
      const field = s.definitions.get(e.name);
      return field ? `${field}(st)` : 'rt.decline()';
    }
    case 'arith': {
      const args = e.args.map(c);
      if (args.length === 0) return 'null';
      const op = literal(e.op);
      return fold(`rt.arithFirst(${args[0] as string})`, args.slice(1), (acc, v) => `rt.arithStep(${op}, ${acc}, ${v}, S)`);
    }
    case 'div':
      return `((t = rt.divide(${c(e.num)}, ${c(e.den)}, S) as rt.FastValue) === rt.ZERO_DENOMINATOR ? ${c(e.ifZero)} : t)`;
    case 'minmax':
      return `rt.minMax(${literal(e.op)}, [${e.args.map(c).join(', ')}])`;
    case 'cmp':
      return `rt.compareValues(${c(e.left)}, ${literal(e.op)}, ${c(e.right)})`;
    case 'and':
    case 'or': {
      const decisive = e.kind === 'or';
      return fold(String(!decisive), e.args.map(c), (acc, v) => `rt.kleeneStep(${decisive}, ${acc}, ${v})`);
    }
    case 'not':
      return `rt.notValue(${c(e.arg)})`;
    case 'if':
      return `((t = ${c(e.cond)} as rt.FastValue) === rt.UNKNOWN ? rt.UNKNOWN : rt.bool(t) ? ${c(e.then)} : ${c(e.else)})`;
    case 'present':
      return `(${c(e.arg)} !== rt.UNKNOWN)`;
    case 'coalesce':
      return `(${e.args.map((a) => `(t = ${c(a)} as rt.FastValue) !== rt.UNKNOWN ? t : `).join('')}rt.UNKNOWN)`;
    case 'in': {
      const set = fresh(s, 'set');
      s.prelude.push(`const ${set}: ReadonlySet<string> = new Set(${literal(e.values)});`);
      return `rt.inSet(${c(e.arg)}, ${set})`;
    }
    case 'dateAdd': {
      const add = fresh(s, 'dateAdd');
      s.prelude.push(`const ${add} = rt.dateAddOf(${literal(e.unit)}, S);`);
      return `${add}(${c(e.date)}, ${c(e.n)})`;
    }
    case 'yearOf':
      return `rt.yearOfValue(${c(e.arg)}, S)`;
    case 'some':
    case 'every':
      return `${emitSomeEvery(e, s)}(st)`;
    case 'call': {
      const call = fresh(s, 'call');
      const names = Object.keys(e.args);
      s.prelude.push(`const ${call} = rt.fastCallOf(functions, ${literal(e.fn)}, ${literal(e.config)}, K);`, `const ${call}Args: readonly string[] = ${literal(names)};`);
      return `rt.callWith(${call}, ${call}Args, [${names.map((n) => c(e.args[n] as Expr)).join(', ')}])`;
    }
    case 'round':
    case 'sumOver':
    case 'interval':
    case 'get':
      return 'rt.decline()';
  }
}

/** `some` (or) / `every` (and) over a list: `where` on every item, then Kleene logic in order. */
function emitSomeEvery(e: Extract<Expr, { kind: 'some' | 'every' }>, s: EmitState): string {
  const decisive = e.kind === 'some';
  const over = emitPath(e.over, 'facts', false, (x) => emitExpr(x, s), s);
  const name = fresh(s, 'w');
  s.functions.push([
    `function ${name}(st: St): rt.FastValue {`,
    '  let t: rt.FastValue;',
    `  const list = ${over}(st);`,
    '  if (list === rt.UNKNOWN) return rt.UNKNOWN;',
    '  if (!Array.isArray(list)) return rt.decline();',
    `  let acc: rt.FastValue = ${!decisive};`,
    '  for (const it of list as unknown[]) {',
    '    st.items.push(it);',
    `    const v = ${emitExpr(e.where, s)};`,
    '    st.items.pop();',
    `    acc = rt.kleeneStep(${decisive}, acc, v);`,
    '  }',
    '  return acc;',
    '}',
  ].join('\n'));
  return name;
}
