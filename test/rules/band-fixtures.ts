import { atLeastBands, atMostBands, type BandTable } from '../../src/rules/band-table';

/** DOMAIN §2 rdRatio threshold by last-year sales: <= 50,000,000 -> 0.05; <= 200,000,000 -> 0.04; else 0.03. */
export const hnteRdThreshold: BandTable = atMostBands(
  [
    ['50000000', '0.05'],
    ['200000000', '0.04'],
  ],
  { above: '0.03' },
);

/** DOMAIN §3 S&T staff share: >=0.30 -> 20; >=0.25 -> 16; >=0.20 -> 12; >=0.15 -> 8; >=0.10 -> 4; else 0. */
export const smeStaff: BandTable = atLeastBands(
  [
    ['0.30', '20'],
    ['0.25', '16'],
    ['0.20', '12'],
    ['0.15', '8'],
    ['0.10', '4'],
  ],
  { below: '0' },
);

/** DOMAIN §3 R&D (a) rdExpense/salesRevenue: >=0.06 -> 50; ... >=0.02 -> 10; else 0. */
export const smeRdSales: BandTable = atLeastBands(
  [
    ['0.06', '50'],
    ['0.05', '40'],
    ['0.04', '30'],
    ['0.03', '20'],
    ['0.02', '10'],
  ],
  { below: '0' },
);

/** DOMAIN §3 R&D (b) rdExpense/costsAndExpenses: >=0.30 -> 50; ... >=0.10 -> 10; else 0. */
export const smeRdCosts: BandTable = atLeastBands(
  [
    ['0.30', '50'],
    ['0.25', '40'],
    ['0.20', '30'],
    ['0.15', '20'],
    ['0.10', '10'],
  ],
  { below: '0' },
);

/** DOMAIN §3 results: classI >= 1 -> 30 (else 0). */
export const smeIpClassI: BandTable = atLeastBands([['1', '30']], { below: '0' });

/** DOMAIN §3 results: classII >= 4 -> 24; 3 -> 18; 2 -> 12; 1 -> 6; 0 -> 0 (counts are integers). */
export const smeIpClassII: BandTable = atLeastBands(
  [
    ['4', '24'],
    ['3', '18'],
    ['2', '12'],
    ['1', '6'],
  ],
  { below: '0' },
);

/** DOMAIN §2 growth: >=0.35 -> 9..10; >=0.25 -> 7..8; >=0.15 -> 5..6; >=0.05 -> 3..4; >0 -> 1..2; else 0. */
export const hnteGrowth: BandTable = atLeastBands(
  [
    ['0.35', { lo: '9', hi: '10' }],
    ['0.25', { lo: '7', hi: '8' }],
    ['0.15', { lo: '5', hi: '6' }],
    ['0.05', { lo: '3', hi: '4' }],
    ['0', { lo: '1', hi: '2' }, { inclusive: false }],
  ],
  { below: '0' },
);
