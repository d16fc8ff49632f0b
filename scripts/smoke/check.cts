// Type-checked (not run) as a CommonJS module: resolves zone-policy's dist/index.d.cts.
import { compile, getPolicy, type Status } from 'zone-policy';

const policy = getPolicy('cn.hnte.2016');
const status: Status | undefined = policy && compile(policy).evaluate({}, { asOf: '2020-06-01' }).status;
// @ts-expect-error: the status is a closed union, so the types are real (not any)
const wrong: 'maybe' = status;
export { status, wrong };
