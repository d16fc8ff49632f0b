import { z } from 'zod';
import { decimalSchema } from './decimal-schema';
import { fact } from './fact';

function score(max: string, description: string) {
  return decimalSchema({ what: 'score', min: '0', max, description });
}

/**
 * The HNTE innovation-ability total (0..100) as the experts gave it. Expert scores are
 * averaged, so it need not be an integer: a Decimal (70.5 passes "> 70", 70 fails).
 *
 * @example
 * InnovationScoreSchema.parse(70.5).toString(); // '70.5'
 * InnovationScoreSchema.safeParse(101).success; // false
 */
export const InnovationScoreSchema = /*@__PURE__*/ score('100', 'HNTE innovation-ability score, 0..100');

/**
 * The experts' HNTE innovation sub-scores (工作指引): IP `ip` 0..30, results conversion
 * `conversion` 0..30, R&D management `rdManagement` 0..20; growth (0..20) is computed from
 * `financials`. Each is a Decimal and an optional fact.
 *
 * @example
 * InnovationSchema.parse({ ip: 24, conversion: 22, rdManagement: 14 }).ip?.toString(); // '24'
 */
export const InnovationSchema = /*@__PURE__*/ z.strictObject({
  ip: fact(score('30', 'IP sub-score, 0..30')),
  conversion: fact(score('30', 'results-conversion sub-score, 0..30')),
  rdManagement: fact(score('20', 'R&D-management sub-score, 0..20')),
});

/**
 * Parsed innovation sub-scores.
 *
 * @example
 * const s: Innovation = { ip: new Decimal(24) };
 */
export type Innovation = z.output<typeof InnovationSchema>;
