import { describe, it, expect } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { compilePolicy, type Policy } from '../../src/engine';
import { call, fact, get, gte, ref } from '../../src/engine/builder/expr';
import { cite, criterion, label } from '../../src/engine/builder/rules';
import { policy } from '../../src/engine/builder/policy';
import { STDLIB } from '../../src/rules/stdlib';
import { ScoreCardSchema } from '../../src/rules/score';
import { atLeastBands } from '../../src/rules/band-table';
import { cardInputs, scoreCardValue } from '../../src/rules/functions/score-fns';
import { firstTrue } from '../../src/rules/functions/choice-fns';

// A small card: a (0..10 by band), b (input 0..50); total >= 30, a > 0.
const CARD = ScoreCardSchema.parse({
  kind: 'scoreCard',
  items: [
    { id: 'a', kind: 'band', input: 'x', table: atLeastBands([['0.5', '10']], { below: '0' }) },
    { id: 'b', kind: 'input', input: 'y', range: { lo: '0', hi: '50' } },
  ],
  total: { of: ['a', 'b'], passMark: { value: '30', strict: false } },
  vetoes: [{ item: 'a', mustBe: '>', value: '0' }],
});
const d = (x: string) => new Decimal(x);

const SOURCES = [{ id: 'doc', title: { zh: '测试', en: 'Test' } }];
function cardPolicy(args: Record<string, ReturnType<typeof fact>>): Policy {
  return policy({
    id: 'test.card', title: label('测试', 'Test'), sources: SOURCES, effective: { from: '2000-01-01' },
    definitions: { card: { expr: call('score.card', args, CARD) } },
    eligibility: criterion({ id: 'passed', label: label('通过', 'Passed'), cite: cite('doc', '1'), test: gte(get(ref('card'), 'range', 'lo'), 0) }),
    outputs: { card: { expr: ref('card'), type: { type: 'json' } } },
  }, STDLIB);
}
const run = (p: Policy, facts: Record<string, unknown>) => compilePolicy(p, { functions: STDLIB }).evaluate(facts, { asOf: '2020-06-01' });

describe('score.card', () => {
  it('lists the inputs of a card once each, in item order', () => {
    expect(cardInputs(CARD)).toEqual(['x', 'y']);
  });

  it('scores known inputs exactly: 10 + 20 = 30 >= 30 passes', () => {
    const v = scoreCardValue(CARD, { x: d('0.5'), y: d('20') });
    expect([v.passed, v.total?.toString(), v.range.toString(), v.needs]).toEqual(['pass', '30', '30..30', { x: false, y: false }]);
    expect(v.items['a']?.toString()).toBe('10');
  });

  it('is decided by known items (10 + 0..50 can miss 30: unknown, needs y; a = 0 is vetoed: fail)', () => {
    const open = scoreCardValue(CARD, { x: d('0.6'), y: undefined });
    expect([open.passed, open.total, open.range.toString(), open.needs]).toEqual(['unknown', null, '10..60', { x: false, y: true }]);
    const vetoed = scoreCardValue(CARD, { x: d('0.1'), y: undefined });
    // needs still names the unknown input of a counted item; a policy reads it only when undecided
    expect([vetoed.passed, vetoed.vetoedBy, vetoed.needs]).toEqual(['fail', ['a'], { x: false, y: true }]);
  });

  it('through a policy: decimal-string facts, an out-of-range input is an error row', () => {
    const p = cardPolicy({ x: fact('x'), y: fact('y') });
    expect(run(p, { x: '0.5', y: 25 }).outputs['card']).toMatchObject({ passed: 'pass', total: '35', items: { a: '10', b: '25' } });
    const bad = run(p, { x: '0.5', y: 51 });
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('OUT_OF_TABLE');
  });

  it('a call must name only the card inputs: a typo is rejected when the policy is built, not an unknown input', () => {
    expect(() => cardPolicy({ x: fact('x'), why: fact('y') })).toThrow("definitions.card.expr.args.why: 'score.card' takes no argument 'why'");
    // an input left out is simply unknown (every card input is optional)
    expect(run(cardPolicy({ x: fact('x') }), { x: '0.5' }).status).toBe('eligible');
  });

  it('rejects a card that is not valid data when the policy is built', () => {
    const bad = { ...CARD, total: { of: ['a', 'zz'], passMark: { value: '30', strict: false } } };
    expect(() => policy({
      id: 'test.bad', title: label('测试', 'Test'), sources: SOURCES, effective: { from: '2000-01-01' },
      definitions: { card: { expr: call('score.card', { x: fact('x') }, bad) } },
      eligibility: criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: gte(get(ref('card'), 'range', 'lo'), 0) }),
    }, STDLIB)).toThrow(/unknown item "zz"/);
  });
});

describe('choose.first', () => {
  it('picks the first option known to hold, skipping unknown ones', () => {
    expect(firstTrue(['a', 'b', 'c'], { a: undefined, b: true, c: true })).toBe('b');
    expect(firstTrue(['a', 'b'], { a: false, b: undefined })).toBeNull();
    expect(() => firstTrue(['a'], { a: d('1') })).toThrow(TypeError);
  });
});
