/**
 * A position in policy data: object keys and array indices from the root.
 *
 * @example
 * const p: DataPath = ['eligibility', 'rules', 0, 'cite'];
 */
export type DataPath = readonly (string | number)[];

/**
 * A data path as text, in the notation of policy parse errors: `eligibility.rules[0].cite`
 * (the root is `(root)`).
 *
 * @example
 * pathText(['eligibility', 'rules', 0, 'cite']); // 'eligibility.rules[0].cite'
 */
export function pathText(path: DataPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/**
 * True for a plain (non-array) object.
 *
 * @example
 * isRecord({ a: 1 }); // true
 * isRecord([1]); // false
 */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/**
 * Visits every object of some JSON data, depth first in document order, with its path.
 *
 * @example
 * const kinds: string[] = [];
 * walkData({ a: { kind: 'num' }, b: [{ kind: 'bool' }] }, (node) => { if (typeof node['kind'] === 'string') kinds.push(node['kind']); });
 * kinds; // ['num', 'bool']
 */
export function walkData(value: unknown, visit: (node: Record<string, unknown>, path: DataPath) => void, path: DataPath = []): void {
  if (Array.isArray(value)) value.forEach((x, i) => walkData(x, visit, [...path, i]));
  else if (isRecord(value)) {
    visit(value, path);
    for (const [k, x] of Object.entries(value)) walkData(x, visit, [...path, k]);
  }
}

/**
 * Every `{ kind: 'call' }` expression in some policy data, with its path.
 *
 * @example
 * findCalls({ outputs: { x: { expr: { kind: 'call', fn: 'band.lookup', args: {} } } } }).map((c) => c.path);
 * // [['outputs', 'x', 'expr']]
 */
export function findCalls(data: unknown): { node: Record<string, unknown>; fn: string; path: DataPath }[] {
  const calls: { node: Record<string, unknown>; fn: string; path: DataPath }[] = [];
  walkData(data, (node, path) => {
    if (node['kind'] === 'call' && typeof node['fn'] === 'string') calls.push({ node, fn: node['fn'], path });
  });
  return calls;
}
