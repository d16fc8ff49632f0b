import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { applySchedule, AwardClaimError, AwardScheduleSchema, type AwardClaim } from '../../src/rules/award-schedule';
import { allocateBudget } from '../../src/rules/budget-allocation';
import { CapConfigSchema, capEach, capSum, clamp } from '../../src/rules/caps';
import { DeferToDateConfigSchema, resolveDeferTo } from '../../src/rules/defer-to-date';
import { checkMonths, checkWindow, DeferralWindowSchema } from '../../src/rules/deferral-window';
import { FeeRuleConfigSchema, guaranteeFee, periodFee } from '../../src/rules/fees';
import { fixedIf, perUnit, rateOfBase, staged } from '../../src/rules/item-award';
import { deferLease } from '../../src/rules/lease-deferral';
import { MarginalScaleSchema } from '../../src/rules/marginal-scale';
import { shareOf, weightedAverageRate } from '../../src/rules/portfolio';
import { allocateByPriority } from '../../src/rules/priority-allocation';
import { ScheduleError } from '../../src/rules/schedule-error';
import { scheduleInterest, type LoanSchedule } from '../../src/rules/schedule-interest';
import { ScoreCardSchema } from '../../src/rules/score';

// Edge cases of the building blocks' input checks: every error names the field it is about
// and says what was expected (the analyst reads these in error rows and lint reports).
// Written to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

const d = (x: string | number) => new Decimal(x);

/** The error a call throws. */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    if (e instanceof Error) return e;
  }
  throw new Error('expected an error');
}
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string; code: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.code, i.message]);

describe('schedule errors', () => {
  it('carry a code, a path and a detail; the message is "path: detail", or the detail alone without a path', () => {
    const e = new ScheduleError('unsorted', 'payments[1].due', 'out of order');
    expect([e.name, e.code, e.path, e.detail, e.message]).toEqual(['ScheduleError', 'unsorted', 'payments[1].due', 'out of order', 'payments[1].due: out of order']);
    expect(new ScheduleError('invalid-window', '', 'bad window').message).toBe('bad window');
  });
  const loan = (over: Partial<LoanSchedule>): LoanSchedule => ({ principal: d(100), annualRate: d('0.036'), disbursedOn: '2020-01-01', payments: [{ due: '2020-02-01', principal: d(100) }], ...over });
  const err = (over: Partial<LoanSchedule>) => {
    const e = thrown(() => scheduleInterest(loan(over))) as ScheduleError;
    return [e.code, e.path, e.detail];
  };
  it('a loan schedule names the field that is wrong', () => {
    expect(err({ disbursedOn: '2020-02-30' })).toEqual(['invalid-date', 'disbursedOn', 'not a calendar date: 2020-02-30']);
    expect(err({ principal: d(-1) })).toEqual(['invalid-amount', 'principal', 'must not be negative']);
    expect(err({ annualRate: d('-0.01') })).toEqual(['invalid-amount', 'annualRate', 'must not be negative']);
    expect(err({ payments: [{ due: '2020-13-01', principal: d(100) }] })).toEqual(['invalid-date', 'payments[0].due', 'not a calendar date: 2020-13-01']);
    expect(err({ payments: [{ due: '2020-02-01', principal: d(-100) }] })).toEqual(['invalid-amount', 'payments[0].principal', 'must not be negative']);
    expect(err({ payments: [{ due: '2019-12-31', principal: d(100) }] })).toEqual(['due-before-disbursement', 'payments[0].due', 'due 2019-12-31 is before disbursement on 2020-01-01']);
    expect(scheduleInterest(loan({ principal: d(0), payments: [] })).totalInterest.toString()).toBe('0');
  });
  it('interest is rounded half-up to the fen: 1,000 x 0.0365 x 45 / 360 = 4.5625 -> 4.56; 1,000 x 0.036 x 45 / 360 = 4.5 -> 4.50', () => {
    const rows = (rate: string) => scheduleInterest(loan({ principal: d(1000), annualRate: d(rate), payments: [{ due: '2020-02-15', principal: d(1000) }] })).rows;
    expect(rows('0.0365')[0]?.interest.toFixed(2)).toBe('4.56');
    // 1,000 x 0.0366 x 45 / 360 = 4.575 exactly: half-up gives 4.58 (half-even would give 4.58 too, down 4.57)
    expect(rows('0.0366')[0]?.interest.toFixed(2)).toBe('4.58');
    // 1,000 x 0.0362 x 45 / 360 = 4.525: half-up 4.53, where half-even would give 4.52
    expect(rows('0.0362')[0]?.interest.toFixed(2)).toBe('4.53');
  });
  it('lease rent names the payment that is wrong', () => {
    const win = { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 };
    const lease = (payments: { due: string; amount: Decimal }[]) => thrown(() => deferLease({ payments }, win)) as ScheduleError;
    expect(['code', 'path', 'detail'].map((k) => lease([{ due: '2020-02-30', amount: d(1) }])[k as keyof ScheduleError])).toEqual(['invalid-date', 'payments[0].due', 'not a calendar date: 2020-02-30']);
    expect(['code', 'path', 'detail'].map((k) => lease([{ due: '2020-02-15', amount: d(-1) }])[k as keyof ScheduleError])).toEqual(['invalid-amount', 'payments[0].amount', 'must not be negative']);
    expect(lease([{ due: '2020-03-15', amount: d(1) }, { due: '2020-02-15', amount: d(1) }]).detail).toBe('payments must be sorted by due date (2020-02-15 after 2020-03-15)');
  });
  it('with nothing in the window, the rent is returned as it was (a copy)', () => {
    const payments = [{ due: '2020-06-15', amount: d(5) }, { due: '2020-06-15', amount: d(7) }];
    const r = deferLease({ payments }, { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 });
    expect(r.payments.map((p) => p.amount.toString())).toEqual(['5', '7']);
    expect(r.payments).not.toBe(payments);
  });
});

