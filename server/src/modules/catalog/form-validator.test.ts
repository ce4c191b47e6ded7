import { describe, expect, it } from 'vitest';
import { FORM_FORMATS } from './form-formats.ts';
import { buildFormSchema, compileFormValidator } from './form-schema.ts';
import { fixtureDataElements, validContent } from './test-fixtures.ts';

const valid = () => ({
  enterprise: {
    name: '天津市和平区小吃店',
    uscc: '11120000MB00000013',
    legalRepName: '张三',
    legalRepIdNumber: '11010519491231002X',
    legalRepPhone: '13812345678',
  },
  business: {
    premisesAddress: '天津市和平区南京路1号',
    category: 'catering',
    premisesArea: 35.5,
    staffCount: 3,
  },
  application: { startDate: '2026-02-28' },
});

describe('compileFormValidator', () => {
  const form = validContent().form;
  const validate = compileFormValidator(form);

  it('accepts valid data', () => {
    expect(validate(valid())).toEqual([]);
  });

  it('reports every error with /form paths and English and Chinese messages', () => {
    const data = valid() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data.enterprise.legalRepIdNumber = '110105194912310021'; // wrong check digit
    data.enterprise.legalRepPhone = '12345';
    delete data.enterprise.name;
    data.business.category = 'tobacco';
    data.business.staffCount = '3'; // no coercion
    data.application.startDate = '2026-02-30';
    data.business.extra = 'x';
    const errors = validate(data);
    const byPath = new Map(errors.map((e) => [e.path, e]));
    expect(byPath.get('/form/enterprise/legalRepIdNumber')).toEqual({
      path: '/form/enterprise/legalRepIdNumber',
      message: FORM_FORMATS['citizen-id']!.en,
      messageZh: FORM_FORMATS['citizen-id']!.zh,
    });
    expect(byPath.get('/form/enterprise/legalRepPhone')?.messageZh).toBe(FORM_FORMATS.phone!.zh);
    expect(byPath.has('/form/enterprise/name')).toBe(true);
    expect(errors.filter((e) => e.path === '/form/business/category')).toEqual([
      {
        path: '/form/business/category',
        message: 'must be one of the listed options',
        messageZh: '应为列出的选项之一',
      },
    ]);
    expect(byPath.get('/form/business/staffCount')?.message).toMatch(/integer/);
    expect(byPath.get('/form/application/startDate')?.message).toBe(FORM_FORMATS.date!.en);
    expect(byPath.get('/form/business/extra')?.message).toMatch(/unknown field/);
    for (const e of errors) expect(e.messageZh).toMatch(/\p{Script=Han}/u);
  });

  it('needs the required groups and refuses non-objects', () => {
    expect(validate({}).map((e) => e.path)).toEqual(['/form/enterprise', '/form/business']);
    expect(validate(null).map((e) => e.path)).toEqual(['/form']);
  });

  it('caches the validator per form object', () => {
    const other = structuredClone(form);
    expect(compileFormValidator(form)(valid())).toEqual([]);
    expect(compileFormValidator(other)(valid())).toEqual([]);
  });

  it('throws for a schema that does not compile', () => {
    expect(() =>
      compileFormValidator({ schema: { type: 'object', properties: { a: { type: 'nope' } } }, ui: {} }),
    ).toThrow();
  });

  it('checks every declared format', () => {
    const form2 = buildFormSchema(
      [
        'applicant.email',
        'applicant.postalCode',
        'applicant.regionCode',
        'enterprise.uscc',
        'business.premisesArea',
        'business.onlineSales',
      ].map((key) => ({ key, required: false })),
      fixtureDataElements(),
    );
    const v = compileFormValidator(form2);
    const ok = {
      applicant: { email: 'a.b@example.cn', postalCode: '300040', regionCode: '120101001' },
      business: { premisesArea: 35.5, onlineSales: false },
      enterprise: { uscc: '11120000MB00000013' },
    };
    expect(v(ok)).toEqual([]);
    const bad = {
      applicant: { email: 'a@b', postalCode: '30004', regionCode: '1201011' },
      business: { premisesArea: '35', onlineSales: 'no' },
      enterprise: { uscc: '11120000MB00000014' },
    };
    expect(
      v(bad)
        .map((e) => e.path)
        .sort(),
    ).toEqual([
      '/form/applicant/email',
      '/form/applicant/postalCode',
      '/form/applicant/regionCode',
      '/form/business/onlineSales',
      '/form/business/premisesArea',
      '/form/enterprise/uscc',
    ]);
  });
});

describe('FORM_FORMATS', () => {
  const ok = (name: string, v: string) => FORM_FORMATS[name]!.validate(v);
  it('phone: mainland mobile or landline with area code', () => {
    for (const v of ['13812345678', '19912345678', '022-88908890', '02288908890', '0351-1234567'])
      expect(ok('phone', v), v).toBe(true);
    for (const v of ['12812345678', '1381234567', '22-88908890', '022-123456', '+8613812345678', ''])
      expect(ok('phone', v), v).toBe(false);
  });
  it('region-code: well-formed 6, 9 or 12 digit codes', () => {
    for (const v of ['120000', '120101', '120101001', '120101001001'])
      expect(ok('region-code', v), v).toBe(true);
    for (const v of ['12010', '990000', '120101000', '1201010010', 'abcdef'])
      expect(ok('region-code', v), v).toBe(false);
  });
  it('date: real calendar dates only', () => {
    for (const v of ['2024-02-29', '2026-12-31']) expect(ok('date', v), v).toBe(true);
    for (const v of ['2025-02-29', '2026-13-01', '2026-1-1', '20260101', ''])
      expect(ok('date', v), v).toBe(false);
  });
  it('postal code, email, citizen ID and USCC', () => {
    expect(ok('postal-code', '300040')).toBe(true);
    expect(ok('postal-code', '3000400')).toBe(false);
    expect(ok('email', 'zhang@tj.gov.cn')).toBe(true);
    expect(ok('email', 'zhang@@tj.gov.cn')).toBe(false);
    expect(ok('email', 'zhang san@tj.cn')).toBe(false);
    expect(ok('citizen-id', '11010519491231002X')).toBe(true);
    expect(ok('citizen-id', '11010519491231002x')).toBe(false);
    expect(ok('uscc', '11120000MB00000013')).toBe(true);
    expect(ok('uscc', '11120000MB0000001')).toBe(false);
  });
});
