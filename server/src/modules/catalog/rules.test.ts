import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { BasicItemContent, ImplementationContent } from './content.ts';
import { PUBLICATION_RULES, checkPublicationRules, type RuleContext } from './rules.ts';
import { basicItemOf, fixtureRuleContext, validContent } from './test-fixtures.ts';

type Mutation = (c: ImplementationContent, ctx: RuleContext) => void;
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const material = (c: ImplementationContent, id: string) => c.materials.find((m) => m.id === id)!;

/** For every rule, a change to the valid fixture that breaks exactly that rule. */
const BREAK_ALONE: Record<string, Mutation> = {
  'promised-within-statutory': (c) => {
    c.promisedLimit = { kind: 'period', value: 21, unit: 'working-days' };
  },
  'on-the-spot-case-type': (c) => {
    c.caseType = '1';
  },
  'visits-reason': (c) => {
    c.visits = 1;
  },
  'licensing-steps': (c) => {
    c.procedure = c.procedure.filter((s) => s.code !== 'deliver');
  },
  'material-source': (c) => {
    material(c, 'business-licence').licenseType = '11100000MB00000032001'; // wrong check character
  },
  'form-schema': (c) => {
    (c.form.schema as Node).properties.enterprise.properties.fax = { type: 'string', title: '传真' };
  },
  'handling-mode': (c) => {
    c.handlingModes = [];
    c.visits = 1;
    c.visitsReason = '需现场核验原件';
  },
  'four-level-consistency': (_c, ctx) => {
    ctx.basicItem = { ...ctx.basicItem!, name: '食品经营许可证核发' };
  },
  completeness: (c) => {
    c.supervisionPhone = ' ';
  },
  references: (c) => {
    material(c, 'premises-proof').when = { kind: ['relocate'] };
  },
  'accepting-venues': (c) => {
    c.acceptingVenues = [];
  },
  'online-consistency': (c) => {
    c.notOnline = { reason: '涉及现场核验' };
  },
  commitment: (c) => {
    c.commitment = null;
  },
  agencies: (c) => {
    c.coImplementingAgencyIds = ['tj-nowhere'];
  },
  fees: (c) => {
    c.fee.charged = true;
  },
  'result-license': (c) => {
    c.result.licenseType = 'FOOD-LICENCE';
  },
  'special-procedures': (c) => {
    c.specialProcedures.push({ kind: 'inspection', maxWorkingDays: 5 });
  },
};

const run = (mutate?: Mutation) => {
  const content = validContent();
  const ctx = fixtureRuleContext(content);
  mutate?.(content, ctx);
  return checkPublicationRules(content, ctx);
};
const rulesOf = (mutate?: Mutation) => [...new Set(run(mutate).map((f) => f.rule))];

describe('the fixture', () => {
  it('matches the content schemas and is a fresh copy each time', () => {
    expect([...Value.Errors(ImplementationContent, validContent())]).toEqual([]);
    expect([...Value.Errors(BasicItemContent, basicItemOf(validContent()))]).toEqual([]);
    const a = validContent();
    a.materials.pop();
    expect(validContent().materials).toHaveLength(7);
  });
});

describe('checkPublicationRules', () => {
  it('passes the complete valid fixture with no failure', () => {
    expect(run()).toEqual([]);
  });

  it('has a breaking change for every registered rule and ids are unique', () => {
    const ids = PUBLICATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(BREAK_ALONE).sort()).toEqual([...ids].sort());
  });

  for (const [rule, mutate] of Object.entries(BREAK_ALONE)) {
    it(`${rule} fails alone`, () => {
      const failures = run(mutate);
      expect(failures.map((f) => f.rule)).toEqual(failures.map(() => rule));
      expect(failures.length).toBeGreaterThan(0);
      for (const f of failures) {
        expect(f.zh).toMatch(/\p{Script=Han}/u);
        expect(f.en).toMatch(/[a-z]/);
        expect(f.path.length).toBeGreaterThan(0);
      }
    });
  }

  it('reports every rule at once when all are broken, in registry order', () => {
    const all: Mutation = (c, ctx) => {
      for (const [rule, mutate] of Object.entries(BREAK_ALONE)) {
        if (rule !== 'handling-mode' && rule !== 'visits-reason') mutate(c, ctx);
      }
      // handling-mode and visits-reason both need visits ≠ 0; break them together.
      c.handlingModes = [];
      c.visits = 2;
      c.visitsReason = undefined;
      c.onlineDepth = '5'; // keeps online-consistency failing with no online mode
      c.acceptingVenues = [{ venueId: 'nowhere', mode: 'comprehensive' }];
    };
    expect(rulesOf(all)).toEqual(PUBLICATION_RULES.map((r) => r.id));
  });
});
