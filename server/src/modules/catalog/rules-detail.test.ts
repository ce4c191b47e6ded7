// Each clause of each publication rule, with the path it reports (rules.test.ts covers each rule
// failing alone and all together).
import { describe, expect, it } from 'vitest';
import type { ImplementationContent } from './content.ts';
import { checkPublicationRules, type RuleContext } from './rules.ts';
import { isLicenseTypeCode } from './rules-structure.ts';
import { FIXTURE_LICENSE_TYPES, fixtureRuleContext, validContent } from './test-fixtures.ts';

type Mutation = (c: ImplementationContent, ctx: RuleContext) => void;
const failuresOf = (mutate: Mutation) => {
  const content = validContent();
  const ctx = fixtureRuleContext(content);
  mutate(content, ctx);
  return checkPublicationRules(content, ctx).map((f) => `${f.rule} ${f.path}`);
};
const material = (c: ImplementationContent, id: string) => c.materials.find((m) => m.id === id)!;
const option = (c: ImplementationContent, q: string, o: string) =>
  c.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!;

describe('promised-within-statutory and on-the-spot-case-type', () => {
  it('checks every situation option with an override, against the content limits it does not set', () => {
    expect(
      failuresOf((c) => {
        option(c, 'change-what', 'name').promisedLimit = { kind: 'period', value: 30, unit: 'natural-days' };
        option(c, 'kind', 'renew').statutoryLimit = { kind: 'period', value: 5, unit: 'working-days' };
      }),
    ).toEqual([
      'promised-within-statutory questions[id=kind].options[id=renew]',
      'promised-within-statutory questions[id=change-what].options[id=name]',
    ]);
  });

  it('a period promise cannot sit under an on-the-spot statutory limit', () => {
    expect(
      failuresOf((c) => {
        c.statutoryLimit = { kind: 'on-the-spot' };
        c.promisedLimit = { kind: 'on-the-spot' };
        c.caseType = '1';
        option(c, 'change-what', 'address').statutoryLimit = undefined;
      }),
    ).toEqual([
      'promised-within-statutory questions[id=change-what].options[id=name]',
      'promised-within-statutory questions[id=change-what].options[id=address]',
    ]);
  });

  it('即办 promise ⇔ 即办件, both ways', () => {
    expect(failuresOf((c) => void (c.promisedLimit = { kind: 'on-the-spot' }))).toEqual([
      'on-the-spot-case-type caseType',
    ]);
    expect(
      failuresOf((c) => {
        c.promisedLimit = { kind: 'on-the-spot' };
        c.caseType = '1';
      }),
    ).toEqual([]);
    expect(failuresOf((c) => void (c.caseType = '9'))).toEqual([]);
  });
});

describe('visits, handling modes, online consistency and venues', () => {
  it('visits need a non-blank reason', () => {
    expect(
      failuresOf((c) => {
        c.visits = 1;
        c.visitsReason = '  ';
      }),
    ).toEqual(['visits-reason visitsReason']);
    expect(
      failuresOf((c) => {
        c.visits = 1;
        c.visitsReason = '现场核验原件';
      }),
    ).toEqual([]);
  });

  it('not online excludes online modes and online acceptance depth', () => {
    expect(
      failuresOf((c) => {
        c.notOnline = { reason: '涉密' };
        c.handlingModes = ['1', '4'];
        c.onlineDepth = '4';
      }),
    ).toEqual(['online-consistency onlineDepth']);
    expect(
      failuresOf((c) => {
        c.notOnline = { reason: '涉密' };
        c.handlingModes = ['1', '4'];
        c.onlineDepth = '3';
      }),
    ).toEqual([]);
  });

  it('zero visits need online, mobile or courier handling', () => {
    expect(failuresOf((c) => void (c.handlingModes = ['1', '5']))).toEqual(['online-consistency visits']);
    expect(failuresOf((c) => void (c.handlingModes = ['1', '4']))).toEqual([]);
  });

  it('venues must exist and not repeat; without window handling none are needed', () => {
    expect(
      failuresOf((c) => {
        c.acceptingVenues = [
          { venueId: 'zwfw-120000', mode: 'own-window' },
          { venueId: 'ghost', mode: 'comprehensive' },
          { venueId: 'zwfw-120000', mode: 'delegated-acceptance' },
        ];
      }),
    ).toEqual(['accepting-venues acceptingVenues[1].venueId', 'accepting-venues acceptingVenues[2].venueId']);
    expect(
      failuresOf((c) => {
        c.handlingModes = ['2', '3'];
        c.acceptingVenues = [];
      }),
    ).toEqual([]);
  });
});

describe('licensing steps', () => {
  it('reports each missing step of a licensing item, and none for other item types', () => {
    const strip: Mutation = (c) => void (c.procedure = c.procedure.filter((s) => s.code === 'accept'));
    expect(failuresOf(strip)).toEqual(Array(4).fill('licensing-steps procedure'));
    expect(
      failuresOf((c, ctx) => {
        strip(c, ctx);
        c.itemType = '07';
        c.lists = ['power-responsibility'];
        ctx.basicItem!.itemType = '07';
      }),
    ).toEqual([]);
  });
});

