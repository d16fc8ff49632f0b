/**
 * One step into a raw record: an object key, or an array position.
 *
 * @example
 * const s: LocatorStep = { index: 2 };
 */
export type LocatorStep = { key: string } | { index: number };

/**
 * Where a fact sits in a raw record: the steps to reach it and its canonical path, with
 * array items named by key where the policy selects them by a field
 * (`financials[2019].rdExpense`), by position otherwise (`incidents[0].date`).
 *
 * @example
 * const l: FactLocator = { path: 'financials[2019].rdExpense', steps: [{ key: 'financials' }, { index: 0 }, { key: 'rdExpense' }] };
 */
export interface FactLocator {
  path: string;
  steps: LocatorStep[];
}

const PART = /^([^[\]]+)((?:\[[^\]]*\])*)$/;

function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

function itemIndex(arr: readonly unknown[], text: string, keyField: string | undefined): number {
  if (keyField !== undefined) {
    const i = arr.findIndex((it) => {
      const k = own(it, keyField);
      return k !== undefined && k !== null && String(k) === text;
    });
    if (i >= 0) return i;
  }
  if (/^\d+$/.test(text) && Number(text) < arr.length) return Number(text);
  return -1;
}

/**
 * Finds a fact path as the engine writes it (trace and `missing`: `stStaff`, `ip.classI`,
 * `financials[2019].rdExpense` by key, `financials[0].rdExpense` by position inside
 * `sumOver`) in a raw record. `keyFields` names the key field of keyed arrays (see
 * `arrayKeyFields`). Undefined when the record has no value there.
 *
 * @example
 * locateFact({ financials: [{ year: 2019, rdExpense: '1' }] }, 'financials[0].rdExpense', new Map([['financials', 'year']]))?.path;
 * // 'financials[2019].rdExpense'
 */
export function locateFact(record: unknown, text: string, keyFields: ReadonlyMap<string, string>): FactLocator | undefined {
  const steps: LocatorStep[] = [];
  const shown: string[] = [];
  const template: string[] = [];
  let cur = record;
  for (const part of text.split('.')) {
    const m = PART.exec(part);
    if (!m) return undefined;
    const name = m[1] as string;
    cur = own(cur, name);
    steps.push({ key: name });
    template.push(name);
    let piece = name;
    for (const b of (m[2] ?? '').match(/\[[^\]]*\]/g) ?? []) {
      if (!Array.isArray(cur)) return undefined;
      const keyField = keyFields.get(template.join('.'));
      const i = itemIndex(cur, b.slice(1, -1), keyField);
      if (i < 0) return undefined;
      const k = keyField === undefined ? undefined : own(cur[i], keyField);
      piece += `[${k === undefined || k === null ? i : String(k)}]`;
      cur = cur[i];
      steps.push({ index: i });
    }
    shown.push(piece);
  }
  if (cur === undefined || cur === null) return undefined;
  return { path: shown.join('.'), steps };
}

/**
 * The raw value at a locator (undefined when absent).
 *
 * @example
 * readAt({ ip: { classI: 2 } }, [{ key: 'ip' }, { key: 'classI' }]); // 2
 */
export function readAt(record: unknown, steps: readonly LocatorStep[]): unknown {
  let cur = record;
  for (const s of steps) {
    if ('key' in s) cur = own(cur, s.key);
    else cur = Array.isArray(cur) ? cur[s.index] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/**
 * A copy of the record with one value replaced: only the objects and arrays on the path
 * are copied, the rest is shared; the input is never modified.
 *
 * @example
 * const r = { ip: { classI: 2 }, employees: 10 };
 * writeAt(r, [{ key: 'ip' }, { key: 'classI' }], 3); // { ip: { classI: 3 }, employees: 10 }
 * r.ip.classI; // 2
 */
export function writeAt(record: unknown, steps: readonly LocatorStep[], value: unknown): unknown {
  const [first, ...rest] = steps;
  if (first === undefined) return value;
  if ('key' in first) {
    const obj = record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : {};
    return { ...obj, [first.key]: writeAt(own(obj, first.key), rest, value) };
  }
  const arr = Array.isArray(record) ? [...(record as unknown[])] : [];
  arr[first.index] = writeAt(arr[first.index], rest, value);
  return arr;
}
