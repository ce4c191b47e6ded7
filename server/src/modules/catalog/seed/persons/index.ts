// The natural-person (自然人) half of the demo catalog: basic items and their implementations by
// city agencies (region 120000), the utilities (水电气过户) and the agencies of 河西区, 和平区 and
// 滨海新区.
import type { SeedCatalog, SeedImplementation } from '../types.ts';
import { AFTER_DEATH_IMPLEMENTATIONS, AFTER_DEATH_ITEMS } from './after-death.ts';
import { ASSISTANCE_IMPLEMENTATIONS, ASSISTANCE_ITEMS } from './assistance.ts';
import { CARD_IMPLEMENTATIONS, CARD_ITEMS } from './care-cards.ts';
import { EDUCATION_IMPLEMENTATIONS, EDUCATION_ITEMS } from './education.ts';
import { EMPLOYMENT_IMPLEMENTATIONS, EMPLOYMENT_ITEMS } from './employment.ts';
import { HEALTH_IMPLEMENTATIONS, HEALTH_ITEMS } from './health.ts';
import { HOUSEHOLD_IMPLEMENTATIONS, HOUSEHOLD_ITEMS } from './household.ts';
import { HOUSING_IMPLEMENTATIONS, HOUSING_ITEMS } from './housing.ts';
import { MARRIAGE_IMPLEMENTATIONS, MARRIAGE_ITEMS } from './marriage.ts';
import { MEDICAL_INSURANCE_IMPLEMENTATIONS, MEDICAL_INSURANCE_ITEMS } from './medical-insurance.ts';
import { PENSION_IMPLEMENTATIONS, PENSION_ITEMS } from './pension.ts';
import { POLICE_CITY_IMPLEMENTATIONS, POLICE_CITY_ITEMS } from './police-city.ts';
import { PROVIDENT_FUND_IMPLEMENTATIONS, PROVIDENT_FUND_ITEMS } from './provident-fund.ts';
import { RESIDENT_PENSION_IMPLEMENTATIONS, RESIDENT_PENSION_ITEMS } from './resident-pension.ts';
import { RESIDENCE_IMPLEMENTATIONS, RESIDENCE_ITEMS } from './residence-permit.ts';
import { UTILITY_IMPLEMENTATIONS, UTILITY_ITEMS } from './utilities.ts';
import { WELFARE_IMPLEMENTATIONS, WELFARE_ITEMS } from './welfare.ts';

/**
 * Every administrative power (types 01–11) is on the 权责清单 and every licence on the 行政许可
 * 事项清单; public services (20) are on neither. Added here so no domain file can forget it.
 */
function withLists(impl: SeedImplementation): SeedImplementation {
  const { itemType, lists } = impl.content;
  const required: (typeof lists)[number][] = [];
  if (itemType === '01') required.push('administrative-licensing');
  if (itemType !== '20') required.push('power-responsibility');
  const merged = [...lists, ...required.filter((l) => !lists.includes(l))];
  return { ...impl, content: { ...impl.content, lists: merged } };
}

export const PERSON_CATALOG: SeedCatalog = {
  items: [
    ...HEALTH_ITEMS,
    ...MEDICAL_INSURANCE_ITEMS,
    ...HOUSEHOLD_ITEMS,
    ...RESIDENCE_ITEMS,
    ...MARRIAGE_ITEMS,
    ...WELFARE_ITEMS,
    ...ASSISTANCE_ITEMS,
    ...CARD_ITEMS,
    ...POLICE_CITY_ITEMS,
    ...EMPLOYMENT_ITEMS,
    ...PENSION_ITEMS,
    ...RESIDENT_PENSION_ITEMS,
    ...HOUSING_ITEMS,
    ...PROVIDENT_FUND_ITEMS,
    ...EDUCATION_ITEMS,
    ...UTILITY_ITEMS,
    ...AFTER_DEATH_ITEMS,
  ],
  implementations: [
    ...HEALTH_IMPLEMENTATIONS,
    ...MEDICAL_INSURANCE_IMPLEMENTATIONS,
    ...HOUSEHOLD_IMPLEMENTATIONS,
    ...RESIDENCE_IMPLEMENTATIONS,
    ...MARRIAGE_IMPLEMENTATIONS,
    ...WELFARE_IMPLEMENTATIONS,
    ...ASSISTANCE_IMPLEMENTATIONS,
    ...CARD_IMPLEMENTATIONS,
    ...POLICE_CITY_IMPLEMENTATIONS,
    ...EMPLOYMENT_IMPLEMENTATIONS,
    ...PENSION_IMPLEMENTATIONS,
    ...RESIDENT_PENSION_IMPLEMENTATIONS,
    ...HOUSING_IMPLEMENTATIONS,
    ...PROVIDENT_FUND_IMPLEMENTATIONS,
    ...EDUCATION_IMPLEMENTATIONS,
    ...UTILITY_IMPLEMENTATIONS,
    ...AFTER_DEATH_IMPLEMENTATIONS,
  ].map(withLists),
};
