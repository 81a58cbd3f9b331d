export * from './records';
export * from './schema';
export * from './database';
export * from './settings';
export * from './persist';
export * from './errors';
