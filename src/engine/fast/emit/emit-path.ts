import type { Expr, PathSegment } from '../../expr';
import { asNum } from './emit-convert';
import { emitExpr } from './emit-expr';
import { fresh, inFunction, literal, type EmitState } from './emit-state';

/**
 * Emits the reading of a fact path on the compact layout, as `compileFastPath` reads it
 * with `scaledLayout`, written out per path so every field read is its own site in the
 * generated code. A read returns the value, or `undefined` when a step is missing; it
 * declines when it steps through an unrepresentable value or a key is not a known number.
 * Records of the layout inherit nothing (`LAYOUT_PROTO`), so a field is read directly;
 * lists fall back to the own-field check.
 *
 * @module
 */

/**
 * The root a path starts from: the record, or the current item of a `some`/`every`.
 *
 * @example
 * const r: PathRoot = 'facts';
 */
export type PathRoot = 'facts' | 'item';

const ROOTS: Record<PathRoot, string> = { facts: 'F', item: 'ITEMS[ITEMS.length - 1]' };

/**
 * The root of a `fact` or `item` expression.
 *
 * @example
 * pathRoot({ kind: 'item', path: ['date'] }); // 'item'
 */
export function pathRoot(e: Extract<Expr, { kind: 'fact' | 'item' }>): PathRoot {
  return e.kind === 'fact' ? 'facts' : 'item';
}

/** The statements of the steps `segs` from `cur`, returning `undefined` when one is missing. */
function steps(segs: readonly PathSegment[], s: EmitState): string[] {
  const out: string[] = [];
  for (const seg of segs) {
    out.push('if (cur === rt.UNREPRESENTABLE) return rt.decline();');
    if (typeof seg === 'string') {
      out.push(`cur = ${inlineStep('cur', seg)};`);
    } else {
      const by = literal(seg.key);
      out.push(
        '{',
        `  const want = ${inFunction(s, () => asNum(emitExpr(seg.equals, s)))};`,
        '  const list: any = cur;',
        '  cur = undefined;',
        '  if (Array.isArray(list)) {',
        '    for (let i = 0; i < list.length; i++) {',
        '      const it: any = list[i];',
        '      if (it === rt.UNREPRESENTABLE) return rt.decline();',
        `      const f = typeof it === 'object' && it !== null ? (Array.isArray(it) ? rt.ownField(it, ${by}) : it[${by}]) : undefined;`,
        "      if (f === undefined || f === null || typeof f === 'boolean') continue;",
        "      if (typeof f !== 'number') return rt.decline();",
        '      if (f === want) {',
        '        cur = it;',
        '        break;',
        '      }',
        '    }',
        '  }',
        '}',
      );
    }
    out.push('if (cur === undefined || cur === null) return undefined;');
  }
  return out;
}

function fn(name: string, body: readonly string[]): string {
  return [`function ${name}(): any {`, '  let t: any;', '  let cur: any;', ...body.map((l) => `  ${l}`), '}'].join('\n');
}

/** One step by `key` from a value read inline: the path functions' step, with the one-level object read in line. */
function inlineStep(from: string, key: string): string {
  const k = literal(key);
  return `((t = ${from}) === undefined || t === null ? undefined : t === UNREP ? rt.decline() : typeof t === 'object' && !Array.isArray(t) ? t[${k}] : rt.stepSlow(t, ${k}))`;
}

/**
 * The raw value of a fact path as a JS expression (possibly `undefined`, `null` or
 * unrepresentable; the caller checks it): read in line from the record `F` (a plain
 * layout record, checked once per record), through the slot of its keyed prefix (the row
 * found once per record) when it has one; a path from the current item, or keyed by it,
 * through the path's function (see {@link emitPath}).
 *
 * @example
 * emitRead(['ip', 'ownsCoreIp'], 'facts', s); // 'F["ip"]' stepped by "ownsCoreIp"
 */
export function emitRead(path: readonly PathSegment[], root: PathRoot, s: EmitState): string {
  const lastKeyed = path.reduce<number>((j, seg, i) => (typeof seg === 'string' ? j : i), -1);
  if (root !== 'facts' || path.length === 0 || JSON.stringify(path).includes('"kind":"item"')) return `${emitPath(path, root, s)}()`;
  const rest = path.slice(lastKeyed + 1) as string[];
  if (lastKeyed < 0) return rest.slice(1).reduce(inlineStep, `F[${literal(rest[0])}]`);
  return rest.reduce(inlineStep, slotRead(slotOf(path.slice(0, lastKeyed + 1), s)));
}

