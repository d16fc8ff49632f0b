import type { Expr, PathSegment } from '../../expr';
import { fresh, literal, type EmitState } from './emit-state';

/**
 * Emits the reading of a fact path on the compact layout, as `compileFastPath` reads it
 * with `scaledLayout`: the same steps, written out per path so every field read is its own
 * site in the generated code. Records of the layout inherit nothing (`LAYOUT_PROTO`), so a
 * field is read directly; lists fall back to the own-field check.
 *
 * @module
 */

/** The root a path starts from: the record, or the current item of a `some`/`every`. */
export type PathRoot = 'facts' | 'item';

const ROOTS: Record<PathRoot, string> = { facts: 'st.facts', item: 'st.items[st.items.length - 1]' };

/**
 * The statements of the steps `segs` from `cur`: `onMissing` when a step is missing,
 * `onUnknownKey` when a key is unknown; stepping through an unrepresentable value declines.
 */
function steps(segs: readonly PathSegment[], compile: (e: Expr) => string, onMissing: string, onUnknownKey: string): string[] {
  const out: string[] = [];
  for (const seg of segs) {
    out.push('if (cur === rt.UNREPRESENTABLE) return rt.decline();');
    if (typeof seg === 'string') {
      const key = literal(seg);
      out.push(`cur = typeof cur === 'object' && cur !== null ? (Array.isArray(cur) ? rt.ownField(cur, ${key}) : (cur as Record<string, unknown>)[${key}]) : undefined;`);
    } else {
      const by = literal(seg.key);
      out.push(
        `t = ${compile(seg.equals)} as rt.FastValue;`,
        `if (t === rt.UNKNOWN) return ${onUnknownKey};`,
        "if (typeof t !== 'number') return rt.decline();",
        '{',
        '  const list: unknown = cur;',
        '  cur = undefined;',
        '  if (Array.isArray(list)) {',
        '    for (let i = 0; i < list.length; i++) {',
        '      const it: unknown = list[i];',
        '      if (it === rt.UNREPRESENTABLE) return rt.decline();',
        `      const f = typeof it === 'object' && it !== null ? (Array.isArray(it) ? rt.ownField(it, ${by}) : (it as Record<string, unknown>)[${by}]) : undefined;`,
        "      if (f === undefined || f === null || typeof f === 'boolean') continue;",
        "      if (typeof f !== 'number') return rt.decline();",
        '      if (f === t) {',
        '        cur = it;',
        '        break;',
        '      }',
        '    }',
        '  }',
        '}',
      );
    }
    out.push(`if (cur === undefined || cur === null) return ${onMissing};`);
  }
  return out;
}

function fn(name: string, returns: string, body: readonly string[]): string {
  return [`function ${name}(st: St): ${returns} {`, '  let t: rt.FastValue;', '  let cur: unknown;', ...body.map((l) => `  ${l}`), '}'].join('\n');
}

/**
 * Emits a function reading `path` from `root` and returns its name. With `slot` (paths from
 * the record whose keys do not read the current item), the item a keyed prefix selects is
 * found once per record, in a per-record field shared by every path with that prefix.
 *
 * @example
 * emitPath(['stStaff'], 'facts', true, compile, s); // 'f0' (function f0(st: St): rt.FastValue { ... })
 */
export function emitPath(path: readonly PathSegment[], root: PathRoot, slot: boolean, compile: (e: Expr) => string, s: EmitState): string {
  const sharedKey = `path|${root}|${slot}|${JSON.stringify(path)}`;
  const done = s.shared.get(sharedKey);
  if (done) return done;
  const name = fresh(s, 'f');
  s.shared.set(sharedKey, name);
  const lastKeyed = path.reduce<number>((j, seg, i) => (typeof seg === 'string' ? j : i), -1);
  if (!slot || lastKeyed < 0) {
    s.functions.push(fn(name, 'rt.FastValue', [`cur = ${ROOTS[root]};`, ...steps(path, compile, 'rt.UNKNOWN', 'rt.UNKNOWN'), 'return rt.scaledFactValue(cur);']));
    return name;
  }
  const key = JSON.stringify(path.slice(0, lastKeyed + 1));
  let found = s.slots.get(key);
  if (!found) {
    found = { field: fresh(s, 's'), head: fresh(s, 'head') };
    s.slots.set(key, found);
    s.fields.push(`${found.field}: unknown = undefined;`);
    // the head returns the item, undefined when a step is missing, or UNKNOWN for an unknown key
    s.functions.push(fn(found.head, 'unknown', [`cur = ${ROOTS[root]};`, ...steps(path.slice(0, lastKeyed + 1), compile, 'undefined', 'rt.UNKNOWN'), 'return cur;']));
  }
  s.functions.push(fn(name, 'rt.FastValue', [
    `let item = st.${found.field};`,
    'if (item === undefined) {',
    `  item = ${found.head}(st) ?? null;`,
    `  st.${found.field} = item;`,
    '}',
    'if (item === null || item === rt.UNKNOWN) return rt.UNKNOWN;',
    'cur = item;',
    ...steps(path.slice(lastKeyed + 1), compile, 'rt.UNKNOWN', 'rt.UNKNOWN'),
    'return rt.scaledFactValue(cur);',
  ]));
  return name;
}
