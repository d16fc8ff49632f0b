import { pathToFileURL } from 'node:url';
import { PolicySchema, type Policy } from '../../index';
import { tsxApi } from '../on-demand-packages';
import { oneLine, UsageError } from '../usage-error';
import { checkedPolicy } from './checked-policy';

const TS = /\.[mc]?ts$/i;

function isPolicyData(v: unknown): boolean {
  return v !== null && typeof v === 'object' && PolicySchema.safeParse(v).success;
}

/**
 * Picks the policy a module exports: its default export when that is policy data, else
 * the first export (in the module namespace's order, which is alphabetical) that is.
 *
 * @example
 * pickPolicyExport({ default: undefined, helper: 1, myPolicy: policyData }); // policyData
 */
export function pickPolicyExport(ns: Record<string, unknown>): unknown {
  if (isPolicyData(ns['default'])) return ns['default'];
  const def = ns['default'];
  // A CommonJS module imported from ESM has its exports under `default`.
  if (def !== null && typeof def === 'object') {
    for (const v of Object.values(def)) if (isPolicyData(v)) return v;
  }
  for (const [k, v] of Object.entries(ns)) if (k !== 'default' && isPolicyData(v)) return v;
  return undefined;
}

/**
 * Imports a JS or TS module (TS through tsx's `tsImport`) and returns the policy it
 * exports, re-validated as data.
 *
 * @example
 * (await loadPolicyModule('/repo/examples/policies/my-policy.ts', 'my-policy.ts')).id; // 'example.rd-subsidy'
 */
export async function loadPolicyModule(path: string, shown: string): Promise<Policy> {
  const url = pathToFileURL(path).href;
  let ns: Record<string, unknown>;
  try {
    ns = (TS.test(path) ? await (await tsxApi()).tsImport(url, { parentURL: url }) : await import(url)) as Record<string, unknown>;
  } catch (e) {
    throw new UsageError(`cannot load ${shown}: ${oneLine(e)}`);
  }
  const found = pickPolicyExport(ns);
  if (found === undefined) throw new UsageError(`${shown} exports no policy (export the policy data as default or as a named export)`);
  return checkedPolicy(JSON.parse(JSON.stringify(found)), shown);
}