describe('deferral windows and dates', () => {
  it('a window may be a single day; it may not end before it starts', () => {
    expect(DeferralWindowSchema.safeParse({ from: '2020-03-01', to: '2020-03-01' }).success).toBe(true);
    expect(issues(DeferralWindowSchema.safeParse({ from: '2020-03-02', to: '2020-03-01' }))).toEqual([['to', 'custom', 'the window must not end before it starts']]);
  });
  it('checkWindow names the end that is wrong, under the path given', () => {
    const e = (w: { from: string; to: string }, path?: string) => {
      const x = thrown(() => checkWindow(w, path)) as ScheduleError;
      return [x.code, x.path, x.detail];
    };
    expect(e({ from: '2020-02-30', to: '2020-03-01' })).toEqual(['invalid-date', 'window.from', 'not a calendar date: 2020-02-30']);
    expect(e({ from: '2020-03-01', to: '2020-02-30' }, 'config.window')).toEqual(['invalid-date', 'config.window.to', 'not a calendar date: 2020-02-30']);
    expect(e({ from: '2020-03-02', to: '2020-03-01' })).toEqual(['invalid-window', 'window', 'the window 2020-03-02..2020-03-01 ends before it starts']);
    expect(() => checkWindow({ from: '2020-03-01', to: '2020-03-01' })).not.toThrow();
  });
  it('checkMonths wants a whole number of months, at least 1', () => {
    expect((thrown(() => checkMonths(0)) as ScheduleError).detail).toBe('must be a whole number of months, at least 1 (got 0)');
    expect((thrown(() => checkMonths(1.5, 'config.months')) as ScheduleError).path).toBe('config.months');
    expect(() => checkMonths(1)).not.toThrow();
  });
  const window = { from: '2020-01-24', to: '2020-06-30' };
  it('resolveDeferTo: the request, capped; the cap when nothing is asked; errors naming the field', () => {
    expect(resolveDeferTo({ window, cap: '2020-06-30' }, '2020-05-31')).toBe('2020-05-31');
    expect(resolveDeferTo({ window, cap: '2020-06-30' }, '2020-06-30')).toBe('2020-06-30');
    expect(resolveDeferTo({ window, cap: '2020-06-30' }, '2020-07-01')).toBe('2020-06-30');
    expect(resolveDeferTo({ window, cap: '2020-06-30' })).toBe('2020-06-30');
    expect(resolveDeferTo({ window }, '2021-01-01')).toBe('2021-01-01');
    const e = (f: () => unknown) => { const x = thrown(f) as ScheduleError; return [x.code, x.path, x.detail]; };
    expect(e(() => resolveDeferTo({ window }))).toEqual(['missing-defer-date', 'request.deferTo', 'required: this deferral sets no end date']);
    expect(e(() => resolveDeferTo({ window }, '2020-02-30'))).toEqual(['invalid-date', 'request.deferTo', 'not a calendar date: 2020-02-30']);
    expect(e(() => resolveDeferTo({ window, cap: '2020-06-31' }, '2020-05-01'))).toEqual(['invalid-date', 'cap', 'not a calendar date: 2020-06-31']);
  });
  it('a cap may equal the end of the window, not precede it; it is optional', () => {
    expect(DeferToDateConfigSchema.safeParse({ window, cap: '2020-06-30' }).success).toBe(true);
    expect(DeferToDateConfigSchema.safeParse({ window }).success).toBe(true);
    expect(issues(DeferToDateConfigSchema.safeParse({ window, cap: '2020-06-29' }))).toEqual([['cap', 'custom', 'the cap must not be before the end of the window']]);
  });
});

