import { z } from 'zod';
import { BandTableSchema, IntervalYieldSchema } from './band-table';
import { DecimalStringSchema } from './decimal-input';

const IdSchema = z.string().min(1);

/**
 * A scored item read from a band table: the input's value is looked up and the band's
 * yield is the item's score ("S&T staff share >= 0.30 -> 20").
 *
 * @example
 * const staff: BandItem = { id: 'staff', kind: 'band', input: 'stStaffShare', table: { kind: 'bands', bands: [{ yields: '0' }] } };
 * BandItemSchema.safeParse(staff).success; // true
 * BandItemSchema.safeParse({ id: 'staff', kind: 'band', input: 'stStaffShare' }).success; // false (the table is required)
 */
export const BandItemSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('band'),
  input: IdSchema,
  table: BandTableSchema,
  label: z.string().optional(),
});

/**
 * A scored item given directly as an input (an expert's sub-score), within the range the
 * rules allow; out of range is an error, and an unknown input spans the whole range.
 *
 * @example
 * const ip: InputItem = { id: 'ip', kind: 'input', input: 'innovation.ip', range: { lo: '0', hi: '30' } };
 * InputItemSchema.safeParse(ip).success; // true
 * InputItemSchema.safeParse({ id: 'ip', kind: 'input', input: 'innovation.ip' }).success; // false (the range is required)
 */
export const InputItemSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('input'),
  input: IdSchema,
  range: IntervalYieldSchema,
  label: z.string().optional(),
});

/**
 * A scored item worth the higher of earlier items ("R&D input: the higher of (a) and (b)").
 *
 * @example
 * const rd: HigherOfItem = { id: 'rd', kind: 'higherOf', of: ['rdSales', 'rdCosts'] };
 * HigherOfItemSchema.safeParse(rd).success; // true
 * HigherOfItemSchema.safeParse({ ...rd, of: ['rdSales'] }).success; // false (the higher of at least two items)
 */
export const HigherOfItemSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('higherOf'),
  of: z.array(IdSchema).min(2),
  label: z.string().optional(),
});

/**
 * Any scored item (see {@link BandItemSchema}, {@link InputItemSchema}, {@link HigherOfItemSchema}).
 *
 * @example
 * ScoreItemSchema.parse({ id: 'rd', kind: 'higherOf', of: ['a', 'b'] }).kind; // 'higherOf'
 */
export const ScoreItemSchema = z.discriminatedUnion('kind', [BandItemSchema, InputItemSchema, HigherOfItemSchema]);

/**
 * A veto: the item must satisfy `item mustBe value`, else the card fails whatever its
 * total ("the S&T staff item must be > 0").
 *
 * @example
 * const v: Veto = { item: 'staff', mustBe: '>', value: '0' };
 * VetoSchema.safeParse(v).success; // true
 * VetoSchema.safeParse({ ...v, mustBe: '=>' }).success; // false (mustBe is one of > >= < <= = !=)
 */
export const VetoSchema = z.strictObject({
  item: IdSchema,
  mustBe: z.enum(['>', '>=', '<', '<=', '=', '!=']),
  value: DecimalStringSchema,
});

/**
 * A score card as plain JSON data: items in order (a `higherOf` refers to earlier items),
 * the items summed into the total, the pass mark (`total >= value`, or `total > value`
 * when `strict`), and vetoes. Ids are unique and every reference resolves.
 *
 * @example
 * ScoreCardSchema.parse({ kind: 'scoreCard',
 *   items: [{ id: 'x', kind: 'input', input: 'x', range: { lo: '0', hi: '100' } }],
 *   total: { of: ['x'], passMark: { value: '60', strict: false } } }).kind; // 'scoreCard'
 */
export const ScoreCardSchema = z
  .strictObject({
    kind: z.literal('scoreCard'),
    items: z.array(ScoreItemSchema).min(1),
    total: z.strictObject({
      of: z.array(IdSchema).min(1),
      passMark: z.strictObject({ value: DecimalStringSchema, strict: z.boolean() }),
    }),
    vetoes: z.array(VetoSchema).optional(),
  })
  .superRefine((card, ctx) => {
    const seen = new Set<string>();
    card.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id "${item.id}"` });
      if (item.kind === 'higherOf') {
        item.of.forEach((ref, k) => {
          if (!seen.has(ref)) ctx.addIssue({ code: 'custom', path: ['items', i, 'of', k], message: `"${ref}" is not an earlier item` });
        });
      }
      seen.add(item.id);
    });
    card.total.of.forEach((ref, k) => {
      if (!seen.has(ref)) ctx.addIssue({ code: 'custom', path: ['total', 'of', k], message: `unknown item "${ref}"` });
      if (card.total.of.indexOf(ref) !== k) ctx.addIssue({ code: 'custom', path: ['total', 'of', k], message: `"${ref}" counted twice` });
    });
    card.vetoes?.forEach((veto, k) => {
      if (!seen.has(veto.item)) ctx.addIssue({ code: 'custom', path: ['vetoes', k, 'item'], message: `unknown item "${veto.item}"` });
    });
  });

/** A band item. @example const k: BandItem['kind'] = 'band'; */
export type BandItem = z.infer<typeof BandItemSchema>;
/** A direct-input item. @example const k: InputItem['kind'] = 'input'; */
export type InputItem = z.infer<typeof InputItemSchema>;
/** A higher-of item. @example const k: HigherOfItem['kind'] = 'higherOf'; */
export type HigherOfItem = z.infer<typeof HigherOfItemSchema>;
/** Any score item. @example const k: ScoreItem['kind'] = 'band'; */
export type ScoreItem = z.infer<typeof ScoreItemSchema>;
/** A veto. @example const v: Veto = { item: 'staff', mustBe: '>', value: '0' }; */
export type Veto = z.infer<typeof VetoSchema>;
/** A score card (see {@link ScoreCardSchema}). @example const k: ScoreCard['kind'] = 'scoreCard'; */
export type ScoreCard = z.infer<typeof ScoreCardSchema>;
