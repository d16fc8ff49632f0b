import type { Expr, PathSegment } from '../../index';

function seg(s: PathSegment): string {
  return typeof s === 'string' ? `.${s}` : `[${s.key}=${formatExpr(s.equals)}]`;
}

function path(p: readonly PathSegment[]): string {
  return p.map(seg).join('').replace(/^\./, '');
}

const list = (xs: readonly Expr[], sep: string) => xs.map(formatExpr).join(sep);

/**
 * An expression of policy data as compact readable text: facts by path, parameters as
 * `param:name`, definitions as `name`, operators infix.
 *
 * @example
 * formatExpr({ kind: 'cmp', op: '<=', left: { kind: 'fact', path: ['loanAmount'] }, right: { kind: 'param', name: 'limit' } });
 * // 'loanAmount <= param:limit'
 */
export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case 'num': return e.value;
    case 'bool': return String(e.value);
    case 'str': return JSON.stringify(e.value);
    case 'date': return e.value;
    case 'asOf': return 'asOf';
    case 'fact': return path(e.path);
    case 'item': return `item${e.path.map((p) => `.${p}`).join('')}`;
    case 'param': return `param:${e.name}`;
    case 'ref': return e.name;
    case 'arith': return `(${list(e.args, ` ${e.op} `)})`;
    case 'div': return `(${formatExpr(e.num)} / ${formatExpr(e.den)}, if 0: ${formatExpr(e.ifZero)})`;
    case 'round': return `round(${formatExpr(e.arg)}, ${e.scale}, ${e.mode})`;
    case 'minmax': return `${e.op}(${list(e.args, ', ')})`;
    case 'cmp': return `${formatExpr(e.left)} ${e.op} ${formatExpr(e.right)}`;
    case 'and':
    case 'or': return `(${list(e.args, ` ${e.kind} `)})`;
    case 'not': return `not ${formatExpr(e.arg)}`;
    case 'if': return `if ${formatExpr(e.cond)} then ${formatExpr(e.then)} else ${formatExpr(e.else)}`;
    case 'present': return `known(${formatExpr(e.arg)})`;
    case 'coalesce': return `first known(${list(e.args, ', ')})`;
    case 'in': return `${formatExpr(e.arg)} in [${e.values.join(', ')}]`;
    case 'dateAdd': return `${formatExpr(e.date)} + ${formatExpr(e.n)} ${e.unit}`;
    case 'yearOf': return `year(${formatExpr(e.arg)})`;
    case 'some':
    case 'every': return `${e.kind} ${path(e.over)}: ${formatExpr(e.where)}`;
    case 'sumOver': return `sum ${path(e.over)}: ${formatExpr(e.value)}${e.where ? ` where ${formatExpr(e.where)}` : ''}`;
    case 'interval': return `[${formatExpr(e.lo)}, ${formatExpr(e.hi)}]`;
    case 'get': return `${formatExpr(e.of)}.${e.path.join('.')}`;
    case 'call': return `${e.fn}(${Object.entries(e.args).map(([k, v]) => `${k}: ${formatExpr(v)}`).join(', ')})`;
  }
}
