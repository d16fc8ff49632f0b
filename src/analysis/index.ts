export * from './lint/index';
export * from './gap/index';
export * from './impact/index';