/** The item of a slot, found (with the other rows of its group) on first use in a record. */
function slotRead(found: { slot: string; fill: string }): string {
  return `(${found.slot}At === EPOCH ? ${found.slot} : (${found.fill}, ${found.slot}))`;
}

/**
 * The slot of a keyed prefix: its registers, and an expression that fills them for the
 * record. Prefixes that select from the same list by the same key (`financials[year = Y-3]`,
 * `[year = Y-2]`, `[year = Y-1]`) form one group, found in one pass over the list (see
 * `emitRowGroups`); any other prefix has a function of its own.
 */
function slotOf(prefix: readonly PathSegment[], s: EmitState): { slot: string; fill: string } {
  const key = JSON.stringify(prefix);
  const known = s.slots.get(key);
  if (known) return known;
  const slot = fresh(s, 's');
  s.registers.push(`let ${slot}At = 0;`, `let ${slot}: any;`);
  const keyed = prefix[prefix.length - 1] as Exclude<PathSegment, string>;
  const list = prefix.slice(0, -1);
  let found: { slot: string; fill: string };
  if (list.every((seg) => typeof seg === 'string')) {
    const groupKey = `${JSON.stringify(list)}|${keyed.key}`;
    let group = s.rowGroups.get(groupKey);
    if (!group) {
      group = { fill: fresh(s, 'g'), list: list as string[], key: keyed.key, members: [] };
      s.rowGroups.set(groupKey, group);
    }
    const want = inFunction(s, () => asNum(emitExpr(keyed.equals, s)));
    group.members.push({ slot, want });
    found = { slot, fill: `${group.fill}()` };
  } else {
    const head = fresh(s, 'head');
    inFunction(s, () => s.functions.push(fn(head, ['cur = F;', ...steps(prefix, s), 'return cur;'])));
    found = { slot, fill: `(${slot} = ${head}(), ${slot}At = EPOCH)` };
  }
  s.slots.set(key, found);
  return found;
}

/**
 * Emits the function of each group of keyed rows: every member's key first (each a known
 * number, or the record declines), then one pass over the list that finds each member's
 * first matching item, as the path functions' keyed step finds it (an unrepresentable item
 * or a key field that is not a number declines the record, here for the whole pass), and
 * the members' slots set for the record.
 *
 * @example
 * emitRowGroups(s); // function g7(): void { ... } for financials by year
 */
export function emitRowGroups(s: EmitState): void {
  for (const g of s.rowGroups.values()) {
    const by = literal(g.key);
    const list = g.list.length ? g.list.slice(1).reduce(inlineStep, `F[${literal(g.list[0])}]`) : 'F';
    const m = g.members;
    s.functions.push([
      `function ${g.fill}(): void {`,
      '  let t: any;',
      ...m.map((x, i) => `  const w${i} = ${x.want};`),
      ...m.map((x, i) => `  let r${i}: any = undefined;`),
      `  const list = ${list};`,
      '  if (list === rt.UNREPRESENTABLE) return rt.decline();',
      '  if (Array.isArray(list)) {',
      `    let left = ${m.length};`,
      '    for (let i = 0; i < list.length && left > 0; i++) {',
      '      const it: any = list[i];',
      '      if (it === rt.UNREPRESENTABLE) return rt.decline();',
      `      const f = typeof it === 'object' && it !== null ? (Array.isArray(it) ? rt.ownField(it, ${by}) : it[${by}]) : undefined;`,
      "      if (f === undefined || f === null || typeof f === 'boolean') continue;",
      "      if (typeof f !== 'number') return rt.decline();",
      ...m.map((_, i) => `      if (r${i} === undefined && f === w${i}) {
        r${i} = it;
        left--;
      }`),
      '    }',
      '  }',
      ...m.map((x, i) => `  ${x.slot} = r${i};
  ${x.slot}At = EPOCH;`),
      '}',
    ].join('\n'));
  }
}

/**
 * Emits a function reading `path` from `root` (the value, or `undefined` when missing) and
 * returns its name: for the paths {@link emitRead} does not read in line (from the current
 * item of a `some`/`every`, or keyed by it), step by step as `compileFastPath` reads them.
 *
 * @example
 * emitPath(['date'], 'item', s); // 'f0' (function f0(): any { ... })
 */
export function emitPath(path: readonly PathSegment[], root: PathRoot, s: EmitState): string {
  const sharedKey = `path|${root}|${JSON.stringify(path)}`;
  const done = s.shared.get(sharedKey);
  if (done) return done;
  const name = fresh(s, 'f');
  s.shared.set(sharedKey, name);
  s.functions.push(fn(name, [`cur = ${ROOTS[root]};`, ...steps(path, s), 'return cur === rt.UNREPRESENTABLE ? rt.decline() : cur;']));
  return name;
}
