// Application forms are JSON Schemas built from data elements (数据元). A data element's dotted
// key (applicant.idNumber) becomes a path of nested objects, so a form's leaves are exactly the
// data elements it uses and the same key means the same thing in every form (pre-fill, reuse
// and bundle merging rely on it). The @rjsf uiSchema carries order, help texts and widgets.
import type { ApplicationForm } from './content.ts';
import { makeFormAjv } from './form-formats.ts';
import type { RuleFailure } from './rule-failure.ts';
import type { EnumValue } from './schema.ts';

export { compileFormValidator } from './form-validator.ts';

export interface DataElementDef {
  key: string;
  labelZh: string;
  labelEn: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'enum';
  format: 'citizen-id' | 'uscc' | 'phone' | 'region-code' | 'email' | 'postal-code' | null;
  enumValues: EnumValue[] | null;
  maxLength: number | null;
}

/** One field of a form as the editor picks it. */
export interface FormField {
  key: string;
  required: boolean;
  /** Overrides the data element's label for this form (the key keeps its meaning). */
  title?: string;
  help?: string;
  widget?: 'textarea' | 'radio' | 'select';
}

type JsonSchema = Record<string, unknown>;

/** Titles of the groups that data-element keys start with. */
export const GROUP_TITLES: Record<string, string> = {
  applicant: '申请人信息',
  enterprise: '企业信息',
  agent: '经办人信息',
  business: '经营信息',
  project: '项目信息',
  vehicle: '车辆信息',
  property: '不动产信息',
  child: '子女信息',
  spouse: '配偶信息',
  deceased: '逝者信息',
  bank: '银行账户',
  application: '申请事项',
};

/** The JSON Schema of one data element (a form leaf). */
export function leafSchema(el: DataElementDef, title = el.labelZh): JsonSchema {
  const base: JsonSchema = { title };
  switch (el.type) {
    case 'enum':
      return {
        ...base,
        type: 'string',
        oneOf: (el.enumValues ?? []).map((v) => ({ const: v.value, title: v.labelZh })),
      };
    case 'date':
      return { ...base, type: 'string', format: 'date' };
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(el.format && { format: el.format }),
        maxLength: el.maxLength ?? 200,
      };
    default:
      return { ...base, type: el.type };
  }
}

/** Builds the nested JSON Schema and uiSchema of a form from picked data elements, in order. */
export function buildFormSchema(
  fields: readonly FormField[],
  elements: ReadonlyMap<string, DataElementDef>,
): ApplicationForm {
  const schema: JsonSchema = { type: 'object', properties: {}, required: [] };
  const ui: JsonSchema = {};
  for (const field of fields) {
    const el = elements.get(field.key);
    if (!el) throw new Error(`unknown data element ${field.key}`);
    placeField(schema, ui, field, leafSchema(el, field.title));
  }
  return { schema, ui };
}

/**
 * Puts one field's leaf into a nested form schema and its uiSchema (group objects on the way,
 * order, help and widget). Shared by buildFormSchema and the bundles' merged form.
 */
export function placeField(schema: JsonSchema, ui: JsonSchema, field: FormField, leaf: JsonSchema): void {
  const path = field.key.split('.');
  let node = schema;
  let uiNode = ui;
  for (const segment of path.slice(0, -1)) {
    const props = node.properties as Record<string, JsonSchema>;
    props[segment] ??= { type: 'object', title: GROUP_TITLES[segment], properties: {}, required: [] };
    // A group holding a required field is required itself, or `{}` would pass the form.
    const required = node.required as string[];
    if (field.required && !required.includes(segment)) required.push(segment);
    pushOnce(uiNode, segment);
    node = props[segment];
    uiNode = (uiNode[segment] ??= {}) as JsonSchema;
  }
  const name = path.at(-1)!;
  (node.properties as Record<string, JsonSchema>)[name] = leaf;
  if (field.required) (node.required as string[]).push(name);
  pushOnce(uiNode, name);
  if (field.help || field.widget) {
    uiNode[name] = {
      ...(field.help && { 'ui:help': field.help }),
      ...(field.widget && { 'ui:widget': field.widget }),
    };
  }
}

function pushOnce(uiNode: JsonSchema, property: string) {
  const order = ((uiNode['ui:order'] as string[] | undefined) ??= []);
  if (!order.includes(property)) order.push(property);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isObjectNode = (node: unknown): node is JsonSchema =>
  isRecord(node) && node.type === 'object' && isRecord(node.properties);

/** Property names of a node in uiSchema order, then any the order misses, in schema order. */
function orderedProperties(node: JsonSchema, uiNode: unknown): string[] {
  const props = Object.keys(node.properties as JsonSchema);
  const order =
    isRecord(uiNode) && Array.isArray(uiNode['ui:order']) ? (uiNode['ui:order'] as unknown[]) : [];
  const ordered = order.filter((p): p is string => typeof p === 'string' && props.includes(p));
  return [...ordered, ...props.filter((p) => !ordered.includes(p))];
}

/**
 * The inverse of buildFormSchema, so the editor can load a saved form: leaves in ui:order order
 * with dotted keys. With the data elements, a title equal to the element's label is left out
 * (buildFormSchema puts it back), so fields → form → fields round-trips.
 */
export function formFields(
  form: ApplicationForm,
  elements?: ReadonlyMap<string, DataElementDef>,
): FormField[] {
  const fields: FormField[] = [];
  const walk = (node: JsonSchema, uiNode: unknown, prefix: string) => {
    const props = node.properties as JsonSchema;
    const required = Array.isArray(node.required) ? (node.required as unknown[]) : [];
    for (const name of orderedProperties(node, uiNode)) {
      const child = props[name];
      const uiChild = isRecord(uiNode) ? uiNode[name] : undefined;
      const key = prefix + name;
      if (isObjectNode(child)) {
        walk(child, uiChild, `${key}.`);
        continue;
      }
      const field: FormField = { key, required: required.includes(name) };
      const title = isRecord(child) && typeof child.title === 'string' ? child.title : undefined;
      if (title !== undefined && title !== elements?.get(key)?.labelZh) field.title = title;
      if (isRecord(uiChild)) {
        if (typeof uiChild['ui:help'] === 'string') field.help = uiChild['ui:help'];
        const widget = uiChild['ui:widget'];
        if (widget === 'textarea' || widget === 'radio' || widget === 'select') field.widget = widget;
      }
      fields.push(field);
    }
  };
  if (isObjectNode(form.schema)) walk(form.schema, form.ui, '');
  return fields;
}

/** Keywords a group (object) node may carry: anything else (allOf, if, $ref…) is not a plain form. */
const GROUP_KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'properties',
  'required',
  'additionalProperties',
]);

