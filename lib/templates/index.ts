export * from './builtin';
export * from './compose';
export * from './custom';
