import { z } from 'zod';
import { PolicyDateSchema } from './date-schema';

/**
 * A bilingual label: Chinese (the text's own words) and English.
 *
 * @example
 * const l: Label = { zh: '科技人员占比', en: 'S&T staff ratio' };
 * LabelSchema.safeParse(l).success; // true
 * LabelSchema.safeParse({ zh: '科技人员占比' }).success; // false (both languages are required)
 */
export const LabelSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
/** @see LabelSchema @example const l: Label = { zh: '注册', en: 'Registration' }; */
export type Label = z.infer<typeof LabelSchema>;


/**
 * A legal source document: title, document number (文号), issuer, date and url.
 *
 * @example
 * const doc: SourceDocument = { id: 'hnte2016', title: { zh: '高新技术企业认定管理办法', en: 'HNTE Recognition Measures' },
 *   number: '国科发火〔2016〕32号', issuer: '科技部 财政部 税务总局', date: '2016-01-29' };
 * SourceDocumentSchema.safeParse(doc).success; // true
 * SourceDocumentSchema.safeParse({ ...doc, date: '2016/01/29' }).success; // false (dates are YYYY-MM-DD)
 */
export const SourceDocumentSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][\w.-]*$/, 'a document id is a short identifier'),
  title: LabelSchema,
  number: z.string().min(1).optional(),
  issuer: z.string().min(1).optional(),
  date: PolicyDateSchema.optional(),
  url: z.url().optional(),
});
/** @see SourceDocumentSchema @example const d: SourceDocument = { id: 'x', title: { zh: '办法', en: 'Measures' } }; */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/**
 * A structured citation: which document (by id, declared in the policy's `sources`), which
 * article, clause and item. Not free text: lint and the explanation read each part.
 *
 * @example
 * const c: Citation = { document: 'hnte2016', article: '11', clause: '4' };
 * CitationSchema.safeParse(c).success; // true
 * CitationSchema.safeParse({ ...c, page: 3 }).success; // false (unknown keys are rejected)
 */
export const CitationSchema = z.strictObject({
  document: z.string().min(1),
  article: z.string().min(1),
  clause: z.string().min(1).optional(),
  item: z.string().min(1).optional(),
  url: z.url().optional(),
  quote: z.string().min(1).optional(),
});
/** @see CitationSchema @example const c: Citation = { document: 'd', article: '3' }; */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Renders a citation compactly, e.g. `国科发火〔2016〕32号 art. 11(4)`.
 *
 * @example
 * formatCitation({ document: 'hnte2016', article: '11', clause: '4' }, [{ id: 'hnte2016', number: '国科发火〔2016〕32号', title: { zh: '办法', en: 'Measures' } }]);
 * // '国科发火〔2016〕32号 art. 11(4)'
 */
export function formatCitation(c: Citation, sources: readonly SourceDocument[]): string {
  const doc = sources.find((s) => s.id === c.document);
  const name = doc ? (doc.number ?? doc.title.zh) : c.document;
  const clause = c.clause ? `(${c.clause})` : '';
  const item = c.item ? `(${c.item})` : '';
  return `${name} art. ${c.article}${clause}${item}`;
}
