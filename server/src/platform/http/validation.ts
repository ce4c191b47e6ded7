// Request validation with ajv. Bodies are strict: no type coercion, unknown fields rejected,
// every error reported. Query strings and path parameters arrive as text, so they are coerced.
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { createRequire } from 'node:module';
import type { FieldError } from '../errors/app-error.ts';

// ajv-i18n is CommonJS whose typings claim a default export it does not have under ESM.
const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};

function messageOf(e: ErrorObject): string | undefined {
  if (e.keyword === 'additionalProperties') return `unknown field "${String(e.params.additionalProperty)}"`;
  return e.message;
}

/** ajv errors → field errors with English and Chinese messages and JSON-pointer paths. */
export function toFieldErrors(errors: ErrorObject[], context: string): FieldError[] {
  const part = context === 'querystring' ? 'query' : context;
  const zh = errors.map((e) => ({ ...e }));
  localizeZh(zh);
  return errors.map((e, i) => {
    const extra = e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
    const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
    return {
      path: `/${part}${e.instancePath}${extra}${missing}`,
      message: messageOf(e) ?? 'is not valid',
      messageZh: zh[i]?.message ?? '不符合要求',
    };
  });
}

/** A parsed body, query or params object: plain, or prototype-less like Fastify's query and params. */
function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * JSON-pointer paths of the strings (or keys) in `value` that hold U+0000, which PostgreSQL cannot
 * store in text: such input would fail in the database as a 500 instead of a 400. Iterative, so a
 * deeply nested body cannot overflow the stack.
 */
export function nulCharacterPaths(value: unknown, root: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) found.push(path);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${path}/${i}`]));
    } else if (isPlainRecord(v)) {
      for (const [key, item] of Object.entries(v)) {
        const child = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (key.includes('\u0000')) found.push(child);
        else stack.push([item, child]);
      }
    }
  }
  return found.sort();
}
