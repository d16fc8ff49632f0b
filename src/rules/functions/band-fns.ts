import { InputError } from '../../engine/errors';
import { defineFunction, type PolicyFunction } from '../../engine/functions';
import { BandTableSchema, formatYield, lookupBand } from '../band-table';
import { fastBandLookup } from '../fast-band-lookup';
import { decimalArg } from './value-args';

/**
 * `band.lookup`: the amount, threshold or interval ("9..10") of the band the value falls
 * in. The table is policy data with explicit inclusive/exclusive bounds; a value in a gap
 * of the table is an error row, never a silent 0 (lint reports gaps beforehand).
 *
 * @example
 * // { kind: 'call', fn: 'band.lookup', args: { x: <expr> }, config: { kind: 'bands', bands: [{ hi: { value: '50000000', inclusive: true }, yields: '0.05' }, ...] } }
 */
export const bandLookupFn: PolicyFunction = defineFunction({
  name: 'band.lookup',
  label: { zh: '分档取值', en: 'Band lookup' },
  args: { x: 'required' },
  config: BandTableSchema,
  make: (table) => (args, env) => {
    const x = decimalArg(args, 'x');
    const m = lookupBand(table, x);
    if (!m) throw new InputError('OUT_OF_TABLE', `value ${x.toString()} falls in no band of the table`, [{ path: '(value)', message: `${x.toString()} is in a gap of the table` }]);
    env.note('band', { x: x.toString(), band: m.index, yields: formatYield(m.band.yields) });
    return m.value;
  },
  fast: fastBandLookup,
});
