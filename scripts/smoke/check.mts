// Type-checked (not run) as an ES module: resolves zone-policy's dist/index.d.ts.
import { compile, getPolicy, modelJsonSchema, type EvalResult, type ModelName, type Status } from 'zone-policy';

const policy = getPolicy('cn.gov-guarantee-fee.2019');
if (policy === undefined) throw new Error('no such policy');
const result: EvalResult = compile(policy).evaluate({ loanAmount: '5000000' }, { asOf: '2020-03-01' });
const status: Status = result.status;
// @ts-expect-error: the status is a closed union, so the types are real (not any)
const wrong: 'maybe' = result.status;
const model: ModelName = 'loan';
const id: string = modelJsonSchema(model).$id;
// @ts-expect-error: not a model name
modelJsonSchema('party');
export { status, wrong, id };
