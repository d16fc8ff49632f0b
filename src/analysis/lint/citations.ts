import { isRecord, pathText, walkData, type DataPath } from './data-path';
import type { LintFinding } from './finding';

/** Article numbers that stand for "not filled in yet". */
const PLACEHOLDERS = new Set(['?', '??', '-', '—', 'todo', 'tbd', 'xx', 'n/a']);

const blank = (x: unknown): boolean => typeof x !== 'string' || x.trim() === '' || PLACEHOLDERS.has(x.trim().toLowerCase());

function checkSources(sources: unknown, out: LintFinding[]): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(sources)) return ids;
  sources.forEach((s, i) => {
    if (!isRecord(s)) return;
    const id = s['id'];
    if (typeof id === 'string') {
      if (ids.has(id)) out.push({ severity: 'error', rule: 'source-duplicate', path: `sources[${i}].id`, message: `source id '${id}' is declared twice` });
      ids.add(id);
    }
    const title = s['title'];
    const untitled = !isRecord(title) || (typeof title['zh'] === 'string' ? title['zh'].trim() === '' : true) || (typeof title['en'] === 'string' ? title['en'].trim() === '' : true);
    if (untitled) out.push({ severity: 'error', rule: 'source-untitled', path: `sources[${i}].title`, message: `source '${String(id)}' has no title (both zh and en are needed)` });
  });
  return ids;
}

function checkCite(cite: Record<string, unknown>, path: DataPath, docs: Set<string>, out: LintFinding[]): void {
  const doc = cite['document'];
  if (typeof doc !== 'string' || !docs.has(doc)) {
    out.push({ severity: 'error', rule: 'cite-unknown-source', path: pathText([...path, 'document']), message: `cites '${String(doc)}', which is not a declared source (declared: ${[...docs].join(', ') || 'none'})` });
  }
  if (blank(cite['article'])) {
    out.push({ severity: 'error', rule: 'cite-empty-article', path: pathText([...path, 'article']), message: `the citation of ${String(doc)} names no article` });
  }
}

/** Criteria and exceptions of a rule tree (raw data), with their paths. */
function citedRuleNodes(rule: unknown, path: DataPath, out: { node: Record<string, unknown>; path: DataPath; what: string }[]): void {
  if (!isRecord(rule)) return;
  if (rule['kind'] === 'criterion') out.push({ node: rule, path, what: `criterion ${String(rule['id'])}` });
  if (Array.isArray(rule['rules'])) rule['rules'].forEach((r, i) => citedRuleNodes(r, [...path, 'rules', i], out));
  if ('rule' in rule) citedRuleNodes(rule['rule'], [...path, 'rule'], out);
  if ('base' in rule) citedRuleNodes(rule['base'], [...path, 'base'], out);
  if (Array.isArray(rule['exceptions'])) {
    rule['exceptions'].forEach((x, i) => {
      if (isRecord(x)) out.push({ node: x, path: [...path, 'exceptions', i], what: `exception ${String(x['id'])}` });
    });
  }
}

/**
 * Citation lint over policy data (raw JSON is fine: it never assumes the schema held):
 * - `uncited`: a criterion, an exception or a parameter with no citation;
 * - `cite-unknown-source`: a citation whose `document` is not a declared source;
 * - `cite-empty-article`: a citation whose article is blank or a placeholder (`?`, `TODO`);
 * - `source-untitled`: a source without both a Chinese and an English title;
 * - `source-duplicate`: two sources with one id.
 *
 * @example
 * lintCitations({ sources: [], eligibility: { kind: 'criterion', id: 'a', cite: { document: 'x', article: '1' } } })
 *   .map((f) => `${f.rule} ${f.path}`); // ['cite-unknown-source eligibility.cite.document']
 */
export function lintCitations(data: unknown): LintFinding[] {
  const out: LintFinding[] = [];
  if (!isRecord(data)) return out;
  const docs = checkSources(data['sources'], out);
  walkData(data, (node, path) => {
    if (path[path.length - 1] === 'cite') checkCite(node, path, docs, out);
  });
  const mustCite: { node: Record<string, unknown>; path: DataPath; what: string }[] = [];
  citedRuleNodes(data['eligibility'], ['eligibility'], mustCite);
  if (isRecord(data['parameters'])) {
    for (const [name, p] of Object.entries(data['parameters'])) if (isRecord(p)) mustCite.push({ node: p, path: ['parameters', name], what: `parameter ${name}` });
  }
  for (const { node, path, what } of mustCite) {
    if (!isRecord(node['cite'])) out.push({ severity: 'error', rule: 'uncited', path: pathText(path), message: `${what} cites nothing: every rule and parameter names its clause` });
  }
  return out;
}
