/**
 * Ankang high-tech zone, 2019 policy awards paid in spring 2020: 105 applications from
 * enterprises and individuals, 98 approved after the on-site check and the joint review,
 * 7 rejected. The approved awards come to exactly 16,500,000 yuan, the article's 1650万
 * ("兑奖1650万元"). Every figure of every application is ours (illustrative).
 *
 * @module
 */
import { Decimal } from './decimal';
import { companyNames, personNames } from './names';
import { prng, type Prng } from './prng';
import { toNdjson } from './text';

type Item = Record<string, string | number | boolean>;

/**
 * The approved total the generator aims at exactly (yuan): the headline's 1650万.
 *
 * @example
 * ANKANG_TOTAL; // '16500000'
 */
export const ANKANG_TOTAL = '16500000';

const TRADES = ['富硒食品', '茶业', '新材料', '电子科技', '生物科技', '纺织', '医药', '农业开发', '智能制造', '新能源', '建材', '魔芋制品'];

const pct = (x: string, p: string, cap: string): Decimal => Decimal.min(new Decimal(x).times(p).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), cap);

/**
 * The award of one item, by the schedule of DOMAIN.md §7 (half-up to the fen, then the
 * item's cap); the generator's own copy, so the policy is checked against it, not by it.
 *
 * @example
 * itemAward({ kind: 'talent', talents: 12 }).toFixed(2); // '300000.00'
 */
export function itemAward(it: Item): Decimal {
  switch (it['kind']) {
    case 'techTransformation':
      return new Decimal(String(it['equipmentInvestment'])).gte(2_000_000) ? pct(String(it['equipmentInvestment']), '0.08', '1000000') : new Decimal(0);
    case 'newProduct':
      return pct(String(it['rdExpense']), '0.10', '500000');
    case 'talent':
      return Decimal.min(new Decimal(30_000).times(Number(it['talents'])), 300_000);
    case 'techTransfer':
      return pct(String(it['contractAmount']), '0.05', '300000');
    case 'hnte':
      return new Decimal(it['firstRecognition'] === true ? 200_000 : 100_000);
    case 'ip':
      return Decimal.min(new Decimal(10_000).times(Number(it['inventionPatents'])).plus(1_000 * Number(it['utilityModels'])), 200_000);
    case 'listing':
      return new Decimal({ shareholdingReform: 500_000, filingAccepted: 1_000_000, listed: 1_500_000 }[String(it['stage'])] ?? 0);
    case 'marketExpansion':
      return pct(String(it['exhibitionFees']), '0.5', '100000');
    default:
      throw new RangeError(`unknown item ${String(it['kind'])}`);
  }
}

/**
 * An applicant's award: the sum of its items, capped at 2,000,000.
 *
 * @example
 * applicantAward([{ kind: 'listing', stage: 'listed' }, { kind: 'listing', stage: 'filingAccepted' }]).toFixed(2); // '2000000.00'
 */
export function applicantAward(items: readonly Item[]): Decimal {
  return Decimal.min(items.reduce((a, it) => a.plus(itemAward(it)), new Decimal(0)), 2_000_000);
}

const thousands = (r: Prng, lo: number, hi: number): string => String(r.int(lo, hi) * 1_000);

function enterpriseItem(r: Prng, kind: string): Item {
  switch (kind) {
    case 'techTransformation':
      return { kind, equipmentInvestment: thousands(r, 1_500, 6_000) };
    case 'newProduct':
      return { kind, rdExpense: thousands(r, 200, 2_400) };
    case 'talent':
      return { kind, talents: r.int(1, 4) };
    case 'hnte':
      return { kind, firstRecognition: r.chance(0.55) };
    case 'ip':
      return { kind, inventionPatents: r.int(0, 6), utilityModels: r.int(1, 20) };
    case 'techTransfer':
      return { kind, contractAmount: thousands(r, 200, 3_000) };
    default:
      return { kind: 'marketExpansion', exhibitionFees: thousands(r, 20, 220) };
  }
}

const KINDS = ['techTransformation', 'newProduct', 'newProduct', 'talent', 'hnte', 'ip', 'ip', 'techTransfer', 'marketExpansion', 'marketExpansion'];

function enterpriseItems(r: Prng): Item[] {
  const kinds = new Set<string>();
  const n = r.pick([1, 1, 1, 2, 2]);
  while (kinds.size < n) kinds.add(r.pick(KINDS));
  const items = [...kinds].map((k) => enterpriseItem(r, k));
  // An approved applicant is a recipient: one that claimed only a sub-threshold investment also exhibited.
  return applicantAward(items).isZero() ? [...items, enterpriseItem(r, 'marketExpansion')] : items;
}

function individualItems(r: Prng): Item[] {
  return r.chance(0.5)
    ? [{ kind: 'ip', inventionPatents: r.int(1, 4), utilityModels: r.int(0, 8) }]
    : [{ kind: 'techTransfer', contractAmount: thousands(r, 100, 1_500) }];
}

interface Application {
  applicant: { id: string; name: string; size?: string };
  review: 'approved' | 'rejected';
  items: Item[];
}

/** 97 approved applications plus the 98th, whose technology-transformation investment closes the total exactly. */
function approved(r: Prng): Application[] {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const company = companyNames(r, ['安康', '陕西']);
    const person = personNames(r);
    const apps: Application[] = [];
    for (let i = 0; i < 97; i++) {
      const individual = i % 7 === 3;
      apps.push({
        applicant: individual ? { id: '', name: person() } : { id: '', name: company(r.pick(TRADES)), size: r.pick(['micro', 'small', 'small', 'medium']) },
        review: 'approved',
        items: individual ? individualItems(r) : enterpriseItems(r),
      });
    }
    const listings: Item[] = [{ kind: 'listing', stage: 'filingAccepted' }, { kind: 'listing', stage: 'shareholdingReform' }, { kind: 'listing', stage: 'shareholdingReform' }];
    listings.forEach((l, k) => apps[12 + 28 * k]?.items.push(l));
    const sum = apps.reduce((a, x) => a.plus(applicantAward(x.items)), new Decimal(0));
    const rest = new Decimal(ANKANG_TOTAL).minus(sum);
    if (rest.gte(200_000) && rest.lte(960_000) && rest.isInteger()) {
      const investment = rest.div('0.08');
      if (investment.isInteger()) {
        apps.push({ applicant: { id: '', name: company('智能装备'), size: 'medium' }, review: 'approved', items: [{ kind: 'techTransformation', equipmentInvestment: investment.toFixed(0) }] });
        return apps;
      }
    }
  }
  throw new RangeError('no exact Ankang split');
}

/**
 * The applications as NDJSON, in file order: approved and rejected ones interleaved, each
 * evaluated on 2020-04-20 (the payout).
 *
 * @example
 * ankangAwardsNdjson().trim().split('\n').length; // 105
 */
export function ankangAwardsNdjson(): string {
  const r = prng(20190098);
  const apps = approved(r);
  const company = companyNames(prng(7), ['汉阴', '旬阳']);
  for (let k = 0; k < 7; k++) {
    apps.splice(8 + 14 * k, 0, { applicant: { id: '', name: company(r.pick(TRADES)), size: 'small' }, review: 'rejected', items: enterpriseItems(r) });
  }
  return toNdjson(
    apps.map((a, i) => {
      const no = String(i + 1).padStart(3, '0');
      return { id: `AK2019-${no}`, asOf: '2020-04-20', applicant: { ...a.applicant, id: `AK-${a.applicant.size ? 'E' : 'P'}${no}` }, review: a.review, items: a.items };
    }),
  );
}
