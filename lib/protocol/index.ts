export * from './dates';
export * from './runs';
export * from './steps';
export * from './checkins';
