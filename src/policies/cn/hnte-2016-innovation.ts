/**
 * 高新技术企业认定管理工作指引 (国科发火〔2016〕195号) 三（七）企业创新能力评价: the
 * innovation-ability total of `cn.hnte.2016`, from the experts' sub-scores and the growth
 * (企业成长性) computed from the firm's figures.
 *
 * “企业创新能力主要从知识产权、科技成果转化能力、研究开发组织管理水平、企业成长性等四项指标
 * 进行评价……满分为100分，综合得分达到70分以上（不含70分）为符合认定要求。”
 * Four indicators: IP (<= 30), results conversion (<= 30), R&D management (<= 20), growth
 * (<= 20); the pass mark is "70分以上（不含70分）", strictly above 70.
 *
 * @module
 */
import { add, call, cond, eq, fact, lt, mul, or, present, ref, sub, div } from '../../engine/builder/expr';
import { cite, label } from '../../engine/builder/rules';
import type { Expr } from '../../engine/expr';
import type { Definition } from '../../engine/policy';
import { atLeastBands, type BandTable } from '../../rules/band-table';
import { operatingName, yearsBack } from './hnte-financials';
import { HNTE_GUIDE_2016 } from './hnte-sources';

const GUIDE = HNTE_GUIDE_2016.id;

/**
 * The growth bands of the guideline, one per rate, each a range the experts pick within:
 * “≥35% 9-10分；≥25% 7-8分；≥15% 5-6分；≥5% 3-4分；>0 1-2分；≤0 0分”.
 *
 * @example
 * lookupBand(HNTE_GROWTH_BANDS, new Decimal('0.35'))?.value.toString(); // '9..10'
 * lookupBand(HNTE_GROWTH_BANDS, new Decimal('0'))?.value.toString(); // '0'
 */
export const HNTE_GROWTH_BANDS: BandTable = /*@__PURE__*/ atLeastBands(
  [
    ['0.35', { lo: '9', hi: '10' }],
    ['0.25', { lo: '7', hi: '8' }],
    ['0.15', { lo: '5', hi: '6' }],
    ['0.05', { lo: '3', hi: '4' }],
    ['0', { lo: '1', hi: '2' }, { inclusive: false }],
  ],
  { below: '0' },
);

/**
 * A growth rate of the guideline over the figures V1, V2, V3 of years Y-3, Y-2, Y-1:
 * “增长率 = 1/2 ×（第二年 ÷ 第一年 + 第三年 ÷ 第二年）－1”, computed as the single exact
 * fraction `(V2² + V1·V3) / (2·V1·V2) - 1` (one division: a band edge such as 0.35 is
 * never missed by a rounded intermediate quotient).
 * - “第一年末净资产或销售收入为0的，按后两年计算”: V1 = 0 gives `V3/V2 - 1`;
 * - “第二年末净资产或销售收入为0的，按0分计算”, and a negative value: taken as rate 0
 *   (the band of "<= 0", scoring 0); a negative rate scores 0 by the bands too;
 * - “企业实际经营期不满三年的，按实际经营时间计算”: with two operating years `V3/V2 - 1`,
 *   with one or none the rate is taken as 0. Years before registration are never read.
 * Every figure of an operating year is required: if one is absent the rate is unknown
 * with all the absent paths.
 *
 * @example
 * growthRate('netAssets'); // an expression over financials[Y-3..Y-1].netAssets
 */
export function growthRate(field: 'netAssets' | 'salesRevenue'): Expr {
  const v1 = yearsBack(field, 3);
  const v2 = yearsBack(field, 2);
  const v3 = yearsBack(field, 1);
  const lastTwo = sub(div(v3, v2, 0), 1);
  const threeYears = cond(
    or(lt(v1, 0), lt(v2, 0), lt(v3, 0), eq(v2, 0)),
    0,
    cond(eq(v1, 0), lastTwo, sub(div(add(mul(v2, v2), mul(v1, v3)), mul(2, v1, v2), 0), 1)),
  );
  const twoYears = cond(or(lt(v2, 0), lt(v3, 0), eq(v2, 0)), 0, lastTwo);
  const allThree = add(v1, v2, v3);
  const bothLast = add(v2, v3);
  return cond(
    ref(operatingName(3)),
    cond(present(allThree), threeYears, allThree),
    cond(ref(operatingName(2)), cond(present(bothLast), twoYears, bothLast), 0),
  );
}

const growthCite = cite(GUIDE, '三', '七', { item: '4', quote: '由财务专家选取企业净资产增长率、销售收入增长率等指标对企业成长性进行评价。企业实际经营期不满三年的，按实际经营时间计算。' });
const bandCite = cite(GUIDE, '三', '七', { item: '4', quote: '以上两个指标分别对照下表评价（各占10分）' });
const totalCite = cite(GUIDE, '三', '七', { quote: '各级指标均按整数打分，满分为100分，综合得分达到70分以上（不含70分）为符合认定要求' });

/**
 * The definitions of the 2016 innovation-ability total: `netAssetsGrowthRate`,
 * `salesGrowthRate`, their scores (`band.lookup` in {@link HNTE_GROWTH_BANDS}),
 * `growthScore` (0..20, an interval) and `innovationScore`: the given `innovationScore`
 * when present; else `innovation.ip + innovation.conversion + innovation.rdManagement +
 * growthScore` when `innovation` is given; else unknown, missing `innovationScore`.
 * Needs the R&D-window definitions (`year`, `operatingInYearMinus2/3`).
 *
 * @example
 * Object.keys(innovationDefinitions2016()).includes('growthScore'); // true
 */
export function innovationDefinitions2016(): Record<string, Definition> {
  const sum = add(fact('innovation', 'ip'), fact('innovation', 'conversion'), fact('innovation', 'rdManagement'), ref('growthScore'));
  return {
    netAssetsGrowthRate: { expr: growthRate('netAssets'), label: label('净资产增长率', 'Net-assets growth rate'), cite: growthCite },
    salesGrowthRate: { expr: growthRate('salesRevenue'), label: label('销售收入增长率', 'Sales-revenue growth rate'), cite: growthCite },
    netAssetsGrowthScore: {
      expr: call('band.lookup', { x: ref('netAssetsGrowthRate') }, HNTE_GROWTH_BANDS),
      label: label('净资产增长率得分', 'Net-assets growth score'),
      cite: bandCite,
    },
    salesGrowthScore: {
      expr: call('band.lookup', { x: ref('salesGrowthRate') }, HNTE_GROWTH_BANDS),
      label: label('销售收入增长率得分', 'Sales growth score'),
      cite: bandCite,
    },
    growthScore: { expr: add(ref('netAssetsGrowthScore'), ref('salesGrowthScore')), label: label('企业成长性', 'Growth (0..20)'), cite: growthCite },
    innovationScore: {
      expr: cond(present(fact('innovationScore')), fact('innovationScore'), cond(present(fact('innovation')), sum, fact('innovationScore'))),
      label: label('企业创新能力评价综合得分', 'Innovation-ability total'),
      cite: totalCite,
    },
  };
}