describe('material-source', () => {
  it('checks each source and the situational requirement', () => {
    expect(
      failuresOf((c) => {
        material(c, 'business-licence').sharedDataset = 'x';
        material(c, 'representative-id').sharedDataset = ' ';
        material(c, 'application').licenseType = FIXTURE_LICENSE_TYPES.businessLicence;
        material(c, 'premises-proof').when = undefined;
        material(c, 'authorisation').when = { kind: ['new'] };
      }),
    ).toEqual([
      'material-source materials[id=application].licenseType',
      'material-source materials[id=business-licence].sharedDataset',
      'material-source materials[id=representative-id].sharedDataset',
      'material-source materials[id=premises-proof].when',
      'material-source materials[id=authorisation].when',
    ]);
  });

  it('license type codes are a check-valid USCC and 3 digits', () => {
    expect(isLicenseTypeCode(FIXTURE_LICENSE_TYPES.foodLicence)).toBe(true);
    for (const code of [
      undefined,
      '',
      '11100000MB00000031',
      '11100000MB0000003100A',
      '11100000MB000000310012',
    ]) {
      expect(isLicenseTypeCode(code), String(code)).toBe(false);
    }
  });
});

describe('four-level-consistency', () => {
  it('reports a missing basic item', () => {
    expect(failuresOf((_c, ctx) => void (ctx.basicItem = null))).toEqual([
      'four-level-consistency basicCode',
    ]);
  });

  it('reports one failure per differing field, comparing the legal basis deeply', () => {
    expect(
      failuresOf((c) => {
        c.name = '食品经营许可（新办）';
        c.basicCode = '000127005001';
        c.legalBasis[0]!.article = '第三十六条';
      }),
    ).toEqual([
      'four-level-consistency name',
      'four-level-consistency basicCode',
      'four-level-consistency legalBasis',
    ]);
  });
});

describe('completeness', () => {
  it('reports each missing element', () => {
    expect(
      failuresOf((c, ctx) => {
        c.legalBasis = [];
        ctx.basicItem!.legalBasis = [];
        c.serviceTargets = [];
        c.procedure = [];
        c.itemType = '20';
        c.lists = [];
        ctx.basicItem!.itemType = '20';
        c.result.name = '';
        c.consultationPhone = '';
        c.supervisionPhone = '';
        c.questions[1]!.options.shift();
        material(c, 'application').name = ' ';
        material(c, 'application').acceptanceStandard = '';
      }),
    ).toEqual([
      'completeness legalBasis',
      'completeness serviceTargets',
      'completeness procedure',
      'completeness result.name',
      'completeness consultationPhone',
      'completeness supervisionPhone',
      'completeness questions[id=change-what].options',
      'completeness materials[id=application].name',
      'completeness materials[id=application].acceptanceStandard',
    ]);
  });
});

describe('references', () => {
  it('reports duplicate ids in every list', () => {
    expect(
      failuresOf((c) => {
        c.questions[1]!.options.push({ id: 'name', label: '重复' });
        c.materials.push({ ...material(c, 'authorisation') });
        c.conditions.push({ id: 'premises', text: '重复' });
        c.procedure.push({ ...c.procedure[0]! });
      }),
    ).toEqual([
      'references questions[id=change-what].options[id=name]',
      'references materials[id=authorisation]',
      'references conditions[id=premises]',
      'references procedure[id=accept]',
    ]);
    expect(failuresOf((c) => void c.questions.push({ ...c.questions[0]! }))).toEqual([
      'references questions[id=kind]',
    ]);
  });

  it('a when must name existing questions and options; a question only earlier ones', () => {
    expect(
      failuresOf((c) => {
        c.conditions[2]!.when = { kind: ['change', 'move'] };
        material(c, 'new-premises-proof').when = { kind: ['change'], 'change-type': ['address'] };
        c.questions[0]!.when = { 'change-what': ['name'] };
      }),
    ).toEqual([
      'references questions[id=kind].when.change-what',
      'references conditions[id=changed-facts].when.kind',
      'references materials[id=new-premises-proof].when.change-type',
    ]);
  });
});

describe('commitment, agencies, fees, result license, special procedures', () => {
  it('commitment texts must not be blank, and a plain item needs none', () => {
    expect(
      failuresOf((c) => {
        c.commitment = { text: ' ', verificationPlan: '' };
      }),
    ).toEqual(['commitment commitment.text', 'commitment commitment.verificationPlan']);
    expect(
      failuresOf((c) => {
        c.conditions = c.conditions.map(({ commitmentAllowed: _, ...rest }) => rest);
        c.commitment = null;
      }),
    ).toEqual([]);
  });

  it('agencies must exist', () => {
    expect(
      failuresOf((c) => {
        c.supervisingAgencyId = 'ghost';
        c.coImplementingAgencyIds = ['tj-wjw', 'ghost-2'];
      }),
    ).toEqual(['agencies supervisingAgencyId', 'agencies coImplementingAgencyIds[1]']);
    expect(failuresOf((c) => void (c.supervisingAgencyId = null))).toEqual([]);
  });

  it('fees agree with their items', () => {
    const item = { name: '工本费', amount: '10.00', basis: '物价文件' };
    expect(failuresOf((c) => void (c.fee = { charged: false, items: [item] }))).toEqual(['fees fee.items']);
    expect(failuresOf((c) => void (c.fee = { charged: true, items: [item] }))).toEqual([]);
  });

  it('a certificate result’s license type must be valid; other results are not checked', () => {
    expect(failuresOf((c) => void (c.result.licenseType = undefined))).toEqual([]);
    expect(failuresOf((c) => void (c.result = { type: 'document', name: '批复', licenseType: 'x' }))).toEqual(
      [],
    );
  });

  it('special procedure kinds are unique', () => {
    expect(
      failuresOf((c) => {
        c.specialProcedures = [
          { kind: 'hearing', maxWorkingDays: 20 },
          { kind: 'inspection', maxWorkingDays: 5 },
          { kind: 'hearing', maxWorkingDays: 10 },
        ];
      }),
    ).toEqual(['special-procedures specialProcedures[2].kind']);
  });
});
