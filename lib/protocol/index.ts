export * from './dates';
export * from './runs';
