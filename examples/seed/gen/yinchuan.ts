/**
 * Yinchuan high-tech zone: its 200 firms and sole traders in spring 2020 (186 resumed,
 * 4,092 workers at the resumed ones: the article's figures), and five firms screened for
 * national high-tech enterprise (HNTE) recognition and the tech-based SME evaluation. The
 * article names 宁夏兴唐米业集团有限公司 and 宁夏夏美生物科技有限公司 as preparing HNTE
 * applications; their financial figures, and everything about the other firms, are ours
 * (illustrative).
 *
 * @module
 */
import { companyNames } from './names';
import { prng, splitTotal } from './prng';
import { toCsv, toJson, ymd } from './text';

const TRADES = ['米业', '生物科技', '新材料', '电子科技', '机械制造', '食品', '绒业', '化工', '物流', '建材', '信息技术', '能源科技'];
const SHOPS = ['商行', '汽修部', '餐馆', '五金店', '加工坊', '便利店', '印刷部'];

/**
 * The zone's firms as CSV: `kind` enterprise or soleTrader, `resumed`, `resumedOn`, and
 * `employees` (the 4,092 workers are those of the 186 resumed firms).
 *
 * @example
 * yinchuanFirmsCsv().trim().split('\n').length; // 201 (header and 200 rows)
 */
export function yinchuanFirmsCsv(): string {
  const r = prng(20200415);
  const company = companyNames(r, ['宁夏', '银川']);
  const shops = new Set<string>();
  const shop = (): string => {
    for (let i = 0; i < 1000; i++) {
      const n = `灵武市${r.pick(['兴盛', '永顺', '福源', '安达', '金地', '顺通', '和谐', '宏达', '新华', '利民'])}${r.pick(SHOPS)}`;
      if (!shops.has(n)) return shops.add(n), n;
    }
    throw new RangeError('no free shop name');
  };
  const notResumed = new Set([17, 44, 63, 88, 101, 119, 131, 147, 158, 166, 173, 181, 190, 197]);
  // 兴唐 (312) and 夏美 (64) have their screening records' headcounts; the other 184 share the rest.
  const named: Record<number, number> = { 3: 312, 9: 64 };
  const resumedWorkers = splitTotal(r, 4_092 - 312 - 64, 184, 2, 60, 1);
  let k = 0;
  const rows = Array.from({ length: 200 }, (_, i) => {
    const soleTrader = i >= 150;
    const resumed = !notResumed.has(i);
    const name = i === 3 ? '宁夏兴唐米业集团有限公司' : i === 9 ? '宁夏夏美生物科技有限公司' : soleTrader ? shop() : company(r.pick(TRADES));
    const employees = named[i] ?? (resumed ? (resumedWorkers[k++] as number) : r.int(2, 40));
    const day = r.int(0, 60);
    const resumedOn = resumed ? (day < 19 ? ymd(2020, 2, 10 + day) : day < 50 ? ymd(2020, 3, day - 18) : ymd(2020, 4, day - 49)) : undefined;
    return { id: `YC-${String(i + 1).padStart(3, '0')}`, name, kind: soleTrader ? 'soleTrader' : 'enterprise', resumed, resumedOn, employees };
  });
  return toCsv(['id', 'name', 'kind', 'resumed', 'resumedOn', 'employees'], rows);
}

const year = (y: number, f: Record<string, string>) => ({ year: y, ...f });
// None of the five holds a direct tech-SME qualification; none has an HNTE certificate (left out: the model has no "none").
const CLEAN = {
  residentInMainland: true, restrictedIndustry: false, abnormalOperationList: false, seriousDishonestyList: false, incidents: [],
  nationalStAwardTop3Within5y: false, provincialRdInstitution: false, ledStandardWithin5y: false,
};

/**
 * The five screened firms as Enterprise records (DOMAIN §1), evaluated on 2020-06-01.
 *
 * @example
 * JSON.parse(yinchuanCandidatesJson()).map((e) => e.id); // ['YC-004', 'YC-010', 'YC-C1', 'YC-C2', 'YC-C3']
 */
