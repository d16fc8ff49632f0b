import { parsePolicy, PolicyParseError, STDLIB, type Policy } from '../../index';
import { oneLine, UsageError } from '../usage-error';

/**
 * Validates untrusted policy data with the standard building blocks; a problem is a
 * {@link UsageError} naming where the data came from.
 *
 * @example
 * checkedPolicy(JSON.parse(text), 'my.json').id; // 'demo.p'
 */
export function checkedPolicy(data: unknown, where: string): Policy {
  try {
    return parsePolicy(data, { functions: STDLIB });
  } catch (e) {
    if (e instanceof PolicyParseError) throw new UsageError(`${where}: ${oneLine(e)}`);
    throw e;
  }
}
