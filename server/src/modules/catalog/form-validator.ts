// Server-side validation of application data against a published form: the same schema the
// browser renders, checked with the same formats, so the two can never disagree.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FieldError } from '../../platform/errors/app-error.ts';
import { toFieldErrors } from '../../platform/http/validation.ts';
import type { ApplicationForm } from './content.ts';
import { FORM_FORMATS, makeFormAjv } from './form-formats.ts';

const ajv = makeFormAjv();
// Keyed by the form object: a published version's content is never changed, so its compiled
// validator stays right for as long as the content is held (and is collected with it).
const cache = new WeakMap<ApplicationForm, ValidateFunction>();

/** Closes every group: unknown fields in application data are errors, as in request bodies. */
function closed(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  if (copy.type === 'object' && typeof copy.properties === 'object' && copy.properties !== null) {
    copy.properties = Object.fromEntries(Object.entries(copy.properties).map(([k, v]) => [k, closed(v)]));
    copy.additionalProperties ??= false;
  }
  return copy;
}

const NOT_AN_OPTION = { message: 'must be one of the listed options', messageZh: '应为列出的选项之一' };

function localise(all: ErrorObject[]): FieldError[] {
  // An enum leaf is a oneOf of consts: one error for the field, not one per option it missed.
  const errors = all.filter((e) => !(e.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(e.schemaPath)));
  return toFieldErrors(errors, 'form').map((fieldError, i) => {
    const e = errors[i]!;
    if (e.keyword === 'oneOf') return { ...fieldError, ...NOT_AN_OPTION };
    const format = e.keyword === 'format' ? FORM_FORMATS[String(e.params.format)] : undefined;
    return format ? { ...fieldError, message: format.en, messageZh: format.zh } : fieldError;
  });
}

/**
 * A validator for the form's data: field errors with paths like `/form/applicant/idNumber` and
 * English and Chinese messages; empty when valid. Throws when the schema itself does not compile
 * (checkFormSchema keeps such forms from being published).
 */
export function compileFormValidator(form: ApplicationForm): (data: unknown) => FieldError[] {
  let validate = cache.get(form);
  if (!validate) {
    const schema = closed(form.schema) as Record<string, unknown>;
    validate = ajv.compile(schema);
    ajv.removeSchema(schema); // ajv's own cache holds schemas strongly; ours is the WeakMap
    cache.set(form, validate);
  }
  const v = validate;
  return (data) => (v(data) ? [] : localise(v.errors ?? []));
}
