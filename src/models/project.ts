import { z } from 'zod';
import { BoolSchema } from './bool';
import { fact } from './fact';
import { RECORD_FIELDS } from './record-fields';

/**
 * A project entering the zone (DOMAIN §8, Zibo "four ones"). Its list memberships are
 * optional yes/no facts: `municipalMajor` (市重大项目), `municipalKeyTechRenovation`
 * (市重点技改项目), `zoneKey` (区重点项目), `onePlusNList` (2020 "1+N" list),
 * `keyInvestment` (重点招商项目).
 *
 * @example
 * ProjectSchema.parse({ id: 'P1', municipalMajor: true, zoneKey: 'false' }).zoneKey; // false
 */
export const ProjectSchema = /*@__PURE__*/ z.strictObject({
  ...RECORD_FIELDS,
  municipalMajor: fact(BoolSchema),
  municipalKeyTechRenovation: fact(BoolSchema),
  zoneKey: fact(BoolSchema),
  onePlusNList: fact(BoolSchema),
  keyInvestment: fact(BoolSchema),
});

/**
 * A parsed project.
 *
 * @example
 * const p: Project = { id: 'P1', municipalMajor: true };
 */
export type Project = z.output<typeof ProjectSchema>;
