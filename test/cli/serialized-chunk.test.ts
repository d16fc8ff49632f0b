import { PassThrough, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../src/index';
import { chunkRows, serializeChunk } from '../../src/cli/eval/serialized-chunk';
import { jsonWriter, ndjsonWriter } from '../../src/cli/output/json-writers';
import { OutputSink } from '../../src/cli/output/sink';
import type { EvalRow } from '../../src/cli/eval/ordered-results';

const STATUSES = ['eligible', 'ineligible', 'undetermined', 'error'] as const;

/** Results with any JSON in them: ids and labels in any Unicode (astral characters, lone surrogates, controls). */
const results: fc.Arbitrary<EvalResult[]> = fc.array(
  fc.record({
    id: fc.string({ unit: 'binary' }),
    policy: fc.constant('cn.hnte.2016'),
    asOf: fc.constant('2020-06-01'),
    status: fc.constantFrom(...STATUSES),
    criteria: fc.array(fc.record({ id: fc.string(), result: fc.constantFrom('pass' as const, 'fail' as const), cite: fc.string({ unit: 'grapheme' }), label: fc.record({ zh: fc.string({ unit: 'grapheme' }), en: fc.string() }), values: fc.dictionary(fc.string(), fc.string({ unit: 'binary' }), { maxKeys: 3 }) }), { maxLength: 3 }),
    failed: fc.array(fc.string(), { maxLength: 2 }),
    missing: fc.array(fc.string({ unit: 'binary' }), { maxLength: 2 }),
    outputs: fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.string({ unit: 'binary' }), fc.boolean(), fc.integer(), fc.constant(null))),
  }),
  { minLength: 1, maxLength: 20 },
);

const decoder = new TextDecoder();

async function written(write: (sink: OutputSink) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const sink = new OutputSink(out);
  await write(sink);
  await sink.close();
  return Buffer.concat(parts);
}

describe('serialized chunks: the bytes a worker hands back for NDJSON/JSON output', () => {
  it('each row is the UTF-8 of JSON.stringify of its result, with its status', () => {
    fc.assert(
      fc.property(results, (rs) => {
        const rows = chunkRows(serializeChunk(rs));
        expect(rows.map((r) => r.status)).toEqual(rs.map((r) => r.status));
        expect(rows.map((r) => decoder.decode(r.serialized))).toEqual(rs.map((r) => JSON.stringify(r)));
        expect(Buffer.concat(rows.map((r) => r.serialized))).toEqual(Buffer.from(rs.map((r) => JSON.stringify(r)).join(''), 'utf8'));
      }),
      { numRuns: 300 },
    );
  });

  it('a worked example: a Chinese label and an astral character take their UTF-8 widths', () => {
    const c = serializeChunk([{ id: '企1', status: 'eligible' } as EvalResult, { id: '😀', status: 'error' } as EvalResult]);
    // {"id":"企1","status":"eligible"}: 31 characters, 企 is 3 bytes; {"id":"😀","status":"error"}: 😀 is 4 bytes
    expect(c.ends).toEqual([33, 33 + 30]);
    expect(c.text.buffer.byteLength).toBe(63);
    expect(c.statuses).toEqual(['eligible', 'error']);
  });

  it('the NDJSON and JSON writers write the same bytes from serialised rows as from the results', async () => {
    await fc.assert(
      fc.asyncProperty(results, fc.boolean(), async (rs, summary) => {
        const fromBytes: EvalRow[] = chunkRows(serializeChunk(rs));
        for (const make of [(s: OutputSink) => ndjsonWriter(s), (s: OutputSink) => jsonWriter(s, summary)]) {
          const write = (rows: readonly EvalRow[]) =>
            written(async (sink) => {
              const w = make(sink);
              for (const r of rows) await w.row(r);
              await w.end(summary ? [] : undefined);
            });
          expect(await write(fromBytes)).toEqual(await write(rs));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('output sink', () => {
  it('writes texts and bytes in order, as UTF-8', async () => {
    const bytes = await written(async (sink) => {
      await sink.write('a企');
      await sink.write(new TextEncoder().encode('😀b'));
      await sink.write('\n');
    });
    expect(bytes.toString('utf8')).toBe('a企😀b\n');
  });

  it('the parts of one write stay in one block: a row is never written without its newline', async () => {
    const blocks: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        blocks.push(chunk);
        done();
      },
    });
    const sink = new OutputSink(out);
    const row = new TextEncoder().encode('x'.repeat(40_000));
    for (let i = 0; i < 5; i++) await sink.write(row, '\n');
    await sink.close();
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.at(-1)).toBe(0x0a);
    expect(Buffer.concat(blocks).length).toBe(5 * 40_001);
  });

  it('blocks of more than 64 KiB are written whole, in order', async () => {
    const row = new TextEncoder().encode(`${'企'.repeat(5000)}`);
    const bytes = await written(async (sink) => {
      for (let i = 0; i < 20; i++) {
        await sink.write(row);
        await sink.write(`\n${i}\n`);
      }
    });
    const expected = Array.from({ length: 20 }, (_, i) => `${'企'.repeat(5000)}\n${i}\n`).join('');
    expect(bytes.toString('utf8')).toBe(expected);
  });
});
