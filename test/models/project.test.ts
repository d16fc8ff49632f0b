import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/models/issues';
import { ProjectSchema } from '../../src/models/project';

describe('ProjectSchema', () => {
  it('parses list memberships as booleans, unknown ones as undefined', () => {
    const p = ProjectSchema.parse({
      id: 'P1',
      name: '某重大项目',
      municipalMajor: true,
      municipalKeyTechRenovation: 'false',
      zoneKey: null,
      keyInvestment: false,
    });
    expect(p).toEqual({ id: 'P1', name: '某重大项目', municipalMajor: true, municipalKeyTechRenovation: false, zoneKey: undefined, keyInvestment: false });
    expect(p.onePlusNList).toBeUndefined();
  });

  it('rejects non-booleans and typos', () => {
    expect(parseModel(ProjectSchema, { municipalMajor: 'Y', onePlusN: true })).toEqual({
      ok: false,
      issues: [
        { path: 'municipalMajor', message: "expected true or false, got 'Y'" },
        { path: 'onePlusN', message: "unknown key 'onePlusN'" },
      ],
    });
  });
});
