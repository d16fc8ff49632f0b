/**
 * Writes `docs/catalog.md` from the catalog policies' own data: titles, ids, source
 * documents, effective dates, the illustrative flag, input model, the eligibility rule tree
 * (every criterion and exception with its clause and quote), dated parameters, outputs and
 * batch computations. Nothing is typed by hand, so the page cannot drift from the code
 * (`test/docs/catalog-doc.test.ts` checks the committed file is current).
 *
 *   npx tsx scripts/gen-catalog-doc.ts           write docs/catalog.md
 *   npx tsx scripts/gen-catalog-doc.ts --check   exit 1 if docs/catalog.md differs (writes nothing)
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALIASES, formatCitation, listPolicies, type Citation, type OutputDef, type OutputType, type ParameterVersion, type Policy, type Rule, type SourceDocument } from '../src/index';

/**
 * Where the page is written: `docs/catalog.md` at the repository root.
 *
 * @example
 * CATALOG_DOC_PATH.endsWith('docs/catalog.md'); // true
 */
export const CATALOG_DOC_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'catalog.md');

/** Text safe inside a Markdown table cell. */
const cell = (s: string): string => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

const effective = (e: Policy['effective']): string => `${e.from} – ${e.to ?? 'open-ended'}`;

/**
 * The JSON form of an output type, in words.
 *
 * @example
 * describeType({ type: 'list', of: { type: 'record', fields: { due: { type: 'date' }, interest: { type: 'money' } } } });
 * // 'list of { due: date, interest: money }'
 */
export function describeType(t: OutputType): string {
  switch (t.type) {
    case 'nullable':
      return `${describeType(t.of)} or null`;
    case 'list':
      return `list of ${describeType(t.of)}`;
    case 'record':
      return `{ ${Object.entries(t.fields).map(([k, f]) => `${k}: ${describeType(f)}`).join(', ')} }`;
    case 'decimal':
      return t.minScale !== undefined || t.maxScale !== undefined ? `decimal (${t.minScale ?? 0}–${t.maxScale ?? '…'} places)` : 'decimal';
    default:
      return t.type;
  }
}

function citeText(c: Citation | undefined, sources: readonly SourceDocument[]): string {
  return c ? formatCitation(c, sources) : '';
}

const COMBINATOR: Record<string, string> = { allOf: 'all of', anyOf: 'any of', not: 'not', atLeast: 'at least', exceptions: 'with exceptions (default logic: the first exception that holds decides)' };

