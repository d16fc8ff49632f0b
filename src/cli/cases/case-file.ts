import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { yamlPackage } from '../on-demand-packages';
import { oneLine } from '../usage-error';

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is "YYYY-MM-DD" (quote it)');
const STATUS = z.enum(['eligible', 'ineligible', 'undetermined', 'error']);

/**
 * What a case expects: any of `status`, `failed` and `missing` (exact lists),
 * `outputs` (a subset, exact JSON values) and `error` (`code`, `message` exact).
 *
 * @example
 * ExpectSchema.safeParse({ status: 'eligible', outputs: { fee: '50000.00' } }).success; // true
 * ExpectSchema.safeParse({}).success; // false (expect at least one of status, failed, missing, outputs, error)
 */
export const ExpectSchema = z
  .strictObject({
    status: STATUS.optional(),
    failed: z.array(z.string()).optional(),
    missing: z.array(z.string()).optional(),
    outputs: z.record(z.string(), z.unknown()).optional(),
    error: z.strictObject({ code: z.string().optional(), message: z.string().optional() }).optional(),
  })
  .refine((e) => Object.keys(e).length > 0, 'expect at least one of status, failed, missing, outputs, error');

/**
 * One test case: a name, the policy (catalog id/alias, or a path relative to the YAML
 * file; else the file's `policy`), the date, the raw input record and the expectation.
 *
 * @example
 * CaseSchema.safeParse({ name: 'small', policy: 'cn.gov-guarantee-fee.2019', asOf: '2020-03-01', input: {}, expect: { status: 'error' } }).success; // true
 * CaseSchema.safeParse({ name: 'small', asOf: 20200301, input: {}, expect: { status: 'error' } }).success; // false (quote the date)
 */
export const CaseSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  policy: z.string().min(1).optional(),
  asOf: DATE.optional(),
  input: z.unknown(),
  expect: ExpectSchema,
});

/** A test case. @example const c: TestCase = { name: 'x', input: {}, expect: { status: 'eligible' } }; */
export type TestCase = z.infer<typeof CaseSchema>;

/** What a case expects. @example const e: CaseExpect = { status: 'eligible' }; */
export type CaseExpect = z.infer<typeof ExpectSchema>;

/**
 * A case file: a YAML list of cases, or `{ policy?, asOf?, cases: [...] }` whose `policy`
 * and `asOf` are the defaults of its cases.
 *
 * @example
 * CaseFileSchema.safeParse([{ name: 'x', policy: 'p', input: {}, expect: { status: 'eligible' } }]).success; // true
 * CaseFileSchema.safeParse({ policy: 'p', cases: [{ name: 'x', input: {}, expect: {} }] }).success; // false (an empty expect)
 */
export const CaseFileSchema = z.union([
  z.array(CaseSchema),
  z.strictObject({ policy: z.string().min(1).optional(), asOf: DATE.optional(), description: z.string().optional(), cases: z.array(CaseSchema) }),
]);

/**
 * A loaded case file: its cases with the file's defaults applied, or why it cannot be
 * read.
 *
 * @example
 * const f: LoadedCases = { ok: true, cases: [] };
 * @inline
 */
export type LoadedCases = { ok: true; cases: TestCase[] } | { ok: false; problem: string };

/**
 * Reads and validates a YAML case file (problems are reported with their paths).
 *
 * @example
 * await loadCaseFile('test/cases/cn.gov-guarantee-fee.2019.yaml'); // { ok: true, cases: [...] }
 */
export async function loadCaseFile(path: string): Promise<LoadedCases> {
  let doc: unknown;
  try {
    doc = (await yamlPackage()).parse(await readFile(path, 'utf8'));
  } catch (e) {
    return { ok: false, problem: oneLine(e) };
  }
  const r = CaseFileSchema.safeParse(doc);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, problem: `not a case file: ${issues.join('; ')}` };
  }
  if (Array.isArray(r.data)) return { ok: true, cases: r.data };
  const { policy, asOf, cases } = r.data;
  return {
    ok: true,
    cases: cases.map((c) => {
      const p = c.policy ?? policy;
      const d = c.asOf ?? asOf;
      return { ...c, ...(p !== undefined ? { policy: p } : {}), ...(d !== undefined ? { asOf: d } : {}) };
    }),
  };
}
