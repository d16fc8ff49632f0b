// Type-checked (not run): the zone-policy/cli API, with Node's types as its users have them.
import { EXIT, runCli, type CliIo } from 'zone-policy/cli';

const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stderrIsTTY: false };
const code: Promise<number> = runCli(['list'], io);
const usage: 2 = EXIT.usage;
// @ts-expect-error: argv is a list of strings
runCli('list', io);
export { code, usage };
