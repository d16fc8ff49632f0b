/**
 * Urumqi high-tech zone (新市区), spring 2020: the guarantee book of 高新担保 to the end of
 * March (38 new guaranteed loans, 29,334万; 8 extensions, 4,750万), the 5,000,000 micro-loan
 * of 高新小贷 due in February, and the lease of 高新租赁 on 1,996万 of equipment. The
 * article's totals are exact; every other figure is ours (illustrative).
 *
 * @module
 */
import { companyNames } from './names';
import { prng, splitTotal, type Prng } from './prng';
import { toCsv, toJson, ymd } from './text';

const REGION = '650104'; // 乌鲁木齐市新市区
const WAN = 10_000;

/**
 * The article's totals, in 万元.
 *
 * @example
 * URUMQI_TOTALS.newWan + URUMQI_TOTALS.extensionWan; // 34084
 */
export const URUMQI_TOTALS = { newCount: 38, newWan: 29_334, extensionCount: 8, extensionWan: 4_750 } as const;

const KEY_TRADES = ['医疗器械', '医药', '卫生用品', '消毒用品', '食品', '粮油', '冷链物流', '蔬菜配送', '防护用品', '生物制药'];
const OTHER_TRADES = ['电子科技', '智能装备', '软件', '新材料', '建材', '物流', '商贸', '农业科技', '机械制造', '环保科技', '服装', '珠宝首饰'];

interface Guarantee {
  id: string;
  kind: 'new' | 'extension';
  wan: number;
  years: number;
  rate: string;
  start: string;
  name: string;
  size: string;
  key: boolean;
}

function spring(r: Prng): string {
  const m = r.int(2, 3);
  return ymd(2020, m, r.int(m === 2 ? 3 : 1, m === 2 ? 29 : 31));
}

/**
 * Loans of key epidemic-prevention firms (疫情防控重点保障企业): 12 loans whose fees at 1% a
 * year come to a little over 3,000,000 yuan ("300余万"): Σ amount(万) x years lands in
 * [30,200, 30,800], so the fiscal subsidy is 3,020,000..3,080,000 yuan.
 */
function keyLoans(r: Prng): { wan: number; years: number }[] {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const loans = Array.from({ length: 11 }, () => ({ wan: r.int(50, 180) * 10, years: r.pick([1, 2, 2, 3]) }));
    const sum = loans.reduce((a, l) => a + l.wan * l.years, 0);
    const last = Math.round((30_500 - sum) / 2 / 10) * 10;
    if (last >= 300 && last <= 2_000) return [...loans, { wan: last, years: 2 }];
  }
  throw new RangeError('no key-loan split');
}

function guarantees(r: Prng): Guarantee[] {
  const name = companyNames(r, ['新疆', '乌鲁木齐']);
  const key = keyLoans(r);
  const keyWan = key.reduce((a, l) => a + l.wan, 0);
  const others = splitTotal(r, URUMQI_TOTALS.newWan - keyWan, URUMQI_TOTALS.newCount - key.length, 100, 1_500, 10);
  const out: Guarantee[] = [];
  const fresh = [...key.map((l) => ({ ...l, key: true })), ...others.map((wan) => ({ wan, years: r.pick([1, 1, 1, 2]), key: false }))];
  // Interleave key and other loans by start date, as a guarantee book reads.
  const dated = fresh.map((l) => ({ ...l, start: spring(r) }));
  dated.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  dated.forEach((l, i) => {
    const rate = l.key ? r.pick(['0.01', '0.012', '0.015', '0.02']) : r.pick(['0.009', '0.01', '0.015', '0.018', '0.02', '0.025', '0.025', '0.03']);
    const firm = i === 5 ? '新疆睿丰智能科技有限公司' : name(l.key ? r.pick(KEY_TRADES) : r.pick(OTHER_TRADES));
    const size = l.wan >= 1_500 ? 'medium' : l.wan >= 800 ? r.pick(['small', 'medium']) : l.wan >= 300 ? r.pick(['micro', 'small', 'small']) : r.pick(['micro', 'micro', 'small']);
    out.push({ id: `G2020-N${String(i + 1).padStart(2, '0')}`, kind: 'new', wan: l.wan, years: l.years, rate, start: l.start, name: firm, size, key: l.key });
  });
  const ext = splitTotal(r, URUMQI_TOTALS.extensionWan, URUMQI_TOTALS.extensionCount, 200, 1_200, 50);
  const extDates = ext.map(() => spring(r)).sort();
  ext.forEach((wan, i) => {
    const rate = r.pick(['0.02', '0.025', '0.025', '0.03']);
    out.push({
      id: `G2020-X${String(i + 1).padStart(2, '0')}`, kind: 'extension', wan, years: 1, rate, start: extDates[i] as string,
      name: name(r.pick(OTHER_TRADES)), size: wan >= 800 ? r.pick(['small', 'medium']) : r.pick(['micro', 'small', 'small']), key: false,
    });
  });
  return out;
}

