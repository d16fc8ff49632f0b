export * from './compile';
export * from './catalog';
export * from './batch';
export { CATALOG_POLICIES } from './catalog-list';