describe('fees', () => {
  const base = { base: d('3000000'), contractRate: d('0.015'), termMonths: 12 };
  it('name the input that is wrong', () => {
    expect(thrown(() => periodFee(d(1), d(1), -1)).message).toBe('termMonths must be a non-negative integer, got -1');
    expect(periodFee(d(1200), d('0.1'), 0).toString()).toBe('0');
    expect(thrown(() => guaranteeFee({ ...base, base: d(-1) }, {})).message).toBe('base: must be >= 0, got -1');
    expect(thrown(() => guaranteeFee({ ...base, contractRate: d('-0.01') }, {})).message).toBe('contractRate: must be >= 0, got -0.01');
    expect(thrown(() => guaranteeFee({ ...base, subsidyShare: '-0.5' }, {})).message).toBe('subsidyShare: must be >= 0, got -0.5');
    expect(thrown(() => guaranteeFee({ ...base, subsidyShare: '1.5' }, {})).message).toBe('subsidyShare must be between 0 and 1, got 1.5');
    expect(thrown(() => guaranteeFee(base, { rateCap: '-0.01' })).message).toBe('rateCap: must be >= 0, got -0.01');
    expect(thrown(() => guaranteeFee(base, { bands: [{ inclusive: true, cap: '-1' }] })).message).toBe('band cap: must be >= 0, got -1');
    expect(thrown(() => guaranteeFee(base, { bands: [{ upTo: 'x', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.02' }] })).message).toBe('band upTo: not a decimal string: x');
  });
  it('band order problems are reported on bands', () => {
    const bad = FeeRuleConfigSchema.safeParse({ bands: [{ upTo: '2', inclusive: true, cap: '0.01' }, { upTo: '1', inclusive: true, cap: '0.02' }, { inclusive: true, cap: '0.03' }] });
    expect(issues(bad)).toEqual([['bands', 'custom', "band 1: upTo must be greater than the previous band's upTo"]]);
    expect(issues(FeeRuleConfigSchema.safeParse({ bands: [{ inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.02' }] }))).toEqual([['bands', 'custom', 'band 0 has no upTo but is not the last band']]);
  });
  it('an unbounded first band covers everything; a kind that is not zero-rated pays the capped rate', () => {
    const r = guaranteeFee(base, { bands: [{ inclusive: true, cap: '0.01' }], zeroRateKinds: ['extension'] });
    expect([r.band, r.rate.toString(), r.rateCappedBy]).toEqual([0, '0.01', 'band']);
    expect(guaranteeFee({ ...base, kind: 'renewal' }, { zeroRateKinds: ['extension'] }).rateCappedBy).toBeNull();
    expect(guaranteeFee({ ...base, kind: 'extension' }, {}).rate.toString()).toBe('0.015');
    const none = guaranteeFee(base, {});
    expect([none.cap, none.rateCappedBy, none.band, none.rate.toString()]).toEqual([null, null, null, '0.015']);
  });
});

describe('caps and item awards', () => {
  it('a floor above the cap is refused, in data and in calls, naming both', () => {
    expect(CapConfigSchema.safeParse({ floor: '5', cap: '5' }).success).toBe(true);
    expect(CapConfigSchema.safeParse({ floor: '5' }).success).toBe(true);
    expect(issues(CapConfigSchema.safeParse({ floor: '6', cap: '5' }))).toEqual([['', 'custom', 'floor must not exceed cap']]);
    expect(thrown(() => clamp(d(1), { floor: '6', cap: '5' })).message).toBe('floor 6 exceeds cap 5');
    expect(thrown(() => clamp(d(1), { floor: 'x' })).message).toBe('floor: not a decimal string: x');
    expect(thrown(() => clamp(d(1), { cap: 'x' })).message).toBe('cap: not a decimal string: x');
  });
  it('capEach and capSum label what bound them ("cap" unless named)', () => {
    expect(capEach([d(5)], '3').items[0]?.boundBy).toBe('cap');
    expect(capEach([d(5), d(1)], '3').boundBy).toBe('cap');
    expect(capEach([d(1)], '3').boundBy).toBeNull();
    expect(capEach([d(5)], '3', 'itemMax').boundBy).toBe('itemMax');
    expect(capSum([d(5)], '3').boundBy).toBe('cap');
    expect(thrown(() => capEach([d(1)], 'x')).message).toBe('cap: not a decimal string: x');
  });
  it('item awards name the input that is wrong', () => {
    expect(thrown(() => rateOfBase({ base: d(-1), rate: '0.08' })).message).toBe('base: must be >= 0, got -1');
    expect(thrown(() => rateOfBase({ base: d(1), rate: '-0.08' })).message).toBe('rate: must be >= 0, got -0.08');
    expect(thrown(() => rateOfBase({ base: d(1), rate: '0.08', minBase: '-1' })).message).toBe('minBase: must be >= 0, got -1');
    expect(thrown(() => perUnit({ count: 1.5, amountEach: '10' })).message).toBe('count must be a non-negative integer, got 1.5');
    expect(thrown(() => perUnit({ count: 1, amountEach: '10.005' })).message).toBe('amountEach: not rounded to the fen: 10.005');
    const amounts: Record<string, string> = { a: '1', b: '2' };
    expect(thrown(() => staged<string>({ stage: 'x', amounts })).message).toBe('unknown stage x; expected one of a, b');
    expect(thrown(() => staged({ stage: 'a', amounts: { a: '1.001' } })).message).toBe('amounts.a: not rounded to the fen: 1.001');
    expect(thrown(() => fixedIf({ condition: true, amount: '1.001' })).message).toBe('amount: not rounded to the fen: 1.001');
    expect(thrown(() => fixedIf({ condition: false, amount: '1', otherwise: '1.001' })).message).toBe('otherwise: not rounded to the fen: 1.001');
    expect(thrown(() => perUnit({ count: 1, amountEach: '10', cap: '1.001' })).message).toBe('cap: not rounded to the fen: 1.001');
  });
  it('an item award capped without a label is "cap"; with one, the label', () => {
    expect(perUnit({ count: 11, amountEach: '30000', cap: '300000' }).cappedBy).toBe('cap');
    expect(perUnit({ count: 11, amountEach: '30000', cap: '300000', label: 'talentCap' }).cappedBy).toBe('talentCap');
    expect(perUnit({ count: 10, amountEach: '30000', cap: '300000', label: 'talentCap' }).cappedBy).toBeNull();
  });
});

describe('award schedule claims', () => {
  const schedule = AwardScheduleSchema.parse({
    items: {
      equipment: { parts: [{ field: 'investment', rule: { kind: 'rateOfBase', rate: '0.08', cap: '100' } }, { field: 'extra', rule: { kind: 'perUnit', amountEach: '10' } }] },
      talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }] },
      listing: { parts: [{ field: 'stage', rule: { kind: 'staged', amounts: { reform: '500000', listed: '1500000' } } }], once: { per: ['stage'] } },
      hnte: { parts: [{ field: 'first', rule: { kind: 'fixedIf', amount: '200000', otherwise: '100000' } }] },
    },
  });
  const claimError = (claims: AwardClaim[]) => {
    const e = thrown(() => applySchedule(claims, schedule)) as AwardClaimError;
    return [e.name, e.path, e.detail];
  };
  it('say which field of which item is wrong and what was expected', () => {
    expect(claimError([{ kind: 'equipment' }])).toEqual(['AwardClaimError', 'items[0].investment', 'expected an amount, got nothing']);
    expect(claimError([{ kind: 'talent', talents: d('1.5') }])).toEqual(['AwardClaimError', 'items[0].talents', 'expected a whole number, got "1.5"']);
    expect(claimError([{ kind: 'talent', talents: d(-1) }])).toEqual(['AwardClaimError', 'items[0].talents', 'expected a whole number, got "-1"']);
    expect(claimError([{ kind: 'talent', talents: 1.5 as unknown as Decimal }])).toEqual(['AwardClaimError', 'items[0].talents', 'expected a whole number, got "1.5"']);
    expect(claimError([{ kind: 'talent', talents: 'two' as unknown as Decimal }])).toEqual(['AwardClaimError', 'items[0].talents', 'expected a whole number, got "two"']);
    expect(claimError([{ kind: 'listing', stage: 'ipo' }])).toEqual(['AwardClaimError', 'items[0].stage', 'expected one of reform, listed, got "ipo"']);
    expect(claimError([{ kind: 'listing', stage: d(1) as unknown as string }])).toEqual(['AwardClaimError', 'items[0].stage', 'expected one of reform, listed, got "1"']);
    expect(claimError([{ kind: 'hnte', first: 'yes' }])).toEqual(['AwardClaimError', 'items[0].first', 'expected true or false, got "yes"']);
    expect(claimError([{ kind: 'hnte' }, { kind: 'ghost' }])).toEqual(['AwardClaimError', 'items[0].first', 'expected true or false, got nothing']);
    expect(claimError([{ kind: 'ghost' }])).toEqual(['AwardClaimError', 'items[0].kind', 'the schedule has no award for kind ghost']);
  });
  it('whole numbers may come as decimals; a part capped by its own cap names it; a repeat is paid once', () => {
    const r = applySchedule([
      { kind: 'talent', talents: d(2) },
      { kind: 'equipment', investment: d(10000), extra: d(1) },
      { kind: 'listing', stage: 'reform' },
      { kind: 'listing', stage: 'reform' },
      { kind: 'hnte', first: false },
    ], schedule);
    // 2 x 30,000; min(10,000 x 0.08 = 800, 100) + 1 x 10 = 110 (the part's cap); reform 500,000 once; renewal 100,000
    expect(r.items.map((i) => [i.kind, i.amount.toFixed(2), i.cappedBy])).toEqual([
      ['talent', '60000.00', null], ['equipment', '110.00', 'cap'], ['listing', '500000.00', null], ['listing', '0.00', 'once'], ['hnte', '100000.00', null],
    ]);
    // 60,000 + 110 + 500,000 + 0 + 100,000 = 660,110
    expect([r.award.toFixed(2), r.itemsTotal.toFixed(2), r.cappedBy]).toEqual(['660110.00', '660110.00', null]);
    const uncapped = applySchedule([{ kind: 'equipment', investment: d(1000), extra: d(0) }], schedule);
    expect(uncapped.items[0]?.cappedBy).toBeNull();
    const capped = applySchedule([{ kind: 'talent', talents: d(10) }], AwardScheduleSchema.parse({ ...schedule, applicantCap: { cap: '100000' } }));
    expect([capped.award.toFixed(2), capped.cappedBy]).toEqual(['100000.00', 'applicantCap']);
  });
});

describe('budgets and priorities', () => {
  it('name the amount that is wrong', () => {
    expect(thrown(() => allocateBudget([d(1)], d('1.001'))).message).toBe('budget: not rounded to the fen: 1.001');
    expect(thrown(() => allocateBudget([d(1), d('0.001')], d(1))).message).toBe('awards[1]: not rounded to the fen: 0.001');
    expect(thrown(() => allocateByPriority([d(1)], d('-1'))).message).toBe('budget: must be >= 0, got -1');
    expect(thrown(() => allocateByPriority([d(1), d('0.001')], d(1))).message).toBe('requests[1]: not rounded to the fen: 0.001');
  });
  it('an unscaled allocation marks nobody as receiving leftover fen', () => {
    expect(allocateBudget([d(1), d(2)], d(10)).receivedLeftover).toEqual([false, false]);
  });
  it('leftover fen go to the largest remainders first, then by input order', () => {
    // awards 1, 2, 4 (fen 100, 200, 400), budget 4.00: exact shares 57.14.., 114.28.., 228.57.. fen
    // truncated 57 + 114 + 228 = 399; one fen left: remainders 1/7, 2/7, 4/7 of a fen -> the third
    const a = allocateBudget([d(1), d(2), d(4)], d(4));
    expect(a.allocations.map((x) => x.toFixed(2))).toEqual(['0.57', '1.14', '2.29']);
    expect(a.receivedLeftover).toEqual([false, false, true]);
    // awards 4, 2, 1: the same shares in reverse order; the leftover goes to the first
    expect(allocateBudget([d(4), d(2), d(1)], d(4)).receivedLeftover).toEqual([true, false, false]);
    // equal remainders (3 x 1.00 into 2.00): 66.66.. fen each, 2 fen left, to the first two in order
    expect(allocateBudget([d(1), d(1), d(1)], d(2)).allocations.map((x) => x.toFixed(2))).toEqual(['0.67', '0.67', '0.66']);
    expect(allocateBudget([d(1), d(1), d(1), d(1), d(1), d(1)], d(4)).receivedLeftover).toEqual([true, true, true, true, false, false]);
  });
  it('once stopped, no later request is granted, even one that would fit', () => {
    const r = allocateByPriority([d(5), d(10), d(1)], d(12), { whenShort: 'stop' });
    expect(r.statuses).toEqual(['full', 'none', 'none']);
    const p = allocateByPriority([d(5), d(10), d(1)], d(12), { whenShort: 'partial' });
    expect([p.statuses, p.allocations.map((x) => x.toString())]).toEqual([['full', 'partial', 'none'], ['5', '7', '0']]);
  });
});

describe('portfolio figures', () => {
  it('name the amount that is wrong', () => {
    expect(thrown(() => weightedAverageRate([{ amount: d(-1), rate: d('0.01') }])).message).toBe('amount: must be >= 0, got -1');
    expect(thrown(() => weightedAverageRate([{ amount: d(1), rate: d('-0.01') }])).message).toBe('rate: must be >= 0, got -0.01');
    expect(thrown(() => weightedAverageRate([{ amount: d(1), rate: d('0.01') }], { maxAverageRate: '-1' })).message).toBe('maxAverageRate: must be >= 0, got -1');
    expect(thrown(() => shareOf([{ amount: d(-1) }], () => true)).message).toBe('amount: must be >= 0, got -1');
    expect(thrown(() => shareOf([{ amount: d(1) }], () => true, { atLeast: '-1' })).message).toBe('atLeast: must be >= 0, got -1');
  });
});

describe('scale and score-card schemas', () => {
  it('marginal slices: open last, increasing ends, each issue on its slice', () => {
    expect(issues(MarginalScaleSchema.safeParse({ kind: 'marginal', slices: [{ upTo: '10', rate: '0.1' }] }))).toEqual([['slices.0.upTo', 'custom', 'the last slice is open: no upTo']]);
    expect(issues(MarginalScaleSchema.safeParse({ kind: 'marginal', slices: [{ rate: '0.1' }, { rate: '0.2' }] }))).toEqual([['slices.0.upTo', 'custom', 'only the last slice may omit upTo']]);
    expect(issues(MarginalScaleSchema.safeParse({ kind: 'marginal', slices: [{ upTo: '10', rate: '0.1' }, { upTo: '10', rate: '0.2' }, { rate: '0' }] }))).toEqual([['slices.1.upTo', 'custom', 'upTo must be above 10']]);
    expect(issues(MarginalScaleSchema.safeParse({ kind: 'marginal', slices: [{ upTo: '0', rate: '0.1' }, { rate: '0' }] }))).toEqual([['slices.0.upTo', 'custom', 'upTo must be above 0']]);
    expect(issues(MarginalScaleSchema.safeParse({ kind: 'marginal', slices: [{ upTo: '5', rate: '0.1' }, { upTo: '10', rate: '0.2' }, { rate: '0' }] }))).toEqual([]);
  });
  it('score cards: duplicate ids, forward references, unknown or repeated totals, unknown vetoes', () => {
    const item = (id: string) => ({ id, kind: 'input', input: id, range: { lo: '0', hi: '10' } });
    const card = (extra: Record<string, unknown>) => ({ kind: 'scoreCard', items: [item('a'), item('b')], total: { of: ['a'], passMark: { value: '5', strict: false } }, ...extra });
    expect(issues(ScoreCardSchema.safeParse(card({ items: [item('a'), item('a')] })))).toEqual([['items.1.id', 'custom', 'duplicate item id "a"']]);
    expect(issues(ScoreCardSchema.safeParse(card({ items: [{ id: 'h', kind: 'higherOf', of: ['a', 'b'] }, item('a'), item('b')] })))).toEqual([
      ['items.0.of.0', 'custom', '"a" is not an earlier item'], ['items.0.of.1', 'custom', '"b" is not an earlier item'],
    ]);
    expect(issues(ScoreCardSchema.safeParse(card({ total: { of: ['a', 'z', 'a'], passMark: { value: '5', strict: false } } })))).toEqual([
      ['total.of.1', 'custom', 'unknown item "z"'], ['total.of.2', 'custom', '"a" counted twice'],
    ]);
    expect(issues(ScoreCardSchema.safeParse(card({ vetoes: [{ item: 'b', mustBe: '>', value: '0' }, { item: 'q', mustBe: '>', value: '0' }] })))).toEqual([
      ['vetoes.1.item', 'custom', 'unknown item "q"'],
    ]);
  });
});
