import { version } from '../../package.json';

/**
 * The package version, as `zone-policy --version` prints it.
 *
 * @example
 * VERSION; // '0.1.0'
 */
export const VERSION: string = version;
