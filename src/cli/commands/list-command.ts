import { Option } from 'commander';
import { ALIASES, listPolicies, type Lang, type Policy } from '../../index';
import { WORDS } from '../lang';
import { textTable } from '../output/text-table';
import type { CliCommand } from './command';

/**
 * The catalog as text: id, title in the language, effective dates; then the aliases.
 *
 * @example
 * catalogText('en'); // 'id  title  effective\n...'
 */
export function catalogText(lang: Lang): string {
  const w = WORDS[lang].list;
  const said = (t: string) => ['illustrative', '示意', '示例'].some((m) => t.includes(m));
  const marked = (p: Policy) => (p.illustrative && !said(p.title[lang]) ? `${p.title[lang]} (${w.illustrative})` : p.title[lang]);
  const rows = listPolicies().map((p) => [p.id, marked(p), `${p.effective.from} – ${p.effective.to ?? ''}`.trimEnd()]);
  const aliases = ALIASES.map((a) => `  ${a.alias} -> ${a.versions.join(', ')}`);
  return `${textTable([w.id, w.title, w.effective], rows)}${aliases.length ? `\n\n${w.aliases}\n${aliases.join('\n')}` : ''}\n`;
}

/**
 * The catalog as JSON: id, title, summary, effective window, input model, flags.
 *
 * @example
 * catalogJson()[0]; // { id: 'cn.gov-guarantee-fee.2019', title: {...}, effective: { from: '2019-02-14' }, ... }
 */
export function catalogJson(): unknown[] {
  return listPolicies().map((p) => ({
    id: p.id, title: p.title, ...(p.summary ? { summary: p.summary } : {}), ...(p.jurisdiction ? { jurisdiction: p.jurisdiction } : {}),
    effective: p.effective, ...(p.input ? { input: p.input } : {}), illustrative: p.illustrative === true,
    aliases: ALIASES.filter((a) => a.versions.includes(p.id)).map((a) => a.alias),
  }));
}

/**
 * `zone-policy list [--json] [--lang zh|en]`: the catalog.
 *
 * @example
 * // zone-policy list --lang zh
 */
export const listCommand: CliCommand = {
  name: 'list',
  register(program, ctx) {
    program
      .command('list')
      .description('the catalog: id, title, effective dates')
      .option('--json', 'print JSON')
      .addOption(new Option('--lang <lang>', 'language of titles').choices(['en', 'zh']).default('en'))
      .action((opts: { json?: boolean; lang: Lang }) => {
        ctx.io.stdout.write(opts.json ? `${JSON.stringify(catalogJson(), null, 2)}\n` : catalogText(opts.lang));
      });
  },
};
