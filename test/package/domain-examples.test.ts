import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/models/issues';
import { MODELS, type ModelName } from '../../src/models/registry';
import { schemaValidator } from './fixtures/ajv';
import { DOMAIN_EXAMPLES, expandAlternatives } from './fixtures/domain-examples';
import { edgyJsonValue, jsonPaths, setAt } from './fixtures/mutate';

const examples = DOMAIN_EXAMPLES.flatMap((ex) =>
  expandAlternatives(JSON.parse(ex.json)).map((record, i) => ({ ...ex, variant: i, record })),
);
const exampleOf = (model: ModelName): unknown => {
  const ex = DOMAIN_EXAMPLES.find((e) => e.model === model);
  if (ex === undefined) throw new Error(`no DOMAIN.md example for ${model}`);
  return expandAlternatives(JSON.parse(ex.json))[0];
};
const valid = (model: ModelName, record: unknown) => schemaValidator(model)(record);
const schemaErrors = (model: ModelName, record: unknown) => {
  const v = schemaValidator(model);
  return v(record) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
};

describe('the DOMAIN.md examples against the exported JSON Schemas', () => {
  it('cover every model, and every listed value of a|b|c fields', () => {
    expect(new Set(DOMAIN_EXAMPLES.map((e) => e.model))).toEqual(new Set(Object.keys(MODELS)));
    // 4 incident kinds x 4 sizes in §1 -> 4 records; 3 guarantee kinds; 3 review states.
    expect(examples.filter((e) => e.model === 'enterprise')).toHaveLength(4);
    expect(examples.filter((e) => e.model === 'guarantee').map((e) => (e.record as { kind: string }).kind)).toEqual(['new', 'extension', 'renewal']);
    expect(examples).toHaveLength(13);
  });

  it.each(examples.map((e) => [`${e.section} #${e.variant}`, e] as const))('%s is valid (schema and model agree)', (_label, e) => {
    expect(schemaErrors(e.model, e.record)).toEqual([]);
    expect(parseModel(MODELS[e.model], e.record).ok).toBe(true);
  });
});

describe('the schemas reject what the models reject', () => {
  const rejected: [string, ModelName, JsonEdit][] = [
    ['a typo in a key (unknown keys are errors)', 'enterprise', [['employes'], 120]],
    ['a negative head count', 'enterprise', [['employees'], -1]],
    ['a fractional head count', 'enterprise', [['stStaff'], 15.5]],
    ['money with a thousands separator', 'enterprise', [['totalAssets'], '80,000,000']],
    ['negative money outside netAssets', 'enterprise', [['financials', 0, 'rdExpense'], '-1']],
    ['a date that is not YYYY-MM-DD', 'enterprise', [['registeredOn'], '2017-3-15']],
    ['a date that does not exist', 'enterprise', [['registeredOn'], '2017-02-29']],
    ['an unknown size', 'enterprise', [['size'], 'tiny']],
    ['an unknown incident kind', 'enterprise', [['incidents', 0, 'kind'], 'fire']],
    ['a financial year without its year', 'enterprise', [['financials', 0, 'year'], undefined]],
    ['a loan without payments', 'loan', [['payments'], []]],
    ['a loan payment with an extra key', 'loan', [['payments', 0, 'interest'], '0']],
    ['a region code of five digits', 'loan', [['borrower', 'regionCode'], '65010']],
    ['a guarantee without its amount', 'guarantee', [['loanAmount'], undefined]],
    ['a zero-month guarantee', 'guarantee', [['termMonths'], 0]],
    ['an unknown guarantee kind', 'guarantee', [['kind'], 'bridge']],
    ['an award item of an unknown kind', 'awardApplication', [['items', 0, 'kind'], 'lottery']],
    ['an award item with the input of another kind', 'awardApplication', [['items', 1], { kind: 'newProduct', talents: 3 }]],
    ['an application without its review', 'awardApplication', [['review'], undefined]],
    ['a project flag that is not a boolean', 'project', [['zoneKey'], 'yes']],
    ['an empty id', 'project', [['id'], '']],
  ];
  it.each(rejected)('%s', (_label, model, [path, value]) => {
    const record = setAt(exampleOf(model), path, value);
    expect(parseModel(MODELS[model], record).ok).toBe(false);
    expect(valid(model, record)).toBe(false);
  });

  it('accept the other input forms the models accept', () => {
    const e = exampleOf('enterprise');
    for (const [path, value] of [
      [['employees'], '120'],
      [['totalAssets'], 80000000],
      [['financials', 0, 'netAssets'], '-3.5'],
      [['residentInMainland'], 'true'],
      [['stStaff'], null],
      [['ip'], undefined],
      [['id'], 7],
    ] as JsonEdit[]) {
      const record = setAt(e, path, value);
      expect(parseModel(MODELS.enterprise, record).ok).toBe(true);
      expect(schemaErrors('enterprise', record)).toEqual([]);
    }
  });
});

type JsonEdit = [readonly (string | number)[], unknown];

/** What the models check that a JSON Schema cannot say (bounds of numeric strings, sums, order). */
const BEYOND_SCHEMA = [
  /is too large/,
  /must be at (least|most) /,
  /must not be negative/,
  /must be greater than/,
  /must be at the fen/,
  /payment principals sum to/,
  /must be sorted by due date/,
  /before the disbursement date/,
  /duplicate year/,
];

describe('schema and model agree on edited DOMAIN.md records (fast-check)', () => {
  const edits = (model: ModelName) => {
    const base = exampleOf(model);
    return fc.tuple(fc.constant(base), fc.constantFrom(...jsonPaths(base)), edgyJsonValue());
  };
  const models = Object.keys(MODELS) as ModelName[];

  it.each(models)('%s: the schema never rejects a record the model accepts', (model) => {
    fc.assert(
      fc.property(edits(model), ([base, path, value]) => {
        const record = setAt(base, path, value);
        if (parseModel(MODELS[model], record).ok) expect(schemaErrors(model, record)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it.each(models)('%s: a record the schema accepts and the model rejects fails only checks beyond JSON Schema', (model) => {
    fc.assert(
      fc.property(edits(model), ([base, path, value]) => {
        const record = setAt(base, path, value);
        const parsed = parseModel(MODELS[model], record);
        if (!parsed.ok && valid(model, record))
          for (const issue of parsed.issues) expect(BEYOND_SCHEMA.some((re) => re.test(issue.message)), issue.message).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
