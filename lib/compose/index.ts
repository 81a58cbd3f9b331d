export * from './eligibility';
export * from './readback';
