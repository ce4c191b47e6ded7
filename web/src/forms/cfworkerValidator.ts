// An @rjsf validator on @cfworker/json-schema. The default @rjsf/validator-ajv8 compiles schemas
// with `new Function`, which the app's CSP (no 'unsafe-eval') forbids; cfworker interprets the
// schema instead. Errors are mapped to rjsf's shape (property paths in dot notation) so the
// error list and the per-field messages work as with ajv.
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import {
  createErrorHandler,
  toErrorSchema,
  unwrapErrorHandler,
  validationDataMerge,
  type CustomValidator,
  type ErrorTransformer,
  type RJSFSchema,
  type RJSFValidationError,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from '@rjsf/utils';

/** Keywords that only wrap the failures of their children: the children carry the message. */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', 'additionalItems']);

const cache = new WeakMap<object, Validator>();

function validatorFor(schema: RJSFSchema, rootSchema?: RJSFSchema): Validator {
  const key = schema as object;
  let v = cache.get(key);
  if (!v) {
    // cfworker annotates the schema objects it dereferences: give it a copy, never rjsf's own.
    const copy = structuredClone(schema) as Schema;
    if (rootSchema && rootSchema !== schema) {
      if (rootSchema.$defs) copy.$defs ??= structuredClone(rootSchema.$defs);
      if (rootSchema.definitions) copy.definitions ??= structuredClone(rootSchema.definitions);
    }
    v = new Validator(copy, '2020-12', false);
    cache.set(key, v);
  }
  return v;
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** "#/applicant/name" → ".applicant.name" (rjsf's property notation). */
function pointerToProperty(location: string): string {
  const parts = location.replace(/^#/, '').split('/').filter(Boolean).map(unescape);
  return parts.map((p) => `.${p}`).join('');
}

function toRjsfError(unit: OutputUnit): RJSFValidationError {
  let property = pointerToProperty(unit.instanceLocation);
  const params: Record<string, unknown> = {};
  if (unit.keyword === 'required') {
    const missing = /"([^"]+)"/.exec(unit.error)?.[1];
    if (missing) {
      property = `${property}.${missing}`;
      params.missingProperty = missing;
    }
  }
  const message = unit.error;
  return {
    name: unit.keyword,
    property,
    message,
    params,
    schemaPath: unit.keywordLocation,
    stack: `${property} ${message}`.trim(),
  };
}

function rawErrors(schema: RJSFSchema, formData: unknown, rootSchema?: RJSFSchema): OutputUnit[] {
  const result = validatorFor(schema, rootSchema).validate(formData);
  if (result.valid) return [];
  // Drop wrapper keywords and the failing branches of oneOf/anyOf (the oneOf error itself stays).
  return result.errors.filter(
    (e) => !WRAPPERS.has(e.keyword) && !/\/(oneOf|anyOf)\/\d+\//.test(e.keywordLocation),
  );
}

export class CfworkerValidator<T = unknown> implements ValidatorType<T, RJSFSchema> {
  validateFormData(
    formData: T | undefined,
    schema: RJSFSchema,
    customValidate?: CustomValidator<T, RJSFSchema>,
    transformErrors?: ErrorTransformer<T, RJSFSchema>,
    uiSchema?: UiSchema<T, RJSFSchema>,
  ): ValidationData<T> {
    const { errors: raw = [], validationError } = this.rawValidation<OutputUnit>(schema, formData);
    let errors = raw.map(toRjsfError);
    if (validationError) errors.push({ stack: validationError.message });
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const errorSchema = toErrorSchema<T>(errors);
    if (!customValidate) return { errors, errorSchema };
    const handler = customValidate(formData, createErrorHandler<T>(formData as T), uiSchema, errorSchema);
    return validationDataMerge<T>({ errors, errorSchema }, unwrapErrorHandler<T>(handler));
  }

  isValid(schema: RJSFSchema, formData: T | undefined, rootSchema: RJSFSchema): boolean {
    try {
      return rawErrors(schema, formData, rootSchema).length === 0;
    } catch {
      return false; // an invalid schema validates nothing
    }
  }

  rawValidation<Result = unknown>(
    schema: RJSFSchema,
    formData?: T,
  ): { errors?: Result[]; validationError?: Error } {
    try {
      return { errors: rawErrors(schema, formData) as Result[] };
    } catch (e) {
      return { validationError: e instanceof Error ? e : new Error(String(e)) };
    }
  }
}

export const cfworkerValidator = new CfworkerValidator();

/** Default export: vite aliases @rjsf/validator-ajv8 here (see vite.config.ts). */
export default cfworkerValidator;
