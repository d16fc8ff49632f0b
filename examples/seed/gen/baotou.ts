/**
 * Baotou rare-earth high-tech zone: its 200 above-scale industrial firms at the end of
 * February 2020 (resumed or not, producers' design and current monthly output, value added
 * of January-February 2019 and 2020, planned 2020 output by sector), in 万元. The article
 * prints only percentages (99%, 75%以上, +9.4%, 50%以上 target); every figure is ours,
 * chosen so the exact totals give them: 198 / 200 resumed, current / design output = 0.75,
 * value added 2020 / 2019 = 1.094, emerging-industry share of planned output = 0.50.
 *
 * @module
 */
import { companyNames } from './names';
import { prng, type Prng } from './prng';
import { toCsv } from './text';

const EMERGING = ['稀土新材料', '稀土永磁', '储氢合金', '风电装备', '新能源汽车零部件', '节能环保', '信息技术', '高纯氧化铝'];
const TRADITIONAL = ['冶金', '化工', '建材', '机械制造', '铝业', '煤化工'];

interface Firm {
  name: string;
  sector: 'emerging' | 'traditional';
  resumed: boolean;
  producer: boolean;
  design: number;
  current: number;
  va2019: number;
  va2020: number;
  planned: number;
}

/** Sets the last element so that the chosen values sum to `target`, if it lands in [lo, hi]. */
function closeSum(values: number[], target: number, lo: number, hi: number): boolean {
  const rest = target - values.slice(0, -1).reduce((a, b) => a + b, 0);
  if (rest < lo || rest > hi) return false;
  values[values.length - 1] = rest;
  return true;
}

function attempt(r: Prng): Firm[] | null {
  const name = companyNames(r, ['包头', '内蒙古']);
  const firms: Firm[] = Array.from({ length: 200 }, (_, i) => {
    const sector = i % 2 === 0 ? 'emerging' : 'traditional';
    const resumed = i !== 37 && i !== 151;
    const producer = i % 4 !== 3;
    const design = producer ? r.int(40, 900) * 10 : 0;
    const va2019 = r.int(20, 600) * 10;
    return {
      name: i === 0 ? '包头三隆稀有金属材料有限责任公司' : name(r.pick(sector === 'emerging' ? EMERGING : TRADITIONAL)),
      sector, resumed, producer, design,
      current: resumed && producer ? Math.round((design * r.int(55, 95)) / 100) : 0,
      va2019, va2020: resumed ? Math.round((va2019 * r.int(80, 140)) / 100) : 0, planned: r.int(50, 2_000) * 10,
    };
  });
  const designTotal = firms.reduce((a, f) => a + f.design, 0);
  const producers = firms.filter((f) => f.producer && f.resumed);
  const current = producers.map((f) => f.current);
  const last = producers[producers.length - 1] as Firm;
  if (designTotal % 4 !== 0 || !closeSum(current, (designTotal / 4) * 3, 0, last.design)) return null;
  producers.forEach((f, i) => (f.current = current[i] as number));
  const va2019 = firms.reduce((a, f) => a + f.va2019, 0);
  const resumedFirms = firms.filter((f) => f.resumed);
  const va2020 = resumedFirms.map((f) => f.va2020);
  if (va2019 % 500 !== 0 || !closeSum(va2020, (va2019 / 500) * 547, 0, 20_000)) return null;
  resumedFirms.forEach((f, i) => (f.va2020 = va2020[i] as number));
  const emerging = firms.filter((f) => f.sector === 'emerging');
  const traditionalTotal = firms.filter((f) => f.sector === 'traditional').reduce((a, f) => a + f.planned, 0);
  const planned = emerging.map((f) => f.planned);
  if (!closeSum(planned, traditionalTotal, 100, 40_000)) return null;
  emerging.forEach((f, i) => (f.planned = planned[i] as number));
  return firms;
}

/**
 * The firms as CSV, amounts in 万元.
 *
 * @example
 * baotouFirmsCsv().trim().split('\n').length; // 201 (header and 200 firms)
 */
export function baotouFirmsCsv(): string {
  const r = prng(20200229);
  for (let i = 0; i < 100_000; i++) {
    const firms = attempt(r);
    if (!firms) continue;
    const header = ['id', 'name', 'sector', 'resumed', 'producer', 'designOutputWan', 'currentOutputWan', 'valueAddedJanFeb2019Wan', 'valueAddedJanFeb2020Wan', 'plannedOutput2020Wan'];
    return toCsv(header, firms.map((f, k) => ({
      id: `BT-${String(k + 1).padStart(3, '0')}`, name: f.name, sector: f.sector, resumed: f.resumed, producer: f.producer,
      designOutputWan: f.producer ? f.design : undefined, currentOutputWan: f.producer ? f.current : undefined,
      valueAddedJanFeb2019Wan: f.va2019, valueAddedJanFeb2020Wan: f.va2020, plannedOutput2020Wan: f.planned,
    })));
  }
  throw new RangeError('no Baotou data');
}
