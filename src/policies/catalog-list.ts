import type { Policy } from '../engine/policy';
import { govGuaranteeFee2019 } from './cn/gov-guarantee-fee-2019';
import { hnte2008 } from './cn/hnte-2008';
import { hnte2016 } from './cn/hnte-2016';
import { smeLoanDeferral2020 } from './cn/sme-loan-deferral-2020';
import { smeLoanDeferral2020b } from './cn/sme-loan-deferral-2020b';
import { smeLoanDeferral2021 } from './cn/sme-loan-deferral-2021';
import { smeLoanDeferral2022q4 } from './cn/sme-loan-deferral-2022q4';
import { techSme2017 } from './cn/tech-sme-2017';
import { ankangAwards2019 } from './zones/ankang/awards-2019';
import { urumqiFinancingSupport2020 } from './zones/urumqi/financing-support-2020';
import { urumqiLeaseDeferral2020 } from './zones/urumqi/lease-deferral-2020';
import { urumqiMicroloanDeferral2020 } from './zones/urumqi/microloan-deferral-2020';
import { ziboProjectService2020 } from './zones/zibo/project-service-2020';

/**
 * The catalog, in listing order: one import per policy file (add new policies here, one
 * line each).
 *
 * @example
 * CATALOG_POLICIES.map((p) => p.id).includes('cn.gov-guarantee-fee.2019'); // true
 */
export const CATALOG_POLICIES: readonly Policy[] = [
  hnte2016,
  hnte2008,
  techSme2017,
  govGuaranteeFee2019,
  smeLoanDeferral2020,
  smeLoanDeferral2020b,
  smeLoanDeferral2021,
  smeLoanDeferral2022q4,
  urumqiMicroloanDeferral2020,
  urumqiLeaseDeferral2020,
  urumqiFinancingSupport2020,
  ankangAwards2019,
  ziboProjectService2020,
];
