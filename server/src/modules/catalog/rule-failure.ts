// One failed publication rule. Its own file so form-schema.ts and rules.ts can both use it
// without importing each other.

export interface RuleFailure {
  /** The rule id (PUBLICATION_RULES in rules.ts). */
  rule: string;
  /** Where in the content, dotted, e.g. `materials[id=licence].licenseType` or `form.schema.applicant`. */
  path: string;
  zh: string;
  en: string;
}