/** Why a leaf does not fit its data element, or null. */
function leafMismatch(el: DataElementDef, leaf: JsonSchema): { zh: string; en: string } | null {
  const expected = el.type === 'enum' || el.type === 'date' ? 'string' : el.type;
  if (leaf.type !== expected) {
    return {
      zh: `类型应为 ${expected}（数据元 ${el.labelZh}）`,
      en: `type must be ${expected} (data element ${el.key})`,
    };
  }
  const format = typeof leaf.format === 'string' ? leaf.format : null;
  const expectedFormat = el.type === 'date' ? 'date' : el.type === 'string' ? el.format : null;
  if (format !== expectedFormat) {
    return {
      zh: `格式应为 ${expectedFormat ?? '无'}，与数据元一致`,
      en: `format must be ${expectedFormat ?? 'absent'}, as the data element says`,
    };
  }
  if (el.type !== 'enum') return null;
  const listed = Array.isArray(leaf.enum)
    ? (leaf.enum as unknown[])
    : Array.isArray(leaf.oneOf)
      ? (leaf.oneOf as unknown[]).map((o) => (isRecord(o) ? o.const : undefined))
      : null;
  if (!listed || listed.length === 0) {
    return {
      zh: '代码型数据元须用 oneOf 或 enum 列出取值',
      en: 'an enum data element needs oneOf or enum values',
    };
  }
  const allowed = new Set((el.enumValues ?? []).map((v) => v.value));
  const unknown = listed.filter((v) => typeof v !== 'string' || !allowed.has(v));
  return unknown.length
    ? {
        zh: `取值不在数据元代码表中：${unknown.join('、')}`,
        en: `values not in the data element: ${unknown.join(', ')}`,
      }
    : null;
}

/**
 * The form-schema publication rule: a plain nested object schema that compiles (strict, our
 * formats only) and whose leaves are known, current data elements of the right type. Every
 * problem is reported; paths read `form.schema.applicant.idNumber`.
 */
export function checkFormSchema(
  form: ApplicationForm,
  elements: ReadonlyMap<string, DataElementDef & { retired?: boolean }>,
): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const fail = (path: string[], zh: string, en: string) =>
    failures.push({ rule: 'form-schema', path: ['form.schema', ...path].join('.'), zh, en });
  if (!isObjectNode(form.schema)) {
    fail(
      [],
      '申请表须为 type 为 object 且含 properties 的 JSON Schema',
      'the form must be an object schema with properties',
    );
    return failures;
  }
  try {
    // A fresh instance: publication is rare and a shared one would keep every schema it saw.
    makeFormAjv().compile(structuredClone(form.schema));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    fail([], `申请表 JSON Schema 无法编译：${reason}`, `the form schema does not compile: ${reason}`);
  }
  const walk = (node: JsonSchema, path: string[]) => {
    for (const keyword of Object.keys(node)) {
      if (!GROUP_KEYWORDS.has(keyword))
        fail(path, `分组不允许使用 ${keyword}`, `a group may not use ${keyword}`);
    }
    const props = node.properties as JsonSchema;
    const required = node.required ?? [];
    if (!Array.isArray(required))
      fail([...path, 'required'], 'required 须为数组', 'required must be an array');
    else {
      for (const name of required) {
        if (typeof name !== 'string' || !Object.hasOwn(props, name)) {
          fail(
            [...path, 'required'],
            `必填项 ${String(name)} 不存在`,
            `required property ${String(name)} does not exist`,
          );
        }
      }
    }
    for (const [name, child] of Object.entries(props)) {
      const at = [...path, name];
      // A dot inside a name would make `{"applicant.name": …}` pass for the element applicant.name.
      if (!/^[a-z][a-zA-Z0-9]*$/.test(name)) {
        fail(
          at,
          `属性名 ${name} 不是数据元键的一段`,
          `property name ${name} is not a data-element key segment`,
        );
        continue;
      }
      if (isRecord(child) && child.type === 'object') {
        if (isObjectNode(child)) walk(child, at);
        else fail(at, '分组须含 properties', 'a group needs properties');
        continue;
      }
      const key = at.join('.');
      const el = elements.get(key);
      if (!el) fail(at, `未知的数据元 ${key}`, `unknown data element ${key}`);
      else if (el.retired) fail(at, `数据元 ${key} 已停用`, `data element ${key} is retired`);
      else {
        const mismatch = isRecord(child)
          ? leafMismatch(el, child)
          : { zh: '须为 JSON Schema 对象', en: 'must be a schema object' };
        if (mismatch) fail(at, mismatch.zh, mismatch.en);
      }
    }
  };
  walk(form.schema, []);
  return failures;
}
