// The demo bundles of 河西区 (issue #7 §4): two for enterprises and persons' life events each
// named by the plan, in serial order.
import { BIRTH, SCHOOL } from './birth-school.ts';
import { ENTERPRISE_START } from './enterprise.ts';
import { HOME_TRANSFER } from './housing.ts';
import { AFTER_DEATH, RETIREMENT } from './later-life.ts';
import type { SeedBundle } from './members.ts';

export type { SeedBundle } from './members.ts';

export const DEMO_BUNDLES: readonly SeedBundle[] = [
  BIRTH,
  ENTERPRISE_START,
  HOME_TRANSFER,
  RETIREMENT,
  AFTER_DEATH,
  SCHOOL,
];

/** The bundle code: YJS + region + 3-digit serial (as versions.service.ts issues it). */
export const seedBundleCode = (b: SeedBundle) => `YJS${b.regionCode}${String(b.serial).padStart(3, '0')}`;
