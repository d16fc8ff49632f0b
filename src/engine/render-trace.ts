import type { Json } from './output-type';
import type { TraceNode } from './trace';

/**
 * The language of human-readable output.
 *
 * @example
 * const l: Lang = 'zh';
 */
export type Lang = 'zh' | 'en';

const WORDS = {
  zh: { pass: '通过', fail: '不通过', unknown: '待定', facts: '事实', params: '参数', rounding: '舍入', missing: '缺少', value: '值', from: '自' },
  en: { pass: 'pass', fail: 'fail', unknown: 'unknown', facts: 'facts', params: 'parameters', rounding: 'rounding', missing: 'missing', value: 'value', from: 'from' },
} as const;

function show(v: Json | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Renders a trace tree as indented text in Chinese or English: each rule with its clause,
 * outcome, facts and parameters read, intermediate steps and roundings.
 *
 * @example
 * renderTrace({ kind: 'criterion', id: 'coreIp', label: { zh: '核心知识产权', en: 'Core IP' }, result: 'pass' }, 'en');
 * // '✓ coreIp Core IP: pass'
 */
export function renderTrace(node: TraceNode, lang: Lang, depth = 0): string {
  const w = WORDS[lang];
  const pad = '  '.repeat(depth);
  const mark = node.result === 'pass' ? '✓' : node.result === 'fail' ? '✗' : node.result === 'unknown' ? '?' : '•';
  const name = [node.id, node.label?.[lang]].filter(Boolean).join(' ') || `(${node.op ?? node.kind})`;
  const head = `${pad}${mark} ${name}${node.result ? `: ${w[node.result]}` : node.value !== undefined ? ` = ${show(node.value)}` : ''}${node.cite ? `  [${node.cite}]` : ''}`;
  const lines = [head];
  const sub = `${pad}    `;
  if (node.facts?.length) lines.push(`${sub}${w.facts}: ${node.facts.map((f) => `${f.path} = ${show(f.value)}`).join(', ')}`);
  if (node.params?.length) lines.push(`${sub}${w.params}: ${node.params.map((p) => `${p.name} = ${show(p.value)} (${w.from} ${p.from}, ${p.cite})`).join(', ')}`);
  for (const s of node.steps ?? []) lines.push(`${sub}${s.op}: ${show(s.detail)}`);
  for (const r of node.roundings ?? []) lines.push(`${sub}${w.rounding}: ${r.before} -> ${r.after} (${r.mode}, ${r.scale})`);
  if (node.result && node.value !== undefined && !(typeof node.value === 'object' && node.value !== null && Object.keys(node.value).length === 0)) lines.push(`${sub}${w.value}: ${show(node.value)}`);
  if (node.missing?.length) lines.push(`${sub}${w.missing}: ${node.missing.join(', ')}`);
  if (node.reason) lines.push(`${sub}${node.reason}`);
  for (const c of node.children ?? []) lines.push(renderTrace(c, lang, depth + 1));
  return lines.join('\n');
}
