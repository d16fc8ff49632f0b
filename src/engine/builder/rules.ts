import type { Citation, Label } from '../citation';
import type { Expr } from '../expr';
import type { CriterionRule, Rule, RuleException } from '../rule';

/** A bilingual label. @example label('科技人员占比', 'S&T staff ratio'); // { zh: '科技人员占比', en: 'S&T staff ratio' } */
export const label = (zh: string, en: string): Label => ({ zh, en });

/**
 * A structured citation of a document declared in the policy's sources.
 *
 * @example
 * cite('hnte2016', '11', '4'); // { document: 'hnte2016', article: '11', clause: '4' }
 */
export function cite(document: string, article: string, clause?: string, extra: { item?: string; quote?: string; url?: string } = {}): Citation {
  return { document, article, ...(clause ? { clause } : {}), ...extra };
}

/**
 * A criterion: one clause as a boolean test, with values to report.
 *
 * @example
 * criterion({ id: 'coreIp', label: label('核心知识产权', 'Core IP'), cite: cite('hnte2016', '11', '2'), test: fact('ip', 'ownsCoreIp') });
 * // { kind: 'criterion', id: 'coreIp', label: { zh: '核心知识产权', en: 'Core IP' },
 * //   cite: { document: 'hnte2016', article: '11', clause: '2' }, test: { kind: 'fact', path: ['ip', 'ownsCoreIp'] } }
 */
export function criterion(c: Omit<CriterionRule, 'kind'>): CriterionRule {
  return { kind: 'criterion', ...c };
}

/** An optional id, label and citation of a combinator (an id'd combinator is reported in `failed`). @inline */
type Meta = { id?: string; label?: Label; cite?: Citation };

/** All must pass (Kleene). @example allOf([c1, c2]); // { kind: 'allOf', rules: [c1, c2] } */
export const allOf = (rules: Rule[], meta: Meta = {}): Rule => ({ kind: 'allOf', ...meta, rules });
/** One must pass (Kleene). @example anyOf([c1, c2]); // { kind: 'anyOf', rules: [c1, c2] } */
export const anyOf = (rules: Rule[], meta: Meta = {}): Rule => ({ kind: 'anyOf', ...meta, rules });
/** At least n must pass. @example atLeast(2, [c1, c2, c3]); // { kind: 'atLeast', n: 2, rules: [c1, c2, c3] } */
export const atLeast = (n: number, rules: Rule[], meta: Meta = {}): Rule => ({ kind: 'atLeast', ...meta, n, rules });
/** Negation of a rule. @example notRule(c1, { id: 'notListed' }); // { kind: 'not', id: 'notListed', rule: c1 } */
export const notRule = (rule: Rule, meta: Meta = {}): Rule => ({ kind: 'not', ...meta, rule });

/**
 * A base rule overridden by exceptions (default logic, as in Catala): the first exception
 * whose condition holds decides.
 *
 * @example
 * withExceptions(scoreRule, [exception({ id: 'hnte', label: label('高企', 'HNTE'), cite: cite('sme2017', '6'), when: fact('isHnte'), outcome: 'pass' })], { id: 'score' });
 * // { kind: 'exceptions', id: 'score', base: scoreRule, exceptions: [{ id: 'hnte', label: { zh: '高企', en: 'HNTE' },
 * //   cite: { document: 'sme2017', article: '6' }, when: { kind: 'fact', path: ['isHnte'] }, outcome: 'pass' }] }
 */
export const withExceptions = (base: Rule, exceptions: RuleException[], meta: Meta = {}): Rule => ({ kind: 'exceptions', ...meta, base, exceptions });

/** An exception. @example exception({ id: 'x', label: label('例外', 'Exception'), cite: cite('d', '1'), when: bool(true), outcome: 'pass' }).outcome; // 'pass' */
export const exception = (x: RuleException): RuleException => x;

/** Re-exported for builders. @example const e: Expr = { kind: 'asOf' }; */
export type { Expr };
