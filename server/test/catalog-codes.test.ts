// The web keeps a copy of the catalog's code tables (it cannot import server code); this test
// keeps the copy equal to the server's, so a label or a code never drifts between the two.
import { describe, expect, it } from 'vitest';
import * as server from '../src/modules/catalog/codes.ts';
import * as web from '../../web/src/i18n/catalog-codes.ts';

const TABLES = [
  'ITEM_TYPES',
  'EXERCISE_LEVELS',
  'AGENCY_NATURES',
  'SERVICE_TARGETS',
  'HANDLING_MODES',
  'CASE_TYPES',
  'LIMIT_UNITS',
  'ONLINE_DEPTHS',
  'RESULT_TYPES',
  'MATERIAL_SOURCES',
  'MATERIAL_REQUIREMENTS',
  'MATERIAL_FORMATS',
  'ACCEPTANCE_MODES',
  'CROSS_PROVINCE_MODES',
  'SPECIAL_PROCEDURE_KINDS',
  'CATALOG_LISTS',
  'LICENSING_REQUIRED_STEPS',
  'STEP_ROLES',
  'THEMES',
] as const;

describe('the web copy of the catalog code tables', () => {
  it.each(TABLES)('%s equals the server table', (name) => {
    expect(web[name]).toEqual(server[name]);
  });
});
