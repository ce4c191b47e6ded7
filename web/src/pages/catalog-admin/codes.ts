// The codes of each catalog code table, in the server's order, taken from the one web copy of the
// code tables (i18n/catalog-codes.ts, checked against the server's by server/test/catalog-codes.test.ts).
import * as C from '../../i18n/catalog-codes.ts';

const codesOf = <const T extends readonly C.CodeEntry[]>(table: T) =>
  table.map((e) => e.code) as readonly T[number]['code'][];

/** Each editor's code table with its entries (labels in both languages). */
export const CODE_ENTRIES = {
  itemType: C.ITEM_TYPES,
  exerciseLevel: C.EXERCISE_LEVELS,
  agencyNature: C.AGENCY_NATURES,
  serviceTarget: C.SERVICE_TARGETS,
  handlingMode: C.HANDLING_MODES,
  caseType: C.CASE_TYPES,
  limitUnit: C.LIMIT_UNITS,
  onlineDepth: C.ONLINE_DEPTHS,
  resultType: C.RESULT_TYPES,
  materialSource: C.MATERIAL_SOURCES,
  materialRequirement: C.MATERIAL_REQUIREMENTS,
  materialFormat: C.MATERIAL_FORMATS,
  acceptanceMode: C.ACCEPTANCE_MODES,
  crossProvince: C.CROSS_PROVINCE_MODES,
  specialProcedure: C.SPECIAL_PROCEDURE_KINDS,
  list: C.CATALOG_LISTS,
  requiredStep: C.LICENSING_REQUIRED_STEPS,
  stepRole: C.STEP_ROLES,
  theme: C.THEMES,
} as const;

export type CodeTable = keyof typeof CODE_ENTRIES;

export const CODE_TABLES = Object.fromEntries(
  Object.entries(CODE_ENTRIES).map(([table, entries]) => [table, codesOf(entries)]),
) as { [T in CodeTable]: readonly (typeof CODE_ENTRIES)[T][number]['code'][] };

/** A code of one table (the generated API types check these against the server's unions). */
export type CodeOf<T extends CodeTable> = (typeof CODE_TABLES)[T][number];
