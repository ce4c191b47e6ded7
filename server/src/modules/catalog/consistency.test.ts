import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from './codes.ts';
import { fourLevelDifferences, isAdministrativePower, listMembershipIssues } from './consistency.ts';
import type { ImplementationContent } from './content.ts';
import { basicItemOf, validContent } from './test-fixtures.ts';

describe('fourLevelDifferences', () => {
  it('is empty when the four fields are equal, whatever else differs', () => {
    const c = validContent();
    const basic = { ...basicItemOf(c), exerciseLevel: '1' as const, themes: [] };
    expect(fourLevelDifferences(basic, c)).toEqual([]);
  });

  it('lists each differing field with both values, the legal basis compared deeply', () => {
    const c = validContent();
    const basic = basicItemOf(c);
    c.itemType = '07';
    c.legalBasis = [...c.legalBasis, { law: '《食品经营许可和备案管理办法》', article: '第二条', text: '…' }];
    expect(fourLevelDifferences(basic, c)).toEqual([
      { field: 'itemType', basic: '01', implementation: '07' },
      { field: 'legalBasis', basic: basic.legalBasis, implementation: c.legalBasis },
    ]);
    const reordered = validContent();
    reordered.legalBasis = [
      { text: c.legalBasis[0]!.text, article: c.legalBasis[0]!.article, law: c.legalBasis[0]!.law },
    ];
    expect(fourLevelDifferences(basic, reordered)).toEqual([]); // key order is not a difference
  });
});

describe('listMembershipIssues', () => {
  const withType = (itemType: ImplementationContent['itemType'], lists: ImplementationContent['lists']) => {
    const c = validContent();
    c.itemType = itemType;
    c.lists = lists;
    return listMembershipIssues(c).map((i) => `${i.issue} ${i.list}`);
  };

  it('a licensing item belongs to the licensing list and the powers list', () => {
    expect(withType('01', ['power-responsibility', 'administrative-licensing'])).toEqual([]);
    expect(withType('01', [])).toEqual(['missing administrative-licensing', 'missing power-responsibility']);
  });

  it('other powers belong to the powers list only', () => {
    expect(withType('11', ['power-responsibility'])).toEqual([]);
    expect(withType('07', ['administrative-licensing'])).toEqual([
      'not-applicable administrative-licensing',
      'missing power-responsibility',
    ]);
  });

  it('a public service belongs to neither; other lists are free', () => {
    expect(withType('20', ['market-access-negative', 'investment-approval'])).toEqual([]);
    expect(withType('20', ['power-responsibility'])).toEqual(['not-applicable power-responsibility']);
  });

  it('says why in both languages', () => {
    const c = validContent();
    c.lists = [];
    for (const issue of listMembershipIssues(c)) {
      expect(issue.zh).toMatch(/清单/);
      expect(issue.en).toMatch(/list/i);
    }
  });

  it('classifies every item type in the code table', () => {
    expect(ITEM_TYPES.filter((t) => isAdministrativePower(t.code)).map((t) => t.code)).toEqual(
      ITEM_TYPES.map((t) => t.code).filter((code) => code !== '20'),
    );
  });
});
