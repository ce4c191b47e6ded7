// Builds a form's JSON Schema and uiSchema from picked data elements. DELIBERATE DUPLICATE of
// buildFormSchema in server/src/modules/catalog/form-schema.ts (the web cannot import server
// code): keep the two in step. The server validates every saved form against its data elements
// and again on publication, so a drift here is caught before a form reaches the public.
import type { DataElement } from '../../../api/catalog-admin.ts';
import type { ApplicationForm } from '../content-types.ts';

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

/** Titles of the groups that data-element keys start with (as GROUP_TITLES on the server). */
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
export function leafSchema(el: DataElement, title = el.labelZh): JsonSchema {
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
  elements: ReadonlyMap<string, DataElement>,
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
      // A group holding a required field is required itself, or `{}` would pass the form.
      const required = node.required as string[];
      if (field.required && !required.includes(segment)) required.push(segment);
      pushOnce(uiNode, segment);
      node = props[segment]!;
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

/**
 * Reads the picked fields back out of a stored form (the inverse of buildFormSchema for forms it
 * built): leaves in ui:order, with required flags, title overrides, help texts and widgets. A
 * hand-written schema may hold things this cannot express; the advanced tab edits those.
 */
export function fieldsOfForm(form: ApplicationForm, elements: ReadonlyMap<string, DataElement>): FormField[] {
  const fields: FormField[] = [];
  const walk = (node: JsonSchema, uiNode: JsonSchema, prefix: string[]) => {
    const props = (node.properties ?? {}) as Record<string, JsonSchema>;
    const required = (node.required ?? []) as string[];
    const order = ((uiNode['ui:order'] as string[] | undefined) ?? []).filter((k) => k in props);
    const keys = [...order, ...Object.keys(props).filter((k) => !order.includes(k))];
    for (const k of keys) {
      const child = props[k] ?? {};
      const uiChild = (uiNode[k] ?? {}) as JsonSchema;
      if (child.type === 'object' && child.properties) {
        walk(child, uiChild, [...prefix, k]);
        continue;
      }
      const key = [...prefix, k].join('.');
      const el = elements.get(key);
      const title = typeof child.title === 'string' ? child.title : undefined;
      const help = uiChild['ui:help'];
      const widget = uiChild['ui:widget'];
      fields.push({
        key,
        required: required.includes(k),
        ...(title && el && title !== el.labelZh && { title }),
        ...(typeof help === 'string' && { help }),
        ...((widget === 'textarea' || widget === 'radio' || widget === 'select') && { widget }),
      });
    }
  };
  walk(form.schema, form.ui, []);
  return fields;
}
