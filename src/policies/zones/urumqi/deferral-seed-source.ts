/**
 * The seed article of the illustrative Urumqi deferral policies: a newspaper report on
 * the financial support of the Urumqi high-tech zone (新市区) in the spring of 2020, by
 * 姬婷婷 and 江华. Its paragraphs are cited as articles `¶1`, `¶2`, ... of the report's
 * Urumqi section. It gives the cases (a 3-month deferral of a 5,000,000-yuan micro-loan
 * due in February; 276,000 yuan of lease fees deferred on 19,960,000 yuan of equipment)
 * but no rules: windows and terms are ours (DOMAIN.md §5, **illustrative**).
 *
 * @module
 */

/**
 * The seed article as a source document.
 *
 * @example
 * URUMQI_SEED_2020.title.zh; // '乌鲁木齐高新区多项金融扶持政策为企业“输血增氧”'
 */
export const URUMQI_SEED_2020 = {
  id: 'urumqiSeed2020',
  title: {
    zh: '乌鲁木齐高新区多项金融扶持政策为企业“输血增氧”',
    en: 'Urumqi high-tech zone: financial support measures give firms "blood and oxygen" (news report)',
  },
  issuer: '本报讯（姬婷婷 江华）',
} as const;
