import { describe, expect, it } from 'vitest';
import { fits, formLeaves, prefillFormData, type ElementSource } from './prefill.ts';

const schema = {
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: 3 },
        idType: { type: 'string', oneOf: [{ const: 'resident-id' }, { const: 'foreign-passport' }] },
        idNumber: { type: 'string', maxLength: 30 },
        gender: { type: 'string' },
      },
    },
    enterprise: { type: 'object', properties: { name: { type: 'string' }, employees: { type: 'integer' } } },
  },
};

const elements = new Map<string, ElementSource>([
  ['applicant.name', { sourceKind: 'person-profile', sourceField: 'name' }],
  ['applicant.idType', { sourceKind: 'person-profile', sourceField: 'idType' }],
  ['applicant.idNumber', { sourceKind: 'person-profile', sourceField: 'idNumber' }],
  ['applicant.gender', { sourceKind: 'none', sourceField: null }],
  ['enterprise.name', { sourceKind: 'enterprise-profile', sourceField: 'name' }],
  ['enterprise.employees', { sourceKind: 'enterprise-profile', sourceField: 'employees' }],
]);

describe('formLeaves', () => {
  it('lists the leaves with dotted keys', () => {
    expect(formLeaves(schema).map((l) => l.key)).toEqual([
      'applicant.name',
      'applicant.idType',
      'applicant.idNumber',
      'applicant.gender',
      'enterprise.name',
      'enterprise.employees',
    ]);
    expect(formLeaves({ type: 'string' })).toEqual([]);
  });
});

describe('prefillFormData', () => {
  it('fills the person profile leaves of a person', () => {
    const data = prefillFormData({ schema }, elements, {
      person: { name: '张三', idType: 'resident-id', idNumber: '120103198506123017' },
    });
    expect(data).toEqual({
      applicant: { name: '张三', idType: 'resident-id', idNumber: '120103198506123017' },
    });
  });

  it('fills enterprise leaves from the enterprise profile only, and never a non-string leaf', () => {
    const data = prefillFormData({ schema }, elements, {
      enterprise: { name: '天津通办示范科技有限公司', employees: '12' },
    });
    expect(data).toEqual({ enterprise: { name: '天津通办示范科技有限公司' } });
  });

  it('leaves out values that do not fit: too long, not a listed option, empty', () => {
    const data = prefillFormData({ schema }, elements, {
      person: { name: '欧阳娜娜', idType: '111', idNumber: '' },
    });
    expect(data).toEqual({});
  });
});

describe('prefillFormData from e-licenses', () => {
  it('fills a leaf whose data element comes from an e-license with the held license’s face value', () => {
    const withLicense = new Map<string, ElementSource>([
      ...elements,
      ['applicant.gender', { sourceKind: 'e-license', sourceField: 'gender', sourceLicenseType: 'T001' }],
    ]);
    expect(
      prefillFormData({ schema }, withLicense, { licenses: new Map([['T001', { gender: '1' }]]) }),
    ).toEqual({ applicant: { gender: '1' } });
    expect(
      prefillFormData({ schema }, withLicense, { licenses: new Map([['T002', { gender: '1' }]]) }),
    ).toEqual({});
  });
});

describe('fits', () => {
  it('checks type, length and options', () => {
    expect(fits({ type: 'string', enum: ['a'] }, 'a')).toBe(true);
    expect(fits({ type: 'string', enum: ['a'] }, 'b')).toBe(false);
    expect(fits({ type: 'integer' }, '1')).toBe(false);
    expect(fits({ type: 'string', maxLength: 2 }, '张三')).toBe(true);
  });
});
