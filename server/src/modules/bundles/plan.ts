// A bundle's plan for a set of answers: which members apply, in what order, and the one guide,
// one form and one material set merged from their versions in force, with the savings against
// applying for each separately. Pure: the callers load the versions (plan.queries.ts).
import type { ApplicationForm, ImplementationContent, Material } from '../catalog/content.ts';
import type { BundleContent, BundleMember } from './content.ts';

/** A member with the implementation version it is pinned to. */
export interface MemberVersion {
  member: BundleMember;
  implementationCode: string;
  versionId: string;
  agencyId: string;
  regionCode: string;
  content: ImplementationContent;
}

/** Same data-element key, incompatible validation: blocks publication. */
export interface FormConflict {
  key: string;
  /** The members whose forms disagree, and how (JSON of each leaf's validation). */
  members: { memberId: string; leaf: string }[];
  zh: string;
  en: string;
}

export interface MergedForm {
  form: ApplicationForm;
  /** Leaves of the merged form (distinct data-element keys). */
  fieldCount: number;
  conflicts: FormConflict[];
  /** The keys of each member's form, for projecting the merged data onto a sub-case. */
  keysByMember: Record<string, string[]>;
}

/** One material of the merged set; `members` says which members' materials it stands for. */
export interface MergedMaterial {
  /** 'license:<type>' | 'shared:<dataset>' | 'name:<normalized name>' (merge-materials.ts). */
  key: string;
  name: string;
  requirement: Material['requirement'];
  source: Material['source'];
  licenseType: string | null;
  sharedDataset: string | null;
  format: Material['format'];
  originals: number;
  copies: number;
  deficiencyAllowed: boolean;
  acceptanceStandard: string;
  members: { memberId: string; materialId: string }[];
}

export interface Tally {
  fields: number;
  materials: number;
  visits: number;
}

export interface Savings {
  separately: Tally;
  bundled: Tally;
  saved: Tally;
}

export interface BundlePlan {
  /** Applicable members in a start order that respects `after` (ties keep definition order). */
  members: MemberVersion[];
  form: MergedForm;
  materials: MergedMaterial[];
  savings: Savings;
}

export type { BundleContent, BundleMember };
