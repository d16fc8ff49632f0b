/**
 * The cheapest possible construction of a traced result, for `bench/trace-floor.ts`: one
 * straight-line function per tree shape, written as a module of object and array literals.
 * Parts equal in every sample are built once and shared; the parts that vary are read from
 * a finished result. Building a tree this way costs only its allocation: no evaluation, no
 * formatting, no lookups. No trace can be produced faster than its tree can be allocated.
 *
 * @module
 */

/**
 * The shape of a JSON value: its keys and array lengths, recursively, without the values.
 *
 * @example
 * shapeOf({ a: [1, 'x'], b: null }); // '{a:[.,.],b:.}'
 */
export function shapeOf(v: unknown): string {
  if (typeof v !== 'object' || v === null) return '.';
  if (Array.isArray(v)) return `[${v.map(shapeOf).join(',')}]`;
  return `{${Object.keys(v).map((k) => `${k}:${shapeOf((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * The source of an ES module whose `build(s)` returns a new tree equal to `s`, for any `s`
 * of the samples' shape: a part whose JSON is the same in every sample is one shared
 * constant, every other part a fresh literal reading its leaves from `s`. A `__proto__` key
 * is written computed (`["__proto__"]: ...` defines an own key, as `JSON.parse` does).
 *
 * @example
 * builderSource([{ id: 'a', label: { en: 'x' } }, { id: 'b', label: { en: 'x' } }]);
 * // 'const K = [{"en":"x"}];\nexport function build(s) { return {"id": s["id"], "label": K[0]}; }\n'
 */
export function builderSource(samples: readonly unknown[]): string {
  if (samples.length === 0) throw new Error('builderSource needs at least one sample');
  const shape = shapeOf(samples[0]);
  if (samples.some((s) => shapeOf(s) !== shape)) throw new Error('builderSource: the samples differ in shape');
  const shared: string[] = [];
  const emit = (at: readonly unknown[], path: string): string => {
    const first = at[0];
    const json = JSON.stringify(first);
    if (at.every((v) => JSON.stringify(v) === json) && typeof first === 'object' && first !== null) {
      shared.push(json);
      return `K[${shared.length - 1}]`;
    }
    if (typeof first !== 'object' || first === null) return path;
    if (Array.isArray(first)) return `[${first.map((_, i) => emit(at.map((v) => (v as unknown[])[i]), `${path}[${i}]`)).join(', ')}]`;
    const fields = Object.keys(first).map((k) => {
      const key = JSON.stringify(k);
      return `${k === '__proto__' ? `[${key}]` : key}: ${emit(at.map((v) => (v as Record<string, unknown>)[k]), `${path}[${key}]`)}`;
    });
    return `{${fields.join(', ')}}`;
  };
  const body = emit(samples, 's');
  return `const K = [${shared.join(', ')}];\nexport function build(s) { return ${body}; }\n`;
}