function ruleLines(rule: Rule, sources: readonly SourceDocument[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  // a quote goes on the next line: a backslash ends the item's line with a hard break
  const item = (text: string, c: Citation | undefined, indent: string): string[] =>
    c?.quote ? [`${text}\\`, `${indent}“${c.quote}”`] : [text];
  if (rule.kind === 'criterion') {
    return item(`${pad}- \`${rule.id}\` ${rule.label.zh} · ${rule.label.en} — ${citeText(rule.cite, sources)}`, rule.cite, `${pad}  `);
  }
  const named = [rule.id ? `\`${rule.id}\`` : '', rule.label ? `${rule.label.zh} · ${rule.label.en}` : '', rule.cite ? `— ${citeText(rule.cite, sources)}` : '']
    .filter(Boolean)
    .join(' ');
  const head = item(`${pad}- **${rule.kind === 'atLeast' ? `at least ${rule.n} of` : COMBINATOR[rule.kind]}**${named ? ` ${named}` : ''}`, rule.cite, `${pad}  `);
  switch (rule.kind) {
    case 'allOf':
    case 'anyOf':
    case 'atLeast':
      return [...head, ...rule.rules.flatMap((r) => ruleLines(r, sources, depth + 1))];
    case 'not':
      return [...head, ...ruleLines(rule.rule, sources, depth + 1)];
    case 'exceptions':
      return [
        ...head,
        `${pad}  - base rule:`,
        ...ruleLines(rule.base, sources, depth + 2),
        ...rule.exceptions.flatMap((x) =>
          item(`${pad}  - exception \`${x.id}\` ${x.label.zh} · ${x.label.en} — ${citeText(x.cite, sources)} → **${x.outcome}**`, x.cite, `${pad}    `),
        ),
      ];
  }
}

function sourcesTable(p: Policy): string[] {
  return [
    '| document | title | number | issuer | date | url |',
    '|---|---|---|---|---|---|',
    ...p.sources.map((s) => `| \`${s.id}\` | ${cell(s.title.zh)}<br>${cell(s.title.en)} | ${cell(s.number ?? '')} | ${cell(s.issuer ?? '')} | ${s.date ?? ''} | ${s.url ? `<${s.url}>` : ''} |`),
  ];
}

function parameterValue(v: readonly ParameterVersion[]): string {
  return v
    .map((x) => `${x.from} – ${x.to ?? 'open-ended'}: ${typeof x.value === 'object' ? cell(x.value.text) : String(x.value)}`)
    .join('<br>');
}

function parametersTable(p: Policy): string[] {
  const entries = Object.entries(p.parameters ?? {});
  if (entries.length === 0) return [];
  return [
    '**Dated parameters**',
    '',
    '| name | label | unit | versions (from – to: value) | clause |',
    '|---|---|---|---|---|',
    ...entries.map(([name, q]) => `| \`${name}\` | ${cell(q.label.zh)}<br>${cell(q.label.en)} | ${q.unit ?? ''} | ${parameterValue(q.versions)} | ${cell(citeText(q.cite, p.sources))}${q.cite.quote ? `<br>“${cell(q.cite.quote)}”` : ''} |`),
    '',
  ];
}

function outputsTable(p: Policy): string[] {
  const entries = Object.entries(p.outputs ?? {});
  if (entries.length === 0) return [];
  const when = { always: 'every row', eligible: 'eligible rows', notIneligible: 'rows not ineligible' }[p.outputsWhen ?? 'always'];
  const cited = entries.some(([, o]) => o.cite);
  const row = (name: string, o: OutputDef): string[] => [`\`${name}\``, o.label ? `${cell(o.label.zh)}<br>${cell(o.label.en)}` : '', cell(describeType(o.type)), ...(cited ? [cell(citeText(o.cite, p.sources))] : [])];
  return [
    `**Outputs** (computed for ${when})`,
    '',
    cited ? '| name | label | JSON type | clause |' : '| name | label | JSON type |',
    cited ? '|---|---|---|---|' : '|---|---|---|',
    ...entries.map(([name, o]) => `| ${row(name, o).join(' | ')} |`),
    '',
  ];
}

function batchList(p: Policy): string[] {
  if (!p.batch?.length) return [];
  return [
    '**Batch computations** (over all the records of a run)',
    '',
    ...p.batch.map((b) => `- \`${b.fn}\`${b.label ? ` ${b.label.zh} · ${b.label.en}` : ''}${b.cite ? ` — ${citeText(b.cite, p.sources)}` : ''}`),
    '',
  ];
}

/**
 * The Markdown of one policy's section.
 *
 * @example
 * policySection(getPolicy('cn.hnte.2016')!).split('\n')[0]; // '## cn.hnte.2016'
 */
export function policySection(p: Policy): string {
  const lines = [
    `## ${p.id}`,
    '',
    `**${p.title.zh}** · ${p.title.en}`,
    '',
    ...(p.summary ? [`> ${p.summary.zh}`, '>', `> ${p.summary.en}`, ''] : []),
    `- id: \`${p.id}\``,
    `- effective: ${effective(p.effective)}`,
    ...(p.jurisdiction ? [`- jurisdiction: \`${p.jurisdiction}\``] : []),
    `- input model: \`${p.input ?? '(any record)'}\`${p.input ? ` ([JSON Schema](../schemas/${p.input}.schema.json))` : ''}`,
    `- illustrative: ${p.illustrative ? '**yes**: figures the source does not give are ours (see the policy file)' : 'no'}`,
    '',
    '**Sources**',
    '',
    ...sourcesTable(p),
    '',
    '**Eligibility**',
    '',
    ...ruleLines(p.eligibility, p.sources, 0),
    '',
    ...parametersTable(p),
    ...outputsTable(p),
    ...batchList(p),
  ];
  return lines.join('\n');
}

/**
 * The whole page: an index table, the aliases, then one section per policy in catalog order.
 *
 * @example
 * catalogDoc().startsWith('# The catalog'); // true
 */
export function catalogDoc(policies: readonly Policy[] = listPolicies()): string {
  const anchor = (id: string): string => id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
  return [
    '# The catalog',
    '',
    '<!-- Generated by scripts/gen-catalog-doc.ts from the policies\' own data: do not edit by hand. -->',
    '',
    'Every policy of the catalog, generated from its own data (`npx tsx scripts/gen-catalog-doc.ts`;',
    '`test/docs/catalog-doc.test.ts` checks this page is current). For everything else about a',
    'policy (definitions, the exact test of each criterion) run `zone-policy show <id>`, or',
    'read its file under `src/policies/`. Citations read `<document number> art. <article>(<clause>)(<item>)`.',
    '',
    '| id | title | effective | input | illustrative |',
    '|---|---|---|---|---|',
    ...policies.map((p) => `| [\`${p.id}\`](#${anchor(p.id)}) | ${cell(p.title.zh)}<br>${cell(p.title.en)} | ${effective(p.effective)} | \`${p.input ?? ''}\` | ${p.illustrative ? 'yes' : ''} |`),
    '',
    `Aliases (resolved to the version in force on the evaluation date): ${ALIASES.map((a) => `\`${a.alias}\` → ${a.versions.map((v) => `\`${v}\``).join(', ')}`).join('; ')}.`,
    '',
    ...policies.map((p) => policySection(p)),
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = catalogDoc();
  if (process.argv.includes('--check')) {
    const current = readFileSync(CATALOG_DOC_PATH, 'utf8');
    if (current !== text) {
      process.stderr.write('docs/catalog.md is out of date: run npx tsx scripts/gen-catalog-doc.ts\n');
      process.exit(1);
    }
  } else {
    writeFileSync(CATALOG_DOC_PATH, text);
    process.stdout.write(`wrote ${CATALOG_DOC_PATH}\n`);
  }
}
