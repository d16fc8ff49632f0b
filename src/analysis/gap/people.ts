import type { Label } from '../../engine/citation';

/**
 * The count facts of the input models that count people, with the words for them: a
 * change of one of these is worded as hiring or reducing staff ("hire 3 more S&T staff").
 *
 * @example
 * PEOPLE_FACTS.stStaff?.en; // 'S&T staff'
 */
export const PEOPLE_FACTS: Readonly<Record<string, Label>> = {
  employees: { zh: '职工', en: 'employees' },
  stStaff: { zh: '科技人员', en: 'S&T staff' },
  stStaffCollege: { zh: '大专以上学历科技人员', en: 'S&T staff with a college degree' },
  rdStaff: { zh: '研发人员', en: 'R&D staff' },
  talents: { zh: '人才', en: 'talents' },
};

/**
 * The people label of a fact path (by its last key), or undefined when it does not count people.
 *
 * @example
 * peopleLabel('stStaff')?.zh; // '科技人员'
 * peopleLabel('ip.classI'); // undefined
 */
export function peopleLabel(path: string): Label | undefined {
  const last = path.slice(path.lastIndexOf('.') + 1).replace(/\[.*$/, '');
  return Object.prototype.hasOwnProperty.call(PEOPLE_FACTS, last) ? PEOPLE_FACTS[last] : undefined;
}
