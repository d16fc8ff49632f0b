/** Policy lint: static checks of policy data. @module */
export * from './finding';
export * from './data-path';
export * from './citations';
export * from './calls';
export * from './band-tables';
export * from './non-negative';
export * from './timelines';
export * from './constant-truth';
export * from './reachability';
export * from './declared-cap';
export * from './fee-search-space';
export * from './fee-caps';
export * from './fee-rate-outputs';
export * from './lint-policy';
