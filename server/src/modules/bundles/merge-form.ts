// 一表申请: the members' forms merged into one, deduplicated by data-element key. Required if any
// member requires it; a key whose leaves validate differently (type, format, enum values, length…;
// titles and help may differ) is a conflict, reported so that publication is refused.
import type { ApplicationForm } from '../catalog/content.ts';
import { formFields, placeField, type FormField } from '../catalog/form-schema.ts';
import type { FormConflict, MemberVersion, MergedForm } from './plan.ts';

type JsonSchema = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaf schema at a dotted key of a nested form schema, or {} when the path is broken. */
export function leafAt(form: ApplicationForm, key: string): JsonSchema {
  let node: unknown = form.schema;
  for (const segment of key.split('.')) {
    const props = isRecord(node) ? node.properties : undefined;
    node = isRecord(props) ? props[segment] : undefined;
  }
  return isRecord(node) ? node : {};
}

/** JSON with object keys sorted, so equal schemas compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A leaf's validation only, as canonical JSON: titles and descriptions (the leaf's and its
 * options') are presentation and may differ between members; the option list is sorted, as its
 * order does not change what validates.
 */
export function validationOf(leaf: JsonSchema): string {
  const { title: _t, description: _d, ...rest } = leaf;
  if (Array.isArray(rest.oneOf)) {
    rest.oneOf = rest.oneOf
      .map((o) => {
        if (!isRecord(o)) return canonicalJson(o);
        const { title: _ot, description: _od, ...option } = o;
        return canonicalJson(option);
      })
      .sort();
  }
  if (Array.isArray(rest.enum)) rest.enum = rest.enum.map(canonicalJson).sort();
  return canonicalJson(rest);
}

interface MergedField {
  field: FormField;
  leaf: JsonSchema;
  /** Each member's validation of this key, in member order. */
  byMember: { memberId: string; leaf: string }[];
}

function conflictOf(key: string, byMember: MergedField['byMember']): FormConflict | null {
  if (new Set(byMember.map((m) => m.leaf)).size <= 1) return null;
  const ids = byMember.map((m) => m.memberId);
  return {
    key,
    members: byMember,
    zh: `数据项 ${key} 在成员事项 ${ids.join('、')} 的申请表中校验规则不一致`,
    en: `data element ${key} validates differently in the forms of members ${ids.join(', ')}`,
  };
}

/** The union of the members' fields by key, first-seen order, with each member's validation. */
function unionFields(members: readonly MemberVersion[]) {
  const byKey = new Map<string, MergedField>();
  const keysByMember: Record<string, string[]> = {};
  for (const mv of members) {
    const fields = formFields(mv.content.form);
    keysByMember[mv.member.id] = fields.map((f) => f.key);
    for (const f of fields) {
      const leaf = leafAt(mv.content.form, f.key);
      const own = { memberId: mv.member.id, leaf: validationOf(leaf) };
      const seen = byKey.get(f.key);
      if (!seen) {
        byKey.set(f.key, { field: { ...f }, leaf, byMember: [own] });
        continue;
      }
      seen.byMember.push(own);
      seen.field.required ||= f.required;
      // Help and widget of the first member that has one; the leaf stays the first member's.
      seen.field.help ??= f.help;
      seen.field.widget ??= f.widget;
    }
  }
  return { byKey, keysByMember };
}

export function mergeForm(members: readonly MemberVersion[]): MergedForm {
  const { byKey, keysByMember } = unionFields(members);
  const schema: JsonSchema = { type: 'object', properties: {}, required: [] };
  const ui: JsonSchema = {};
  const conflicts: FormConflict[] = [];
  for (const [key, merged] of byKey) {
    placeField(schema, ui, merged.field, structuredClone(merged.leaf));
    const conflict = conflictOf(key, merged.byMember);
    if (conflict) conflicts.push(conflict);
  }
  return { form: { schema, ui }, fieldCount: byKey.size, conflicts, keysByMember };
}

/** The part of the merged form's data that a member's form uses (its keys, nested as the form). */
export function memberFormData(
  data: Record<string, unknown>,
  memberKeys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of memberKeys) {
    const path = key.split('.');
    let value: unknown = data;
    for (const segment of path) {
      value = isRecord(value) && Object.hasOwn(value, segment) ? value[segment] : undefined;
    }
    if (value === undefined) continue;
    let node = out;
    for (const segment of path.slice(0, -1)) {
      if (!isRecord(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[path.at(-1)!] = structuredClone(value);
  }
  return out;
}