export function yinchuanCandidatesJson(): string {
  return toJson([
    {
      id: 'YC-004', name: '宁夏兴唐米业集团有限公司', asOf: '2020-06-01', registeredOn: '2004-05-18', ...CLEAN,
      employees: 312, stStaff: 64, stStaffCollege: 41, rdStaff: 30, totalAssets: '186000000',
      financials: [
        year(2017, { salesRevenue: '152400000', totalRevenue: '154100000', rdExpense: '4420000', rdExpenseDomestic: '4420000', hiTechRevenue: '91000000', netAssets: '88000000', costsAndExpenses: '141000000' }),
        year(2018, { salesRevenue: '163800000', totalRevenue: '165900000', rdExpense: '5080000', rdExpenseDomestic: '5080000', hiTechRevenue: '102000000', netAssets: '93500000', costsAndExpenses: '150200000' }),
        year(2019, { salesRevenue: '171600000', totalRevenue: '173200000', rdExpense: '5660000', rdExpenseDomestic: '5660000', hiTechRevenue: '112000000', netAssets: '99800000', costsAndExpenses: '158000000' }),
      ],
      ip: { ownsCoreIp: true, classI: 3, classII: 12 }, inKeyTechField: true, innovationScore: 76, size: 'medium',
    },
    {
      id: 'YC-010', name: '宁夏夏美生物科技有限公司', asOf: '2020-06-01', registeredOn: '2015-08-20', ...CLEAN,
      employees: 64, stStaff: 16, stStaffCollege: 14, rdStaff: 12, totalAssets: '38500000',
      financials: [
        year(2017, { salesRevenue: '14200000', totalRevenue: '14500000', rdExpense: '1080000', rdExpenseDomestic: '1080000', hiTechRevenue: '11300000', netAssets: '9800000', costsAndExpenses: '13100000' }),
        year(2018, { salesRevenue: '18900000', totalRevenue: '19300000', rdExpense: '1320000', rdExpenseDomestic: '1320000', hiTechRevenue: '15400000', netAssets: '11600000', costsAndExpenses: '17200000' }),
        year(2019, { salesRevenue: '23600000', totalRevenue: '24100000', rdExpense: '1590000', rdExpenseDomestic: '1590000', hiTechRevenue: '19800000', netAssets: '12300000', costsAndExpenses: '21400000' }),
      ],
      ip: { ownsCoreIp: true, classI: 2, classII: 6 }, inKeyTechField: true, innovation: { ip: 21, conversion: 24, rdManagement: 14 }, size: 'small',
    },
    {
      id: 'YC-C1', name: '候选企业甲（示例）', asOf: '2020-06-01', registeredOn: '2012-03-06', ...CLEAN,
      employees: 138, stStaff: 31, totalAssets: '72000000',
      financials: [
        year(2017, { salesRevenue: '41000000', totalRevenue: '41800000', rdExpense: '2700000', rdExpenseDomestic: '2500000' }),
        year(2018, { salesRevenue: '46500000', totalRevenue: '47200000', rdExpense: '2950000', rdExpenseDomestic: '2800000' }),
        year(2019, { salesRevenue: '52800000', totalRevenue: '53600000', rdExpense: '3300000', rdExpenseDomestic: '3100000', hiTechRevenue: '41200000', costsAndExpenses: '47900000' }),
      ],
      ip: { ownsCoreIp: true, classI: 4, classII: 9 }, inKeyTechField: true, innovationScore: 78, size: 'small',
    },
    {
      id: 'YC-C2', name: '候选企业乙（示例）', asOf: '2020-06-01', registeredOn: '2016-11-21', ...CLEAN,
      employees: 45, stStaff: 9, totalAssets: '12600000',
      financials: [
        year(2018, { salesRevenue: '8200000', totalRevenue: '8300000', rdExpense: '610000', rdExpenseDomestic: '610000' }),
        year(2019, { salesRevenue: '11900000', totalRevenue: '12000000', rdExpense: '880000', rdExpenseDomestic: '880000', hiTechRevenue: '9600000', costsAndExpenses: '10700000' }),
      ],
      ip: { ownsCoreIp: true, classI: 0, classII: 3 }, inKeyTechField: true, size: 'micro',
    },
    {
      id: 'YC-C3', name: '候选企业丙（示例）', asOf: '2020-06-01', registeredOn: '2019-10-08', ...CLEAN,
      employees: 26, stStaff: 8, totalAssets: '6400000',
      financials: [year(2019, { salesRevenue: '1900000', totalRevenue: '1900000', rdExpense: '420000', rdExpenseDomestic: '420000', hiTechRevenue: '1700000', costsAndExpenses: '2300000' })],
      ip: { ownsCoreIp: true, classI: 1, classII: 0 }, inKeyTechField: true, innovationScore: 72, size: 'micro',
    },
  ]);
}
