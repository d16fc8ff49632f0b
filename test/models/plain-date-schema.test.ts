import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/models/issues';
import { PlainDateSchema } from '../../src/models/plain-date-schema';

function failure(raw: unknown): string | undefined {
  const r = parseModel(PlainDateSchema, raw);
  return r.ok ? undefined : r.issues.map((i) => i.message).join(' | ');
}

describe('PlainDateSchema', () => {
  it('accepts real calendar days, leap days included', () => {
    expect(PlainDateSchema.parse('2020-02-29')).toBe('2020-02-29');
    expect(PlainDateSchema.parse('2000-02-29')).toBe('2000-02-29');
    expect(PlainDateSchema.parse('2019-12-31')).toBe('2019-12-31');
  });

  it('rejects days that do not exist, with one message', () => {
    expect(failure('2019-02-29')).toBe("'2019-02-29' is not a real calendar date");
    expect(failure('1900-02-29')).toBe("'1900-02-29' is not a real calendar date");
    expect(failure('2020-13-01')).toBe("'2020-13-01' is not a real calendar date");
    expect(failure('2020-04-31')).toBe("'2020-04-31' is not a real calendar date");
    expect(failure('2020-00-10')).toBe("'2020-00-10' is not a real calendar date");
  });

  it('rejects other forms and types', () => {
    expect(failure('2020/02/29')).toBe("expected a date in the form YYYY-MM-DD, got '2020/02/29'");
    expect(failure('2020-2-9')).toBe("expected a date in the form YYYY-MM-DD, got '2020-2-9'");
    expect(failure('2020-02-29T00:00:00Z')).toBe(
      "expected a date in the form YYYY-MM-DD, got '2020-02-29T00:00:00Z'",
    );
    expect(failure(20200229)).toBe('expected a date string YYYY-MM-DD, got number');
    expect(failure(null)).toBe('expected a date string YYYY-MM-DD, got null');
    expect(failure(undefined)).toBe('missing: expected a date string YYYY-MM-DD');
  });
});
