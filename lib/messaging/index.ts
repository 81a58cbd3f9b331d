export * from './protocol';
export * from './sender';
export * from './router';
export * from './client';
export * from './rate-limit';
