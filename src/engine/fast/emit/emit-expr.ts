import type { CompareOp } from '../../interval';
import type { Expr } from '../../expr';
import { worthHoisting } from '../../hoist';
import { literalToScaled } from '../scaled';
import { asBool, asDyn, asNum, checked, isLocal, known, MAX_SAFE, type Code } from './emit-convert';
import { emitRead, pathRoot } from './emit-path';
import { fresh, inFunction, literal, type EmitState } from './emit-state';
import { exprType } from './emit-types';

/**
 * Emits an expression of the decision kernel as typed JS over the registers of `create`'s
 * scope (`F` the record, `A` the date), computing what `compileFastExpr` computes wherever
 * every value is known, and declining where the fast path would meet a missing fact.
 * Numbers stay plain scaled integers, a definition's division two registers; a comparison
 * of known types is one JS comparison (ratios cross-multiplied). Fact-free nodes are cached
 * per date. Operands are evaluated in the closures' order and none is skipped, so a node
 * declines whenever the closure's would.
 *
 * @example
 * emitExpr({ kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['a'] }, right: { kind: 'num', value: '1' } }, s).code;
 * // 'rt.fastCompare(((t = F["a"]) === undefined || t === null || t === UNREP ? rt.decline() : t), ">=", (100))'
 */
export function emitExpr(e: Expr, s: EmitState): Code {
  const local = e.kind === 'ref' && s.world === 'record' ? s.locals.get(e.name) : undefined;
  if (local) return local;
  const type = exprType(e, (n) => s.types.get(n) ?? 'dyn');
  if (type === 'ratio' || !worthHoisting(e, s.definitionExpr)) return emitNode(e, s);
  // fact-free: once per evaluation date (a decline is not cached); the same node data shares one cache
  const sharedKey = `hoisted|${JSON.stringify(e)}`;
  const done = s.shared.get(sharedKey);
  if (done) return { code: `${done}()`, type };
  const h = fresh(s, 'h');
  s.shared.set(sharedKey, h);
  const node = inFunction(s, () => emitNode(e, s));
  s.registers.push(`let ${h}At: string | undefined;`, `let ${h}Value: any;`);
  s.functions.push([
    `function ${h}(): any {`,
    `  if (A === ${h}At) return ${h}Value;`,
    '  let t: any;',
    `  const v = ${node.code};`,
    `  ${h}Value = v;`,
    `  ${h}At = A;`,
    '  return v;',
    '}',
  ].join('\n'));
  return { code: `${h}()`, type: node.type };
}

