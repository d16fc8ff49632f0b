// ESM consumer: `import` resolves to dist/index.js (the "import" condition).
import assert from 'node:assert/strict';
import { compile, getPolicy, listPolicies, modelJsonSchema } from 'zone-policy';
import { runCli } from 'zone-policy/cli';
import loanSchema from 'zone-policy/schemas/loan.schema.json' with { type: 'json' };

assert.match(import.meta.resolve('zone-policy'), /\/node_modules\/zone-policy\/dist\/index\.js$/);
const policy = getPolicy('cn.gov-guarantee-fee.2019');
assert.ok(policy, 'the catalog has cn.gov-guarantee-fee.2019');
// DOMAIN §6: fee = 5,000,000 x min(0.02, cap 0.01 for <= 5,000,000) x 12/12 = 50,000.00
const result = compile(policy).evaluate(
  { id: 'G1', borrower: { size: 'small' }, loanAmount: '5000000', kind: 'new', contractFeeRate: '0.02', termMonths: 12, startDate: '2020-03-01' },
  { asOf: '2020-03-01' },
);
assert.equal(result.status, 'eligible');
assert.equal(result.outputs.rate, '0.01');
assert.equal(result.outputs.fee, '50000.00');
assert.ok(listPolicies().length >= 1);
assert.equal(typeof runCli, 'function');
assert.deepEqual(loanSchema, modelJsonSchema('loan'));
console.log(`smoke: ESM ok (${policy.id}: ${result.status}, fee ${result.outputs.fee})`);
