// Type-checked (not run) as a bundler would resolve it (moduleResolution "bundler").
import { formatMoney, roundTo, Decimal, type RoundingMode } from 'zone-policy';

const mode: RoundingMode = 'half-even';
const fen: string = formatMoney(roundTo(new Decimal('2.345'), 2, mode));
// @ts-expect-error: not a rounding mode
const bad: RoundingMode = 'nearest';
export { fen, bad };
