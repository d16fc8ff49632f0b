import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_DOC_PATH, catalogDoc, describeType, policySection } from '../../scripts/gen-catalog-doc';
import { getPolicy, listPolicies, type Rule } from '../../src/index';

function ruleIds(rule: Rule): string[] {
  switch (rule.kind) {
    case 'criterion':
      return [rule.id];
    case 'not':
      return [...(rule.id ? [rule.id] : []), ...ruleIds(rule.rule)];
    case 'exceptions':
      return [...(rule.id ? [rule.id] : []), ...ruleIds(rule.base), ...rule.exceptions.map((x) => x.id)];
    default:
      return [...(rule.id ? [rule.id] : []), ...rule.rules.flatMap(ruleIds)];
  }
}

describe('docs/catalog.md', () => {
  it('is the generated page (run npx tsx scripts/gen-catalog-doc.ts after changing a policy)', () => {
    expect(readFileSync(CATALOG_DOC_PATH, 'utf8')).toBe(catalogDoc());
  });

  it('has a section per catalog policy naming every rule id, parameter and output', () => {
    const doc = catalogDoc();
    for (const p of listPolicies()) {
      const section = policySection(p);
      expect(doc).toContain(`\n## ${p.id}\n`);
      for (const id of ruleIds(p.eligibility)) expect(section).toContain(`\`${id}\``);
      for (const name of Object.keys(p.parameters ?? {})) expect(section).toContain(`| \`${name}\` |`);
      for (const name of Object.keys(p.outputs ?? {})) expect(section).toContain(`| \`${name}\` |`);
      for (const s of p.sources) expect(section).toContain(`| \`${s.id}\` |`);
    }
  });

  it('quotes the clause under each criterion, with its citation', () => {
    const section = policySection(getPolicy('cn.hnte.2016')!);
    expect(section).toContain(
      '  - `stStaffRatio` 科技人员占职工总数比例 · S&T staff / employees — 国科发火〔2016〕32号 art. 11(4)\\\n    “企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%”',
    );
    expect(section).toContain('| `stStaffRatioMin` | 科技人员比例下限<br>Minimum S&T staff ratio | ratio | 2016-01-01 – open-ended: 0.10 |');
  });

  it('marks illustrative policies and shows default-logic exceptions with their outcome', () => {
    expect(policySection(getPolicy('ankang.awards.2019')!)).toContain('- illustrative: **yes**');
    expect(policySection(getPolicy('cn.hnte.2016')!)).toContain('- illustrative: no');
    expect(policySection(getPolicy('cn.tech-sme.2017')!)).toMatch(/- exception `hnteCertificate` .* → \*\*pass\*\*/);
  });

  it('describes output types in words', () => {
    expect(describeType({ type: 'list', of: { type: 'record', fields: { due: { type: 'date' }, interest: { type: 'money' } } } })).toBe(
      'list of { due: date, interest: money }',
    );
    expect(describeType({ type: 'nullable', of: { type: 'decimal', minScale: 2 } })).toBe('decimal (2–… places) or null');
  });
});
