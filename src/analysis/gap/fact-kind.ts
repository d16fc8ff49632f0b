import { z } from 'zod';
import { CountSchema } from '../../models/count';
import { Decimal } from '../../models/decimal';
import { factInner } from '../../models/fact';
import { MoneySchema, PositiveMoneySchema, SignedMoneySchema } from '../../models/money';
import { isModelName, MODELS } from '../../models/registry';
import type { LocatorStep } from './fact-locator';
import { peopleLabel } from './people';
import type { GapUnit } from './types';

/**
 * How a numeric fact may change: its unit, the step (one fen or one unit) and its lower
 * bound (`null`: none, e.g. net assets; `exclusive`: the bound itself is refused).
 *
 * @example
 * const k: NumericFact = { unit: 'yuan', step: new Decimal('0.01'), min: new Decimal(0), exclusive: false };
 */
export interface NumericFact {
  unit: GapUnit;
  step: Decimal;
  min: Decimal | null;
  exclusive: boolean;
}

const FEN = new Decimal('0.01');
const ONE = new Decimal(1);
const ZERO = new Decimal(0);

function schemaAt(schema: z.ZodType, steps: readonly LocatorStep[]): z.ZodType | undefined {
  let cur: z.ZodType = schema;
  let i = 0;
  for (let guard = 0; guard < 64; guard++) {
    if (i === steps.length) return cur;
    if (isLeaf(cur)) return undefined;
    const s = steps[i] as LocatorStep;
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodPipe) cur = factInner(cur) ?? (cur.in as z.ZodType);
    else if (cur instanceof z.ZodObject && 'key' in s) {
      const next: unknown = Object.prototype.hasOwnProperty.call(cur.shape, s.key) ? cur.shape[s.key] : undefined;
      if (!(next instanceof z.ZodType)) return undefined;
      cur = next;
      i++;
    } else if (cur instanceof z.ZodArray && 'index' in s) {
      cur = cur.element as z.ZodType;
      i++;
    } else return undefined;
  }
  return undefined;
}

type Family = 'money' | 'positiveMoney' | 'signedMoney' | 'count';

const FAMILIES: readonly [z.ZodType, Family][] = [
  [MoneySchema, 'money'],
  [PositiveMoneySchema, 'positiveMoney'],
  [SignedMoneySchema, 'signedMoney'],
  [CountSchema, 'count'],
];

/** The family of a schema: the base schema itself, or one derived from it by `.refine`/`.meta` (same parsing pipe input). */
function familyOf(s: z.ZodType): Family | undefined {
  for (const [base, family] of FAMILIES) {
    if (s === base || (s instanceof z.ZodPipe && base instanceof z.ZodPipe && s.in === base.in)) return family;
  }
  return undefined;
}

function isLeaf(s: z.ZodType): boolean {
  return familyOf(s) !== undefined;
}

function leafFamily(s: z.ZodType | undefined): Family | undefined {
  let cur = s;
  for (let guard = 0; cur && guard < 16; guard++) {
    const family = familyOf(cur);
    if (family) return family;
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodPipe) cur = factInner(cur) ?? (cur.in as z.ZodType);
    else return undefined;
  }
  return undefined;
}

function countKind(path: string): NumericFact {
  return { unit: peopleLabel(path) ? 'person' : 'count', step: ONE, min: ZERO, exclusive: false };
}

/**
 * Whether a fact is money or a count, read from the input model's schema at the fact's
 * position (money: `MoneySchema`, its positive and signed variants and schemas refined
 * from them, e.g. amounts at the fen; counts: `CountSchema`). Other numbers (years, rates, expert scores) and non-numbers are not
 * searched: undefined. A policy without an input model falls back on the raw value: a JSON
 * integer is a count, a decimal string is money.
 *
 * @example
 * numericFactKind('enterprise', [{ key: 'stStaff' }], 'stStaff', 15)?.unit; // 'person'
 * numericFactKind('enterprise', [{ key: 'financials' }, { index: 0 }, { key: 'rdExpense' }], 'financials[2019].rdExpense', '1800000')?.unit; // 'yuan'
 * numericFactKind('enterprise', [{ key: 'innovationScore' }], 'innovationScore', 78); // undefined
 */
export function numericFactKind(model: string | undefined, steps: readonly LocatorStep[], path: string, raw: unknown): NumericFact | undefined {
  if (model === undefined) return rawKind(path, raw);
  if (!isModelName(model)) return undefined;
  const family = leafFamily(schemaAt(MODELS[model], steps));
  if (family === 'count') return countKind(path);
  if (family === 'money') return { unit: 'yuan', step: FEN, min: ZERO, exclusive: false };
  if (family === 'positiveMoney') return { unit: 'yuan', step: FEN, min: ZERO, exclusive: true };
  if (family === 'signedMoney') return { unit: 'yuan', step: FEN, min: null, exclusive: false };
  return undefined;
}

function rawKind(path: string, raw: unknown): NumericFact | undefined {
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return countKind(path);
  if (typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw)) return { unit: 'yuan', step: FEN, min: ZERO, exclusive: false };
  return undefined;
}

/**
 * The exact decimal of a raw numeric value (a JSON number via its shortest text, as the
 * models read it), or undefined.
 *
 * @example
 * rawDecimal('1800000')?.toString(); // '1800000'
 * rawDecimal(0.1)?.toString(); // '0.1'
 */
export function rawDecimal(raw: unknown): Decimal | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return new Decimal(String(raw));
  if (typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw)) return new Decimal(raw);
  return undefined;
}
