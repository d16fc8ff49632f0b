/**
 * The source documents of the tech-based SME evaluation (科技型中小企业评价): the 2017
 * Measures, which set the conditions and the scoring, and the 2022 service guideline,
 * which revises the procedure only (the thresholds are unchanged).
 *
 * @module
 */
import type { SourceDocument } from '../../engine/citation';

/**
 * 科技型中小企业评价办法 (国科发政〔2017〕115号), 科技部 财政部 国家税务总局, 2017-05-03:
 * Art. 6 the conditions, Art. 7 the scoring (科技人员, 研发投入, 科技成果; 100 points),
 * Art. 8 the direct qualifications.
 *
 * @example
 * TECH_SME_2017.number; // '国科发政〔2017〕115号'
 */
export const TECH_SME_2017 = {
  id: 'techSme2017',
  title: { zh: '科技型中小企业评价办法', en: 'Measures for the Evaluation of Technology-based Small and Medium-sized Enterprises' },
  number: '国科发政〔2017〕115号',
  issuer: '科技部 财政部 国家税务总局',
  date: '2017-05-03',
} as const satisfies SourceDocument;

/**
 * 科技型中小企业评价服务工作指引 (国科火字〔2022〕67号), 科技部火炬高技术产业开发中心,
 * 2022: the evaluation procedure (self-evaluation, filing, publication, registration
 * numbers). It keeps the 2017 conditions and scoring, so one policy serves both periods.
 *
 * @example
 * TECH_SME_GUIDE_2022.number; // '国科火字〔2022〕67号'
 */
export const TECH_SME_GUIDE_2022 = {
  id: 'techSmeGuide2022',
  title: { zh: '科技型中小企业评价服务工作指引', en: 'Service Guideline for the Evaluation of Technology-based SMEs' },
  number: '国科火字〔2022〕67号',
  issuer: '科技部火炬高技术产业开发中心',
} as const satisfies SourceDocument;
