import { describe, expect, it } from 'vitest';
import type { ApplicationForm } from './content.ts';
import { buildFormSchema, checkFormSchema, formFields, type FormField } from './form-schema.ts';
import { fixtureDataElements, validContent } from './test-fixtures.ts';

const elements = fixtureDataElements();
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('formFields', () => {
  it('inverts buildFormSchema: fields → form → fields', () => {
    const fields: FormField[] = [
      { key: 'enterprise.name', required: true },
      { key: 'enterprise.uscc', required: false },
      { key: 'enterprise.legalRepName', required: true, title: '法人' },
      { key: 'enterprise.legalRepPhone', required: true, help: '接收短信', widget: 'select' },
      { key: 'business.category', required: true, widget: 'radio' },
      { key: 'application.startDate', required: false, help: '预计日期' },
    ];
    expect(formFields(buildFormSchema(fields, elements), elements)).toEqual(fields);
  });

  it('form → fields → form is the identity, even when the picked fields interleave groups', () => {
    const form = buildFormSchema(
      [
        { key: 'enterprise.legalRepName', required: true },
        { key: 'business.category', required: true },
        { key: 'enterprise.legalRepPhone', required: false, widget: 'textarea' },
      ],
      elements,
    );
    const fields = formFields(form, elements);
    expect(fields.map((f) => f.key)).toEqual([
      'enterprise.legalRepName',
      'enterprise.legalRepPhone',
      'business.category',
    ]);
    expect(buildFormSchema(fields, elements)).toEqual(form);
    expect(buildFormSchema(formFields(validContent().form, elements), elements)).toEqual(validContent().form);
  });

  it('without the elements keeps every title; follows ui:order, then schema order', () => {
    const form: ApplicationForm = {
      schema: {
        type: 'object',
        properties: {
          b: { type: 'string', title: 'B' },
          a: { type: 'integer', title: 'A' },
          c: { type: 'boolean' },
        },
        required: ['a'],
      },
      ui: { 'ui:order': ['a', 'ghost'] },
    };
    expect(formFields(form)).toEqual([
      { key: 'a', required: true, title: 'A' },
      { key: 'b', required: false, title: 'B' },
      { key: 'c', required: false },
    ]);
    expect(formFields({ schema: { type: 'string' }, ui: {} })).toEqual([]);
  });
});

describe('buildFormSchema', () => {
  it('requires a group exactly when it holds a required field', () => {
    const form = buildFormSchema(
      [
        { key: 'enterprise.legalRepName', required: false },
        { key: 'enterprise.legalRepPhone', required: true },
        { key: 'business.premisesAddress', required: false },
      ],
      elements,
    );
    const s = form.schema as Node;
    expect(s.required).toEqual(['enterprise']);
    expect(s.properties.enterprise.required).toEqual(['legalRepPhone']);
    expect(s.properties.business.required).toEqual([]);
    expect(form.ui).toEqual({
      'ui:order': ['enterprise', 'business'],
      enterprise: { 'ui:order': ['legalRepName', 'legalRepPhone'] },
      business: { 'ui:order': ['premisesAddress'] },
    });
  });

  it('refuses an unknown data element', () => {
    expect(() => buildFormSchema([{ key: 'nope.x', required: true }], elements)).toThrow(
      /unknown data element/,
    );
  });
});

describe('checkFormSchema', () => {
  const form = () => structuredClone(validContent().form);
  const check = (f: ApplicationForm) => checkFormSchema(f, elements);
  const paths = (f: ApplicationForm) => check(f).map((x) => x.path);

  it('accepts the fixture form and an empty one', () => {
    expect(check(form())).toEqual([]);
    expect(check({ schema: { type: 'object', properties: {} }, ui: {} })).toEqual([]);
  });

  it('every failure carries the form-schema rule id and both languages', () => {
    const f = form();
    (f.schema as Node).properties.enterprise.properties.fax = { type: 'string', title: '传真' };
    for (const failure of check(f)) {
      expect(failure.rule).toBe('form-schema');
      expect(failure.zh).toMatch(/\p{Script=Han}/u);
      expect(failure.en).toMatch(/[a-z]/);
    }
  });

  it('refuses a schema that is not an object schema', () => {
    expect(paths({ schema: { type: 'string' }, ui: {} })).toEqual(['form.schema']);
    expect(paths({ schema: {}, ui: {} })).toEqual(['form.schema']);
  });

  it('refuses unknown and retired data elements', () => {
    const f = form();
    const group = (f.schema as Node).properties.enterprise;
    group.properties.fax = { type: 'string', title: '传真' };
    group.properties.nickname = { type: 'string', title: '昵称' };
    const failures = check(f);
    expect(failures.map((x) => x.path).sort()).toEqual([
      'form.schema.enterprise.fax',
      'form.schema.enterprise.nickname',
    ]);
    expect(failures.find((x) => x.path.endsWith('fax'))?.en).toMatch(/retired/);
  });

  it('refuses property names that are not key segments (a dotted name would fake a nested key)', () => {
    const f = form();
    (f.schema as Node).properties['applicant.email'] = { type: 'string', format: 'email', maxLength: 100 };
    (f.schema as Node).properties.business.properties.Area = { type: 'number' };
    expect(paths(f).sort()).toEqual(['form.schema.applicant.email', 'form.schema.business.Area']);
  });

  it('refuses leaves whose type or format differ from the data element', () => {
    const f = form();
    const s = f.schema as Node;
    s.properties.enterprise.properties.legalRepIdNumber.format = 'uscc';
    s.properties.business.properties.staffCount.type = 'number';
    s.properties.application.properties.startDate = { type: 'string', title: '开业日期' };
    s.properties.enterprise.properties.name.format = 'email';
    expect(paths(f).sort()).toEqual([
      'form.schema.application.startDate',
      'form.schema.business.staffCount',
      'form.schema.enterprise.legalRepIdNumber',
      'form.schema.enterprise.name',
    ]);
  });

  it('needs enum leaves to list values of the data element', () => {
    const f = form();
    const category = (f.schema as Node).properties.business.properties.category;
    category.oneOf.push({ const: 'tobacco', title: '烟草' });
    expect(paths(f)).toEqual(['form.schema.business.category']);
    delete category.oneOf;
    expect(paths(f)).toEqual(['form.schema.business.category']);
    category.enum = ['catering'];
    expect(paths(f)).toEqual([]);
  });

  it('refuses required names that do not exist, groups without properties and composition keywords', () => {
    const f = form();
    const s = f.schema as Node;
    s.properties.enterprise.required.push('ghost');
    s.properties.vehicle = { type: 'object', title: '车辆' };
    s.properties.business.allOf = [{ required: ['address'] }];
    const failures = check(f);
    expect(failures.map((x) => x.path).sort()).toEqual([
      'form.schema', // strict ajv: required names a missing property
      'form.schema.business',
      'form.schema.enterprise.required',
      'form.schema.vehicle',
    ]);
  });

  it('reports a schema that strict ajv cannot compile (unknown keyword or format)', () => {
    const f = form();
    (f.schema as Node).properties.enterprise.properties.name.placeholder = '张三';
    expect(paths(f)).toEqual(['form.schema']);
    const g = form();
    (g.schema as Node).properties.enterprise.properties.legalRepPhone.format = 'ipv4';
    expect(paths(g).sort()).toEqual(['form.schema', 'form.schema.enterprise.legalRepPhone']);
  });
});
