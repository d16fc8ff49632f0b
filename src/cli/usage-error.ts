/**
 * A mistake in how the CLI was called (unknown policy, bad flag value, unreadable file):
 * reported as one line on stderr, exit code 2.
 *
 * @example
 * new UsageError("unknown policy 'cn.nope'").message; // "unknown policy 'cn.nope'"
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The message of anything thrown, on one line.
 *
 * @example
 * oneLine(new Error('a\nb')); // 'a b'
 */
export function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
