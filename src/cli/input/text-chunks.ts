import { StringDecoder } from 'node:string_decoder';

/**
 * Decodes a byte stream as UTF-8 text chunks (multi-byte characters split across chunks
 * are kept whole; a leading byte-order mark is dropped).
 *
 * @example
 * for await (const text of textChunks(stream)) process(text);
 */
export async function* textChunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Splits text chunks into lines (LF or CRLF), with their 1-based line numbers; a last
 * line without a newline is yielded too. Memory holds one line at a time.
 *
 * @example
 * for await (const { line, n } of lines(textChunks(stream))) console.log(n, line);
 */
export async function* lines(source: AsyncIterable<string>): AsyncGenerator<{ line: string; n: number }> {
  let buf = '';
  let n = 0;
  for await (const text of source) {
    buf += text;
    let start = 0;
    let at = buf.indexOf('\n', start);
    while (at >= 0) {
      const raw = buf.slice(start, at);
      start = at + 1;
      yield { line: raw.endsWith('\r') ? raw.slice(0, -1) : raw, n: ++n };
      at = buf.indexOf('\n', start);
    }
    buf = buf.slice(start);
  }
  if (buf.length > 0) yield { line: buf.endsWith('\r') ? buf.slice(0, -1) : buf, n: ++n };
}

/**
 * Looks at the first text of a stream without losing it: the first non-blank character
 * (or '' for an empty stream), and the whole text stream to read from the start.
 *
 * @example
 * const { first, text } = await peekText(textChunks(process.stdin));
 * first === '['; // a JSON array
 */
export async function peekText(source: AsyncIterable<string>): Promise<{ first: string; text: AsyncIterable<string> }> {
  const it = source[Symbol.asyncIterator]();
  const seen: string[] = [];
  let first = '';
  for (;;) {
    const next = await it.next();
    if (next.done) break;
    seen.push(next.value);
    const m = /\S/.exec(next.value);
    if (m) {
      first = m[0];
      break;
    }
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { first, text: replay() };
}
