// The database layer's public face: screens and features import from here.
export { db, openDatabase, RecouvreDb, type DatabaseOptions } from './database';
export { CURRENT_VERSION, SCHEMA_STEPS, type SchemaStep } from './migrations';
export * from './clients';
export * from './invoices';
export * from './payments';
export * from './journal';
export * from './followUps';
export * from './documents';
export * from './scenarios';
export * from './templates';
export * from './meta';
export * from './snapshot';
export * from './dataset';
export * from './demo';
export * from './hooks';
