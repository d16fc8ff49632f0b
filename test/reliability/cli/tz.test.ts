import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, type BinOutput } from '../fuzz/run-cli';
import { loadSeeds } from '../fuzz/seeds';

/** UTC, UTC+8, UTC-8/-7 (with a DST change on 2020-03-08 and 2019-11-03), UTC+14 (the first to see a day). */
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];

const loan = (id: string, payments: [string, string][], extra: Record<string, unknown> = {}) => ({
  id, borrower: { size: 'small', regionCode: '650100' }, principal: payments.reduce((s, [, p]) => s + Number(p), 0).toFixed(2), annualRate: '0.0435', disbursedOn: '2019-11-03',
  payments: payments.map(([due, principal]) => ({ due, principal })), ...extra,
});

/** Records on leap days, month ends and daylight-saving changes, besides the analyst cases. */
const EXTRA: Record<string, Record<string, unknown>[]> = {
  'cn.sme-loan-deferral.2020': [
    { asOf: '2020-03-08', ...loan('TZ1', [['2020-02-29', '100000'], ['2020-03-08', '100000'], ['2020-03-31', '100000']], { request: { deferTo: '2020-06-30' } }) },
    { asOf: '2020-02-29', ...loan('TZ2', [['2020-02-29', '250000.01'], ['2020-11-01', '49999.99']]) },
  ],
  'urumqi.microloan-deferral.2020': [
    { asOf: '2020-02-29', ...loan('TZ3', [['2020-01-31', '1000'], ['2020-02-29', '1000'], ['2020-03-08', '1000'], ['2020-11-01', '1000']]) },
  ],
  'urumqi.lease-deferral.2020': [{ id: 'TZ4', asOf: '2020-03-08', payments: [{ due: '2020-02-29', amount: '1000' }, { due: '2020-03-08', amount: '1000' }, { due: '2020-01-31', amount: '1000' }] }],
  'cn.hnte.2016': [
    { id: 'TZ5', asOf: '2017-02-28', registeredOn: '2016-02-29' },
    { id: 'TZ6', asOf: '2017-02-27', registeredOn: '2016-02-29' },
    { id: 'TZ7', asOf: '2020-02-29', registeredOn: '2019-02-28', employees: 100, stStaff: 10 },
    { id: 'TZ8', asOf: '2020-03-01', registeredOn: '2019-03-01', incidents: [{ kind: 'majorSafety', date: '2019-03-01' }] },
  ],
};

const SEEDS = loadSeeds();
const dir = await mkdtemp(join(tmpdir(), 'zp-tz-'));
const files = new Map<string, string>();
for (const [policy, extra] of Object.entries(EXTRA)) {
  const records = [...(SEEDS.get(policy) ?? []).map((s) => ({ ...s.input, asOf: s.asOf })), ...extra];
  const file = join(dir, `${policy}.ndjson`);
  await writeFile(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  files.set(policy, file);
}

/** The date-sensitive commands: each policy's results with traces, a table, the analyst cases, a policy shown. */
const COMMANDS: [string, string[]][] = [
  ...[...files].map(([policy, file]): [string, string[]] => [`eval ${policy} --explain`, ['eval', policy, '--input', file, '--explain']]),
  ['eval cn.hnte.2016 --format table --lang zh --explain', ['eval', 'cn.hnte.2016', '--input', files.get('cn.hnte.2016') ?? '', '--format', 'table', '--lang', 'zh', '--explain']],
  ['test test/cases', ['test', 'test/cases']],
  ['show cn.sme-loan-deferral.2020', ['show', 'cn.sme-loan-deferral.2020']],
];

async function runAll(tz: string): Promise<BinOutput[]> {
  return Promise.all(COMMANDS.map(([, args]) => runBinary(args, { TZ: tz })));
}

describe('time zones: date-sensitive output is byte-identical under any TZ', async () => {
  const reference = await runAll('UTC');

  it('the UTC reference runs: results, deferred dates, leap-day anniversaries, all cases pass', () => {
    expect(reference.map((r) => r.stderr)).toEqual(COMMANDS.map(() => ''));
    const text = (name: string) => reference[COMMANDS.findIndex(([n]) => n === name)]?.stdout.toString('utf8') ?? '';
    expect(text('eval urumqi.microloan-deferral.2020 --explain')).toContain('{"from":"2020-02-29","to":"2020-05-29"}'); // three months on, not shifted by a day
    expect(text('eval urumqi.microloan-deferral.2020 --explain')).toContain('{"from":"2020-01-31","to":"2020-04-30"}'); // month-end clamp
    expect(text('eval cn.hnte.2016 --explain')).toContain('"registeredOn":"2016-02-29","oneYearOn":"2017-02-28"');
    expect(text('test test/cases')).toMatch(/\n\d+ passed, 0 failed\n$/);
  });

  it.each(ZONES.slice(1))('TZ=%s gives the same bytes as TZ=UTC for every command', async (tz) => {
    const offset = await runNode('console.log(new Date(2020, 0, 1).getTimezoneOffset())', tz);
    expect(offset).toBe(String({ 'Asia/Shanghai': -480, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 }[tz])); // the zone is in effect
    const runs = await runAll(tz);
    runs.forEach((r, i) => {
      expect({ command: COMMANDS[i]?.[0], same: r.stdout.equals(reference[i]?.stdout ?? Buffer.alloc(0)), code: r.code }).toEqual({ command: COMMANDS[i]?.[0], same: true, code: reference[i]?.code });
    });
  });
});

async function runNode(code: string, tz: string): Promise<string> {
  const { spawnSync } = await import('node:child_process');
  return spawnSync(process.execPath, ['-e', code], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).stdout.trim();
}