const CSV_HEADER = [
  'id', 'asOf', 'kind', 'loanAmount', 'contractFeeRate', 'termMonths', 'startDate',
  'borrower.id', 'borrower.name', 'borrower.size', 'borrower.keyEpidemicEnterprise', 'borrower.regionCode',
];

/**
 * The guarantee book as CSV (nested `borrower.*` columns); each row is evaluated at its own
 * start date (`asOf`).
 *
 * @example
 * urumqiGuaranteesCsv().split('\n').length; // 48 (header, 46 rows, final newline)
 */
export function urumqiGuaranteesCsv(): string {
  const rows = guarantees(prng(20200331)).map((g, i) => ({
    id: g.id, asOf: g.start, kind: g.kind, loanAmount: String(g.wan * WAN), contractFeeRate: g.rate, termMonths: g.years * 12,
    startDate: g.start, 'borrower.id': `UQ-${String(i + 1).padStart(3, '0')}`, 'borrower.name': g.name, 'borrower.size': g.size,
    'borrower.keyEpidemicEnterprise': g.key, 'borrower.regionCode': REGION,
  }));
  return toCsv(CSV_HEADER, rows);
}

/**
 * 新疆海科现代电子科技股份有限公司's 5,000,000-yuan micro-loan of 高新小贷: one year, interest
 * quarterly, principal due 2020-02-20 ("按照约定在今年2月到期还款"), asking for the deferral on
 * 2020-02-12.
 *
 * @example
 * JSON.parse(urumqiMicroloanJson())[0].principal; // '5000000'
 */
export function urumqiMicroloanJson(): string {
  return toJson([
    {
      id: 'XD-2019-017', name: '流动资金小额贷款', asOf: '2020-02-12',
      borrower: { id: 'UQ-HK', name: '新疆海科现代电子科技股份有限公司', size: 'small', regionCode: REGION },
      principal: '5000000', annualRate: '0.0870', disbursedOn: '2019-02-20',
      payments: [
        { due: '2019-05-20', principal: '0' }, { due: '2019-08-20', principal: '0' },
        { due: '2019-11-20', principal: '0' }, { due: '2020-02-20', principal: '5000000' },
      ],
    },
  ]);
}

/**
 * 新疆中闽金业珠宝首饰有限公司's 2018 lease of 19,960,000 yuan of equipment from 高新租赁: 60
 * monthly fees of 92,000 from 2018-05-15; the three due during the shutdown (February to
 * April 2020) come to 276,000 ("27.6万元"). Evaluated on 2020-04-09, the day of the report.
 *
 * @example
 * JSON.parse(urumqiLeaseJson())[0].payments.length; // 60
 */
export function urumqiLeaseJson(): string {
  const payments = Array.from({ length: 60 }, (_, i) => ({ due: ymd(2018 + Math.floor((i + 4) / 12), ((i + 4) % 12) + 1, 15), amount: '92000' }));
  return toJson([
    {
      id: 'ZL-2018-006', asOf: '2020-04-09',
      lessee: { id: 'UQ-ZM', name: '新疆中闽金业珠宝首饰有限公司', size: 'small', regionCode: REGION },
      equipmentValue: '19960000', payments,
    },
  ]);
}
