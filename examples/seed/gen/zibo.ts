/**
 * Zibo high-tech zone, spring 2020: 62 projects in the approval pipeline, among them the
 * article's 25 municipal major projects (淄博市重大项目), each with its list memberships.
 * Two zone-key projects are not yet known to be on the 2020 "1+N" list (blank cells:
 * unknown facts). Project names and every membership beyond the 25 are ours (illustrative).
 *
 * @module
 */
import { prng, type Prng } from './prng';
import { toCsv } from './text';

const PRODUCTS = [
  '年产3万吨高性能氟硅新材料', 'MEMS传感器芯片', '生物医药研发中心', '年产50万台新能源汽车电机', '高端陶瓷膜', '集成电路封装测试',
  '年产1000万只医用防护口罩', '工业机器人', '年产2亿平方米锂电池隔膜', '光电显示模组', '高纯石英材料', '智能电网装备',
  '年产5000吨生物发酵原料药', '碳纤维复合材料', '5G通信模组', '精密数控机床', '年产1万吨聚氨酯新材料', '医疗器械产业园',
];

type Flags = { municipalMajor: boolean; municipalKeyTechRenovation: boolean; zoneKey: boolean; onePlusNList: boolean | undefined; keyInvestment: boolean };

const OWNERS = ['齐鲁', '鲁泰', '淄博', '金晶', '新华', '华光', '齐盛', '东岳', '博汇', '万昌', '汇丰', '宏达'];

function projectName(r: Prng, used: Set<string>, suffix: string): string {
  for (let i = 0; i < 1000; i++) {
    const n = `${r.pick(OWNERS)}${r.pick(PRODUCTS)}${suffix}`;
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
  throw new RangeError(`no free project name for ${suffix}`);
}

/**
 * The projects as CSV (`true`/`false` cells, blank = unknown), evaluated on 2020-05-20.
 *
 * @example
 * ziboProjectsCsv().trim().split('\n').length; // 63 (header and 62 projects)
 */
export function ziboProjectsCsv(): string {
  const r = prng(20200525);
  const used = new Set<string>();
  const rows: (Flags & { name: string })[] = [];
  for (let i = 0; i < 25; i++)
    rows.push({ name: projectName(r, used, r.pick(['项目', '产业化项目', '扩建项目'])), municipalMajor: true, municipalKeyTechRenovation: false, zoneKey: false, onePlusNList: i % 2 === 0 && i < 24, keyInvestment: i % 5 !== 4 });
  for (let i = 0; i < 9; i++)
    rows.push({ name: projectName(r, used, '技术改造项目'), municipalMajor: false, municipalKeyTechRenovation: true, zoneKey: false, onePlusNList: false, keyInvestment: i < 2 });
  for (let i = 0; i < 7; i++)
    rows.push({ name: projectName(r, used, '项目'), municipalMajor: false, municipalKeyTechRenovation: false, zoneKey: true, onePlusNList: i < 2 ? undefined : false, keyInvestment: i < 3 });
  for (let i = 0; i < 21; i++)
    rows.push({ name: projectName(r, used, r.pick(['项目', '建设项目'])), municipalMajor: false, municipalKeyTechRenovation: false, zoneKey: false, onePlusNList: false, keyInvestment: i < 3 });
  // Interleave the kinds, as a pipeline reads (by a seeded shuffle).
  for (let i = rows.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [rows[i], rows[j]] = [rows[j] as (typeof rows)[number], rows[i] as (typeof rows)[number]];
  }
  const header = ['id', 'name', 'asOf', 'municipalMajor', 'municipalKeyTechRenovation', 'zoneKey', 'onePlusNList', 'keyInvestment'];
  return toCsv(header, rows.map((p, i) => ({ id: `ZB2020-${String(i + 1).padStart(3, '0')}`, asOf: '2020-05-20', ...p })));
}
