/**
 * The source documents of the national high-tech enterprise (HNTE, 高新技术企业)
 * recognition policies: the 2016 Measures and working guideline, and the 2008 texts they
 * replaced. Shared by `cn.hnte.2016` and `cn.hnte.2008`.
 *
 * @module
 */
import type { SourceDocument } from '../../engine/citation';

/**
 * 高新技术企业认定管理办法 (国科发火〔2016〕32号), 科技部 财政部 国家税务总局, 2016-01-29;
 * in force from 2016-01-01.
 *
 * @example
 * HNTE_2016.number; // '国科发火〔2016〕32号'
 */
export const HNTE_2016 = {
  id: 'hnte2016',
  title: { zh: '高新技术企业认定管理办法', en: 'Administrative Measures for the Recognition of High and New Technology Enterprises (2016)' },
  number: '国科发火〔2016〕32号',
  issuer: '科技部 财政部 国家税务总局',
  date: '2016-01-29',
} as const satisfies SourceDocument;

/**
 * 高新技术企业认定管理工作指引 (国科发火〔2016〕195号), 科技部 财政部 国家税务总局,
 * 2016-06-22: the working guideline, with the innovation-ability scoring (企业创新能力评价).
 *
 * @example
 * HNTE_GUIDE_2016.number; // '国科发火〔2016〕195号'
 */
export const HNTE_GUIDE_2016 = {
  id: 'hnteGuide2016',
  title: { zh: '高新技术企业认定管理工作指引', en: 'Working Guideline for the Recognition of High and New Technology Enterprises (2016)' },
  number: '国科发火〔2016〕195号',
  issuer: '科技部 财政部 国家税务总局',
  date: '2016-06-22',
} as const satisfies SourceDocument;

/**
 * 高新技术企业认定管理办法 (国科发火〔2008〕172号), 科技部 财政部 国家税务总局, 2008-04-14;
 * in force from 2008-01-01, replaced by the 2016 Measures from 2016-01-01.
 *
 * @example
 * HNTE_2008.number; // '国科发火〔2008〕172号'
 */
export const HNTE_2008 = {
  id: 'hnte2008',
  title: { zh: '高新技术企业认定管理办法', en: 'Administrative Measures for the Recognition of High and New Technology Enterprises (2008)' },
  number: '国科发火〔2008〕172号',
  issuer: '科技部 财政部 国家税务总局',
  date: '2008-04-14',
} as const satisfies SourceDocument;
