// Demo master data for Tianjin: regions, agencies, venues with their windows, and their checks.

export * from './types.ts';
export * from './districts.ts';
export * from './regions.ts';
export * from './agencies.ts';
export * from './venues.ts';
export { demoUscc } from './demo-uscc.ts';
export type { UsccCategory } from './demo-uscc.ts';
export * from './validate.ts';
