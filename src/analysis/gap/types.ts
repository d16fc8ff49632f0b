import type { Label } from '../../engine/citation';
import type { Issue } from '../../engine/errors';
import type { Status } from '../../engine/result';

/**
 * The unit a suggested change is counted in: money to the fen (`yuan`), people
 * (`person`: employees, S&T staff, ...) or other whole counts (`count`: patents, ...).
 *
 * @example
 * const u: GapUnit = 'yuan';
 */
export type GapUnit = 'yuan' | 'person' | 'count';

/**
 * Whether the suggested change raises or lowers the fact.
 *
 * @example
 * const d: GapDirection = 'increase';
 */
export type GapDirection = 'increase' | 'decrease';

/**
 * One way to pass a failed criterion by changing one numeric fact: the smallest change in
 * the fact's unit (one fen for money, one person or one item for counts), verified by
 * re-evaluating the changed record (it passes; one fen or unit less does not). `breaks`
 * lists the criteria that passed before and fail after the change; `statusAfter` is the
 * record's status with this change alone.
 *
 * @example
 * const s: GapSuggestion = { criterion: 'stStaffRatio', fact: 'stStaff', unit: 'person', direction: 'increase',
 *   from: '9', to: '12', change: '3', breaks: [], statusAfter: 'eligible', verified: true };
 */
export interface GapSuggestion {
  criterion: string;
  label?: Label;
  /** The fact's path, array items by key: `financials[2019].rdExpense`. */
  fact: string;
  unit: GapUnit;
  direction: GapDirection;
  /** Exact decimal texts: money with at least two decimals (`"1800000.00"`), counts as digits. */
  from: string;
  to: string;
  /** `to - from`, signed (`"-30"` for a decrease). */
  change: string;
  breaks: string[];
  statusAfter: Status;
  verified: true;
}

/**
 * Why a criterion has no suggestion:
 * - `notNumeric`: its test reads no money or count fact (a certificate, a date, an incident,
 *   a yes/no fact, an expert score);
 * - `noSingleFact`: it reads numeric facts, but no change of one of them within the search
 *   bounds makes it pass;
 * - `unknown`: it is undetermined (facts are missing, or a score band straddles the mark).
 *
 * @example
 * const r: GapNotFixableReason = 'notNumeric';
 */
export type GapNotFixableReason = 'notNumeric' | 'noSingleFact' | 'unknown';

/**
 * A criterion that no single numeric change can fix, with the facts it reads (or the
 * facts still missing, for an undetermined one).
 *
 * @example
 * const n: GapNotFixable = { criterion: 'coreIp', reason: 'notNumeric', facts: ['ip.ownsCoreIp'] };
 */
export interface GapNotFixable {
  criterion: string;
  label?: Label;
  reason: GapNotFixableReason;
  facts: string[];
  missing?: string[];
  /** The engine's reason for an undetermined criterion (e.g. a score band straddling the mark). */
  detail?: string;
}

/**
 * The distance to eligibility of one record under one policy.
 *
 * @example
 * const r: GapReport = { policy: 'cn.hnte.2016', asOf: '2020-06-01', status: 'ineligible', failed: ['coreIp'],
 *   suggestions: [], notFixable: [{ criterion: 'coreIp', reason: 'notNumeric', facts: ['ip.ownsCoreIp'] }] };
 */
export interface GapReport {
  id?: string;
  policy: string;
  asOf: string | null;
  status: Status;
  failed: string[];
  suggestions: GapSuggestion[];
  notFixable: GapNotFixable[];
  error?: { code: string; message: string; issues: Issue[] };
}

/**
 * Options of {@link gap}: the evaluation date (a record's own `asOf` wins) and the search
 * bound in units (fen or persons/items) on either side of the current value.
 *
 * @example
 * const o: GapOptions = { asOf: '2020-06-01', maxUnits: 1e15 };
 */
export interface GapOptions {
  asOf?: string;
  /** Largest change searched, in units (default 10^15: 10^13 yuan, or 10^15 people). */
  maxUnits?: number;
}
