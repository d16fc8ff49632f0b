import { z } from 'zod';
import { BoolSchema } from './bool';
import { CountSchema } from './count';
import { EnterpriseSizeSchema } from './enterprise-size';
import { fact } from './fact';
import { FinancialsSchema } from './financial-year';
import { IncidentSchema } from './incident';
import { InnovationSchema, InnovationScoreSchema } from './innovation';
import { IpHoldingsSchema } from './ip-holdings';
import { MoneySchema } from './money';
import { PlainDateSchema } from './plain-date-schema';
import { RECORD_FIELDS } from './record-fields';

/**
 * An enterprise as the recognition and evaluation policies read it (DOMAIN §1). Every
 * field is an optional fact: absent or `null` means unknown (never zero), and a criterion
 * that needs it reports its path as missing. Unknown keys are errors, so a typo is never a
 * silently missing fact. Counts are whole numbers, money is in yuan (non-negative except
 * `financials[].netAssets`), dates are `YYYY-MM-DD`.
 *
 * - `stStaffCollege`, `rdStaff`: the 2008 HNTE facts (S&T staff with a college degree,
 *   R&D staff).
 * - `innovationScore` (0..100, may be fractional) takes precedence over `innovation`.
 * - `incidents`: incidents on record; an empty list means "none", an absent one "unknown".
 *
 * @example
 * const e = EnterpriseSchema.parse({ id: 'E1', employees: 120, totalAssets: '80000000' });
 * e.employees; // 120
 * e.totalAssets?.toString(); // '80000000'
 * e.stStaff; // undefined (unknown)
 */
export const EnterpriseSchema = /*@__PURE__*/ z.strictObject({
  ...RECORD_FIELDS,
  registeredOn: fact(PlainDateSchema),
  residentInMainland: fact(BoolSchema),
  employees: fact(CountSchema),
  stStaff: fact(CountSchema),
  stStaffCollege: fact(CountSchema),
  rdStaff: fact(CountSchema),
  totalAssets: fact(MoneySchema),
  financials: fact(FinancialsSchema),
  ip: fact(IpHoldingsSchema),
  inKeyTechField: fact(BoolSchema),
  innovationScore: fact(InnovationScoreSchema),
  innovation: fact(InnovationSchema),
  incidents: fact(z.array(IncidentSchema)),
  restrictedIndustry: fact(BoolSchema),
  abnormalOperationList: fact(BoolSchema),
  seriousDishonestyList: fact(BoolSchema),
  hnteCertificateValidUntil: fact(PlainDateSchema),
  nationalStAwardTop3Within5y: fact(BoolSchema),
  provincialRdInstitution: fact(BoolSchema),
  ledStandardWithin5y: fact(BoolSchema),
  size: fact(EnterpriseSizeSchema),
  keyEpidemicEnterprise: fact(BoolSchema),
});

/**
 * A parsed enterprise: Decimals for money and scores, numbers for counts, `undefined` for
 * unknown facts.
 *
 * @example
 * const e: Enterprise = { id: 'E1', employees: 120 };
 */
export type Enterprise = z.output<typeof EnterpriseSchema>;

/**
 * An enterprise as written in JSON/CSV/YAML (strings or numbers for money, `null` allowed).
 *
 * @example
 * const raw: EnterpriseInput = { id: 'E1', totalAssets: '80000000', stStaff: null };
 */
export type EnterpriseInput = z.input<typeof EnterpriseSchema>;
