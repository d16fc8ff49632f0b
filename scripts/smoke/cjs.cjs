// CommonJS consumer: `require` resolves to dist/index.cjs (the "require" condition).
const assert = require('node:assert/strict');
const zp = require('zone-policy');
const cli = require('zone-policy/cli');

assert.match(require.resolve('zone-policy'), /[\\/]node_modules[\\/]zone-policy[\\/]dist[\\/]index\.cjs$/);
assert.match(require.resolve('zone-policy/cli'), /[\\/]dist[\\/]cli[\\/]index\.cjs$/);
const policy = zp.getPolicy('cn.gov-guarantee-fee.2019');
assert.ok(policy, 'the catalog has cn.gov-guarantee-fee.2019');
// DOMAIN §6: fee = 6,000,000 x min(0.02, cap 0.015 above 5,000,000) x 6/12 = 45,000.00
const result = zp.compile(policy).evaluate(
  { id: 'G2', borrower: { size: 'micro' }, loanAmount: 6000000, kind: 'renewal', contractFeeRate: 0.02, termMonths: 6, startDate: '2020-03-01' },
  { asOf: '2020-03-01' },
);
assert.equal(result.status, 'eligible');
assert.equal(result.outputs.rate, '0.015');
assert.equal(result.outputs.fee, '45000.00');
assert.equal(typeof cli.runCli, 'function');
assert.equal(require('zone-policy/schemas/project.schema.json').$id, 'urn:zone-policy:schema:project');
console.log(`smoke: CJS ok (${policy.id}: ${result.status}, fee ${result.outputs.fee})`);