const JS_OP: Record<CompareOp, string> = { '=': '===', '!=': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/**
 * A comparison with a fraction held in locals (its numerator and denominator are register
 * names), cross-multiplied in line: `n/d op x` as `n op x*d` (denominators are positive),
 * each product checked. No helper is called, so no large integer is boxed into a heap
 * number to pass it (the products of amounts at the fen exceed V8's small integers). The
 * fraction's side is two register names, which reading has no effect, so the other
 * operand, evaluated once, may come first; `undefined` when neither side is a fraction in
 * locals.
 */
function compareInLine(js: string, l: Code, r: Code): string | undefined {
  const lr = l.type === 'ratio' && isLocal(l);
  const rr = r.type === 'ratio' && isLocal(r);
  const ld = l.den as string;
  const rd = r.den as string;
  if (lr && rr) return `(${checked(`${l.code} * ${rd}`)} ${js} ${checked(`${r.code} * ${ld}`)})`;
  if (lr && r.type === 'num') return `(${l.code} ${js} ${checked(`${r.code} * ${ld}`)})`;
  if (rr && l.type === 'num') return `(${checked(`${l.code} * ${rd}`)} ${js} ${r.code})`;
  // a value of any type: a scaled integer in line, anything else through the helper
  if (lr && r.type === 'dyn') return `(typeof (t = ${r.code}) === 'number' ? ${l.code} ${js} ${checked(`t * ${ld}`)} : rt.orderRD(${l.code}, ${ld}, t) ${js} 0)`;
  if (rr && l.type === 'dyn') return `(typeof (t = ${l.code}) === 'number' ? ${checked(`t * ${rd}`)} ${js} ${r.code} : rt.orderDR(t, ${r.code}, ${rd}) ${js} 0)`;
  return undefined;
}

/** A comparison by the operands' static types (the closures' `compareValues` on known values). */
function emitCompare(op: CompareOp, l: Code, r: Code): string {
  const js = JS_OP[op];
  if (l.type === 'num' && r.type === 'num') return `(${l.code} ${js} ${r.code})`;
  if (l.type === 'str' && r.type === 'str') return `(${l.code} ${js} ${r.code})`;
  if (l.type === 'bool' && r.type === 'bool' && (op === '=' || op === '!=')) return `(${l.code} ${js} ${r.code})`;
  const inLine = compareInLine(js, l, r);
  if (inLine !== undefined) return inLine;
  if (l.type === 'ratio' && r.type === 'ratio') return `(rt.order(${l.code}, ${l.den as string}, ${r.code}, ${r.den as string}) ${js} 0)`;
  if (l.type === 'ratio' && r.type === 'num') return `(rt.order(${l.code}, ${l.den as string}, ${r.code}, 1) ${js} 0)`;
  if (l.type === 'num' && r.type === 'ratio') return `(rt.order(${l.code}, 1, ${r.code}, ${r.den as string}) ${js} 0)`;
  if (l.type === 'ratio' && r.type === 'dyn') return `(rt.orderRD(${l.code}, ${l.den as string}, ${r.code}) ${js} 0)`;
  if (l.type === 'dyn' && r.type === 'ratio') return `(rt.orderDR(${l.code}, ${r.code}, ${r.den as string}) ${js} 0)`;
  return `rt.fastCompare(${asDyn(l)}, ${literal(op)}, ${asDyn(r)})`;
}

function emitNode(e: Expr, s: EmitState): Code {
  const c = (x: Expr): Code => emitExpr(x, s);
  switch (e.kind) {
    case 'num': {
      const n = literalToScaled(e.value, s.k);
      return { code: n === null ? 'rt.decline()' : `(${n})`, type: 'num' };
    }
    case 'bool':
      return { code: literal(e.value), type: 'bool' };
    case 'str':
    case 'date':
      return { code: literal(e.value), type: 'str' };
    case 'asOf':
      return { code: 'A', type: 'str' };
    case 'fact':
    case 'item': {
      const raw = emitRead(e.path, pathRoot(e), s);
      return { code: known(raw), type: 'dyn', raw };
    }
    case 'param': {
      const p = fresh(s, 'p');
      s.prelude.push(`const ${p} = rt.fastParam(${literal(e.name)}, parameters, K);`);
      return { code: `${p}(CTX)`, type: 'dyn' };
    }
    case 'ref': {
      const fn = s.definitions.get(e.name);
      const type = s.types.get(e.name) ?? 'dyn';
      if (!fn) return { code: 'rt.decline()', type: 'dyn' };
      return type === 'ratio' ? { code: `${fn}()`, type, den: `${fn}d` } : { code: `${fn}()`, type };
    }
    case 'arith': {
      if (e.args.length === 0) return { code: 'rt.decline()', type: 'num' };
      const [first, ...rest] = e.args.map((a) => asNum(c(a)));
      // checked inline: a sum or product that leaves the safe integers (or the scale) declines
      const step = e.op === '*'
        ? (acc: string, v: string) => `((t = ${acc} * ${v}) <= ${MAX_SAFE} && t >= -${MAX_SAFE} && t % ${s.S} === 0 ? t / ${s.S} : rt.decline())`
        : (acc: string, v: string) => checked(`${acc} ${e.op} ${v}`);
      return { code: rest.reduce(step, first as string), type: 'num' };
    }
    case 'div':
      return { code: `((t = rt.divide(${asDyn(c(e.num))}, ${asDyn(c(e.den))}, S)) === rt.ZERO_DENOMINATOR ? ${asDyn(c(e.ifZero))} : t)`, type: 'dyn' };
    case 'minmax':
      return { code: `rt.minMax(${literal(e.op)}, [${e.args.map((a) => asDyn(c(a))).join(', ')}])`, type: 'dyn' };
    case 'cmp':
      return { code: emitCompare(e.op, c(e.left), c(e.right)), type: 'bool' };
    case 'and':
    case 'or': {
      // every operand evaluated and checked, in order (no short circuit), as the closures fold them
      if (e.args.length === 0) return { code: String(e.kind === 'and'), type: 'bool' };
      const bools = e.args.map((a) => asBool(c(a)));
      return { code: bools.length === 1 ? (bools[0] as string) : `((${bools.map((b) => `+${b}`).join(e.kind === 'and' ? ' & ' : ' | ')}) === 1)`, type: 'bool' };
    }
    case 'not':
      return { code: `!${asBool(c(e.arg))}`, type: 'bool' };
    case 'if': {
      const cond = asBool(c(e.cond));
      const a = c(e.then);
      const b = c(e.else);
      if (a.type === b.type && a.type !== 'ratio') return { code: `(${cond} ? ${a.code} : ${b.code})`, type: a.type };
      return { code: `(${cond} ? ${asDyn(a)} : ${asDyn(b)})`, type: 'dyn' };
    }
    case 'present':
      if (e.arg.kind === 'fact' || e.arg.kind === 'item') return { code: `((t = ${emitRead(e.arg.path, pathRoot(e.arg), s)}) === UNREP ? rt.decline() : t !== undefined && t !== null)`, type: 'bool' };
      // anything else is present when known, and the kernel declines on the unknown
      return { code: `(${asDyn(c(e.arg))}, true)`, type: 'bool' };
    case 'coalesce':
      return { code: emitCoalesce(e.args, s), type: 'dyn' };
    case 'in': {
      const set = fresh(s, 'set');
      s.prelude.push(`const ${set}: ReadonlySet<string> = new Set(${literal(e.values)});`);
      return { code: `(rt.inSet(${asDyn(c(e.arg))}, ${set}) as boolean)`, type: 'bool' };
    }
    case 'dateAdd': {
      // one adder (and its memo) per node data: a test and its reported value share it
      const key = `dateAdd|${JSON.stringify(e)}`;
      const add = s.shared.get(key) ?? fresh(s, 'dateAdd');
      if (!s.shared.has(key)) s.prelude.push(`const ${add} = rt.dateAddOf(${literal(e.unit)}, S);`);
      s.shared.set(key, add);
      return { code: `(${add}(${asDyn(c(e.date))}, ${asDyn(c(e.n))}) as string)`, type: 'str' };
    }
    case 'yearOf':
      return { code: `(rt.yearOfValue(${asDyn(c(e.arg))}, S) as number)`, type: 'num' };
    case 'some':
    case 'every':
      return { code: `${emitSomeEvery(e, s)}()`, type: 'bool' };
    case 'call': {
      const call = fresh(s, 'call');
      const names = Object.keys(e.args);
      s.prelude.push(
        `const ${call} = rt.fastCallOf(functions, ${literal(e.fn)}, ${literal(e.config)}, K);`,
        `const ${call}Args: readonly string[] = ${literal(names)};`,
        // generic elements from the start: a list that first receives a large number keeps doubles unboxed, and every read boxes one again
        `const ${call}Values: any[] = ${literal(names.map(() => null))};`,
      );
      const sets = names.map((n, i) => `${call}Values[${i}] = ${asDyn(c(e.args[n] as Expr))}, `).join('');
      return { code: `(${sets}rt.callWith(${call}, ${call}Args, ${call}Values))`, type: 'dyn' };
    }
    case 'round':
    case 'sumOver':
    case 'interval':
    case 'get':
      return { code: 'rt.decline()', type: 'dyn' };
  }
}

/** `coalesce`: the first present fact, or the first other operand (known, or the kernel declines). */
function emitCoalesce(args: readonly Expr[], s: EmitState): string {
  const [head, ...rest] = args;
  if (!head) return 'rt.decline()';
  if (head.kind !== 'fact' && head.kind !== 'item') return asDyn(emitExpr(head, s));
  return `((t = ${emitRead(head.path, pathRoot(head), s)}) === UNREP ? rt.decline() : t !== undefined && t !== null ? t : ${emitCoalesce(rest, s)})`;
}

/** `some` (or) / `every` (and) over a list: `where` on every item, each checked, in order. */
function emitSomeEvery(e: Extract<Expr, { kind: 'some' | 'every' }>, s: EmitState): string {
  const name = fresh(s, 'w');
  const [over, where] = inFunction(s, () => [emitRead(e.over, 'facts', s), asBool(emitExpr(e.where, s))]);
  s.functions.push([
    `function ${name}(): boolean {`,
    '  let t: any;',
    `  const list = ${known(over as string)};`,
    '  if (!Array.isArray(list)) return rt.decline();',
    `  let acc = ${e.kind === 'every'};`,
    '  for (let i = 0; i < list.length; i++) {',
    '    ITEMS.push(list[i]);',
    `    const v = ${where};`,
    '    ITEMS.pop();',
    `    if (v === ${e.kind === 'some'}) acc = v;`,
    '  }',
    '  return acc;',
    '}',
  ].join('\n'));
  return name;
}
