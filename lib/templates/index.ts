export * from './builtin';
export * from './compose';
