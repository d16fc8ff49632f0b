/**
 * `cn.hnte.2016` in json-rules-engine 7, written as its users write rules: the record's
 * fields as plain JS numbers (money converted from the parsed Decimals with
 * `toNumber()`), the derived figures (window sums and ratios) as dynamic facts computed
 * in float arithmetic, and the thresholds as JSON conditions. This is the float baseline:
 * a ratio exactly at a threshold can land one ulp below it. The date logic is the same
 * exact string arithmetic as the other hand-written functions (`as-of.ts`), so every
 * disagreement comes from floats.
 *
 * @module
 */
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import type { Enterprise } from '../../src/models/enterprise';
import { asOfContext, majorIncidentInYear, registeredOneYear, windowStart, type AsOfContext } from './as-of';

/** A fiscal year as plain numbers (yuan). */
export interface PlainYear {
  year: number;
  salesRevenue: number;
  totalRevenue: number;
  rdExpense: number;
  rdExpenseDomestic: number;
  hiTechRevenue: number;
}

/**
 * The facts handed to `engine.run`: a complete firm with plain numbers.
 *
 * @example
 * const f: PlainFirm = toPlainFirm(parsedFirm); // f.innovationScore === 78
 */
export interface PlainFirm {
  registeredOn: string;
  employees: number;
  stStaff: number;
  financials: PlainYear[];
  ip: { ownsCoreIp: boolean };
  inKeyTechField: boolean;
  innovationScore: number;
  incidents: readonly { kind: string; date: string }[];
}

const num = (d: { toNumber(): number } | undefined): number => {
  if (d === undefined) throw new Error('figure absent (the benchmark gives complete records)');
  return d.toNumber();
};

/**
 * Converts a parsed enterprise to the plain-number facts (before timing).
 *
 * @example
 * toPlainFirm(parsedFirm).financials[0].salesRevenue; // 40000000
 */
export function toPlainFirm(e: Enterprise): PlainFirm {
  if (e.registeredOn === undefined || e.employees === undefined || e.stStaff === undefined || !e.financials || !e.incidents) throw new Error('incomplete record');
  return {
    registeredOn: e.registeredOn,
    employees: e.employees,
    stStaff: e.stStaff,
    financials: e.financials.map((f) => ({
      year: f.year, salesRevenue: num(f.salesRevenue), totalRevenue: num(f.totalRevenue), rdExpense: num(f.rdExpense),
      rdExpenseDomestic: num(f.rdExpenseDomestic), hiTechRevenue: num(f.hiTechRevenue),
    })),
    ip: { ownsCoreIp: e.ip?.ownsCoreIp === true },
    inKeyTechField: e.inKeyTechField === true,
    innovationScore: num(e.innovationScore),
    incidents: e.incidents,
  };
}

const atLeast = (fact: string, value: number) => ({ fact, operator: 'greaterThanInclusive', value });
const salesBand = (lo: number | null, hi: number | null, threshold: number) => ({
  all: [
    ...(lo === null ? [] : [{ fact: 'lastYearSales', operator: 'greaterThan', value: lo }]),
    ...(hi === null ? [] : [{ fact: 'lastYearSales', operator: 'lessThanInclusive', value: hi }]),
    atLeast('rdRatio', threshold),
  ],
});

/**
 * The rule, as JSON: Art. 11 (1)-(8) of the 2016 Measures.
 *
 * @example
 * HNTE_RULE.event.type; // 'eligible'
 */
export const HNTE_RULE: RuleProperties = {
  conditions: {
    all: [
      { fact: 'registeredOneYear', operator: 'equal', value: true },
      { fact: 'ip', path: '$.ownsCoreIp', operator: 'equal', value: true },
      { fact: 'inKeyTechField', operator: 'equal', value: true },
      atLeast('staffRatio', 0.1),
      { any: [salesBand(null, 50_000_000, 0.05), salesBand(50_000_000, 200_000_000, 0.04), salesBand(200_000_000, null, 0.03)] },
      atLeast('domesticShare', 0.6),
      atLeast('hiTechShare', 0.6),
      { fact: 'innovationScore', operator: 'greaterThan', value: 70 },
      { fact: 'majorIncidentInYear', operator: 'equal', value: false },
    ],
  },
  event: { type: 'eligible' },
};

/** The window figures of a firm in floats: sums over the window and last year's figures. */
async function windowFigures(almanac: Almanac, c: AsOfContext) {
  const f = (await almanac.factValue('financials')) as PlainYear[];
  const start = windowStart((await almanac.factValue('registeredOn')) as string, c);
  const inWindow = f.filter((y) => y.year >= start && y.year <= c.y - 1);
  const sum = (k: keyof PlainYear) => inWindow.reduce((s, y) => s + y[k], 0);
  const last = f.find((y) => y.year === c.y - 1);
  return { rd: sum('rdExpense'), domestic: sum('rdExpenseDomestic'), sales: sum('salesRevenue'), last, lastInWindow: start <= c.y - 1 };
}

/**
 * An engine with the rule and its dynamic facts for one evaluation date.
 *
 * @example
 * (await hnteEngine('2020-06-01').run(toPlainFirm(parsedFirm))).events.length; // 1 when eligible
 */
export function hnteEngine(asOf: string): Engine {
  const c = asOfContext(asOf);
  const engine = new Engine([HNTE_RULE]);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  engine.addFact('registeredOneYear', async (_p, a) => registeredOneYear((await a.factValue('registeredOn')) as string, c));
  engine.addFact('majorIncidentInYear', async (_p, a) => majorIncidentInYear((await a.factValue('incidents')) as PlainFirm['incidents'], c));
  engine.addFact('staffRatio', async (_p, a) => ratio((await a.factValue('stStaff')) as number, (await a.factValue('employees')) as number));
  engine.addFact('window', async (_p, a) => windowFigures(a, c));
  const fromWindow = (f: (w: Awaited<ReturnType<typeof windowFigures>>) => number) => async (_p: unknown, a: Almanac) => f((await a.factValue('window')) as Awaited<ReturnType<typeof windowFigures>>);
  engine.addFact('rdRatio', fromWindow((w) => ratio(w.rd, w.sales)));
  engine.addFact('lastYearSales', fromWindow((w) => (w.lastInWindow ? (w.last?.salesRevenue ?? 0) : 0)));
  engine.addFact('domesticShare', fromWindow((w) => ratio(w.domestic, w.rd)));
  engine.addFact('hiTechShare', fromWindow((w) => ratio(w.last?.hiTechRevenue ?? 0, w.last?.totalRevenue ?? 0)));
  return engine;
}

/**
 * A prepared run of the engine over plain-number firms, one `engine.run` per record.
 *
 * @example
 * await jsonRulesRunner(firms, '2020-06-01')(out);
 */
export function jsonRulesRunner(inputs: readonly PlainFirm[], asOf: string): (out: string[]) => Promise<void> {
  const engine = hnteEngine(asOf);
  return async (out) => {
    for (let i = 0; i < inputs.length; i++) {
      const r = await engine.run(inputs[i] as unknown as Record<string, unknown>);
      out[i] = r.events.length > 0 ? 'eligible' : 'ineligible';
    }
  };
}
