// The seed's material as typed data: every surface renders from here.
export * from './types';
export * from './movements';
export * from './principles';
export * from './protocol';
export * from './problems';
export * from './prompt';
export * from './checklist';
export * from './scope';
export * from './parts';
