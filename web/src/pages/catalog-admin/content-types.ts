// The element set of one implementation version (server/src/modules/catalog/content.ts) as the
// generated OpenAPI types carry it, with names for the parts the editor handles separately.
import type { CatalogContent } from '../../api/types.ts';

export type ImplementationContent = CatalogContent;
export type AppliesWhen = NonNullable<ImplementationContent['materials'][number]['when']>;
export type TimeLimit = ImplementationContent['statutoryLimit'];
export type LegalBasis = ImplementationContent['legalBasis'][number];
export type SituationQuestion = ImplementationContent['questions'][number];
export type SituationOption = SituationQuestion['options'][number];
export type AcceptanceCondition = ImplementationContent['conditions'][number];
export type Material = ImplementationContent['materials'][number];
export type ProcedureStep = ImplementationContent['procedure'][number];
export type AcceptingVenue = ImplementationContent['acceptingVenues'][number];
export type ApplicationForm = ImplementationContent['form'];

/** Sets (or, for undefined and empty strings, removes) an optional property immutably. */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | ''): T {
  const next = { ...obj };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value as T[K];
  return next;
}
