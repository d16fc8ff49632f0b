import { defineFunction, type PolicyFunction } from '../../engine/functions';
import { FeeRuleConfigSchema, guaranteeFee } from '../fees';
import { decimalArg } from './value-args';

/**
 * `fee.guarantee`: prices a guarantee: rate = min(contract rate, cap by amount band), zero
 * for the configured kinds, fee = amount x rate x months / 12 half-up to the fen, waiver
 * against the contract rate, and the treasury's share (`subsidyShare`, 0..1).
 *
 * @example
 * // { kind: 'call', fn: 'fee.guarantee', args: { amount, contractRate, termMonths, kind, subsidyShare }, config: { rateCap: '0.01', zeroRateKinds: ['extension'] } }
 */
export const guaranteeFeeFn: PolicyFunction = defineFunction({
  name: 'fee.guarantee',
  label: { zh: '担保费', en: 'Guarantee fee' },
  args: { amount: 'required', contractRate: 'required', termMonths: 'required', kind: 'optional', subsidyShare: 'optional' },
  config: FeeRuleConfigSchema,
  make: (config) => (args, env) => {
    const months = decimalArg(args, 'termMonths');
    if (!months.isInteger() || months.lte(0)) throw new TypeError('termMonths must be a positive whole number');
    const kind = args['kind'];
    const r = guaranteeFee(
      {
        base: decimalArg(args, 'amount'),
        contractRate: decimalArg(args, 'contractRate'),
        termMonths: months.toNumber(),
        ...(typeof kind === 'string' ? { kind } : {}),
        ...(args['subsidyShare'] !== undefined ? { subsidyShare: decimalArg(args, 'subsidyShare') } : {}),
      },
      config,
    );
    env.note('rate', { contractRate: decimalArg(args, 'contractRate').toString(), cap: r.cap?.toString() ?? null, rate: r.rate.toString(), cappedBy: r.rateCappedBy });
    return { rate: r.rate, fee: r.fee, feeAtContract: r.feeAtContract, waived: r.waived, subsidy: r.subsidy, payable: r.payable, cap: r.cap, rateCappedBy: r.rateCappedBy };
  },
});
