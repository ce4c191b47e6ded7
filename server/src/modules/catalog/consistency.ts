// Four-level consistency (四级四同) and list membership: an implementation repeats its basic
// item's name, code, type and legal basis word for word, and sits on the lists its type demands.
import { isDeepStrictEqual } from 'node:util';
import { CATALOG_LISTS, LICENSING_ITEM_TYPE, labelOf } from './codes.ts';
import type { BasicItemContent, ImplementationContent } from './content.ts';

export const FOUR_LEVEL_FIELDS = ['name', 'basicCode', 'itemType', 'legalBasis'] as const;
export type FourLevelField = (typeof FOUR_LEVEL_FIELDS)[number];

export function fourLevelDifferences(
  basic: BasicItemContent,
  content: ImplementationContent,
): { field: FourLevelField; basic: unknown; implementation: unknown }[] {
  return FOUR_LEVEL_FIELDS.filter((field) => !isDeepStrictEqual(basic[field], content[field])).map(
    (field) => ({
      field,
      basic: basic[field],
      implementation: content[field],
    }),
  );
}

/** 行政权力: item types 01…11 (the GB/T 39046 powers and Tianjin's 行政备案); 20 is a public service. */
export const isAdministrativePower = (itemType: string) => /^(0[1-9]|1[01])$/.test(itemType);

export interface ListMembershipIssue {
  list: string;
  issue: 'missing' | 'not-applicable';
  zh: string;
  en: string;
}

export function listMembershipIssues(content: ImplementationContent): ListMembershipIssue[] {
  const issues: ListMembershipIssue[] = [];
  const expect = (list: string, shouldBeMember: boolean, why: { zh: string; en: string }) => {
    const member = content.lists.includes(list as ImplementationContent['lists'][number]);
    if (member === shouldBeMember) return;
    const name = labelOf(CATALOG_LISTS, list)!;
    issues.push(
      shouldBeMember
        ? {
            list,
            issue: 'missing',
            zh: `${why.zh}，应列入${name.zh}`,
            en: `${why.en}: must be on the ${name.en}`,
          }
        : {
            list,
            issue: 'not-applicable',
            zh: `${why.zh}，不应列入${name.zh}`,
            en: `${why.en}: must not be on the ${name.en}`,
          },
    );
  };
  const licensing = content.itemType === LICENSING_ITEM_TYPE;
  expect(
    'administrative-licensing',
    licensing,
    licensing
      ? { zh: '行政许可事项', en: 'An administrative licensing item' }
      : { zh: '非行政许可事项', en: 'Not a licensing item' },
  );
  const power = isAdministrativePower(content.itemType);
  expect(
    'power-responsibility',
    power,
    power
      ? { zh: '行政权力事项', en: 'An administrative power' }
      : { zh: '公共服务事项', en: 'A public service' },
  );
  return issues;
}
