export * from './lint/index';
export * from './gap/index';
