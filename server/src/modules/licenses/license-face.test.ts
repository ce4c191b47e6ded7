import { describe, expect, it } from 'vitest';
import type { FaceField } from './codes.ts';
import { computeFace, formValue, licenseNumberOf, validUntil } from './license-face.ts';

describe('validUntil', () => {
  it('permanent licenses have no last day', () => {
    expect(validUntil({ kind: 'permanent' }, '2026-03-01')).toBeNull();
  });
  it('N years end the day before the anniversary', () => {
    expect(validUntil({ kind: 'years', years: 5 }, '2026-03-01')).toBe('2031-02-28');
    expect(validUntil({ kind: 'years', years: 1 }, '2026-01-01')).toBe('2026-12-31');
    expect(validUntil({ kind: 'years', years: 4 }, '2027-03-01')).toBe('2031-02-28');
  });
  it('29 February: the last day is 28 February (or the 28th of a leap year)', () => {
    expect(validUntil({ kind: 'years', years: 1 }, '2028-02-29')).toBe('2029-02-28');
    expect(validUntil({ kind: 'years', years: 4 }, '2028-02-29')).toBe('2032-02-28');
  });
});

describe('licenseNumberOf', () => {
  it('region, type suffix and serial: 21 digits', () => {
    expect(licenseNumberOf('120103', '11120000TB0000018J502', '202600000007')).toBe('120103502202600000007');
  });
});

describe('computeFace', () => {
  const fields: FaceField[] = [
    { key: 'name', labelZh: '姓名', labelEn: 'Name', from: 'holder.name' },
    { key: 'id', labelZh: '证号', labelEn: 'ID', from: 'holder.idNumber', personal: true },
    { key: 'issuer', labelZh: '机关', labelEn: 'Issuer', from: 'issuer.name' },
    { key: 'on', labelZh: '发证日期', labelEn: 'Issued', from: 'issueDate' },
    { key: 'until', labelZh: '有效期至', labelEn: 'Until', from: 'validTo' },
    { key: 'no', labelZh: '编号', labelEn: 'No.', from: 'licenseNumber' },
    { key: 'edu', labelZh: '文化程度', labelEn: 'Education', from: 'form:applicant.education' },
    { key: 'cap', labelZh: '注册资本', labelEn: 'Capital', from: 'form:enterprise.registeredCapital' },
    { key: 'online', labelZh: '网络经营', labelEn: 'Online', from: 'form:business.onlineSales' },
    { key: 'missing', labelZh: '缺', labelEn: 'Missing', from: 'form:applicant.employer' },
  ];
  const input = {
    holderName: '张三',
    holderIdNumber: '12010319850612301X',
    issuerName: '天津市河西区人力资源和社会保障局',
    issueDate: '2026-03-01',
    validTo: null,
    licenseNumber: '120103002202600000001',
    formData: {
      applicant: { education: '20' },
      enterprise: { registeredCapital: 500 },
      business: { onlineSales: true },
    },
    enumLabels: new Map([['applicant.education', new Map([['20', '大学本科']])]]),
  };
  it('fills each field from its source; enum codes print as labels; missing values are empty', () => {
    expect(computeFace(fields, input)).toEqual({
      name: '张三',
      id: '12010319850612301X',
      issuer: '天津市河西区人力资源和社会保障局',
      on: '2026-03-01',
      until: '长期',
      no: '120103002202600000001',
      edu: '大学本科',
      cap: '500',
      online: '是',
      missing: '',
    });
  });
  it('reads nested form values by dotted key, never through arrays or scalars', () => {
    expect(formValue({ a: { b: 'x' } }, 'a.b')).toBe('x');
    expect(formValue({ a: 'x' }, 'a.b')).toBeUndefined();
    expect(formValue({ a: [{ b: 1 }] }, 'a.b')).toBeUndefined();
  });
});
