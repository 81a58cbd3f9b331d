export * from './schema';
export * from './transfer';
