// Application forms are JSON Schemas built from data elements (数据元). A data element's dotted
// key (applicant.idNumber) becomes a path of nested objects, so a form's leaves are exactly the
// data elements it uses and the same key means the same thing in every form (pre-fill, reuse
// and bundle merging rely on it). The @rjsf uiSchema carries order, help texts and widgets.
import type { ApplicationForm } from './content.ts';
import type { EnumValue } from './schema.ts';

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
    const path = field.key.split('.');
    let node = schema;
    let uiNode = ui;
    for (const segment of path.slice(0, -1)) {
      const props = node.properties as Record<string, JsonSchema>;
      props[segment] ??= { type: 'object', title: GROUP_TITLES[segment], properties: {}, required: [] };
      pushOnce(uiNode, segment);
      node = props[segment];
      uiNode = (uiNode[segment] ??= {}) as JsonSchema;
    }
    const leaf = path.at(-1)!;
    (node.properties as Record<string, JsonSchema>)[leaf] = leafSchema(el, field.title);
    if (field.required) (node.required as string[]).push(leaf);
    pushOnce(uiNode, leaf);
    if (field.help || field.widget) {
      uiNode[leaf] = {
        ...(field.help && { 'ui:help': field.help }),
        ...(field.widget && { 'ui:widget': field.widget }),
      };
    }
  }
  return { schema, ui };
}

function pushOnce(uiNode: JsonSchema, property: string) {
  const order = ((uiNode['ui:order'] as string[] | undefined) ??= []);
  if (!order.includes(property)) order.push(property);
}
