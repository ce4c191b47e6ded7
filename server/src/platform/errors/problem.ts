// RFC 9457 problem details. The body carries both languages; `title` follows Accept-Language.
import { PROBLEMS, type ProblemCode } from './codes.ts';
import type { FieldError } from './app-error.ts';

export interface Problem {
  type: string;
  title: string;
  titleZh: string;
  titleEn: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  allowedActions?: string[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemTypeUri(code: ProblemCode): string {
  return `urn:tongban:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

export function prefersEnglish(acceptLanguage: string | undefined): boolean {
  // The first listed language wins; Chinese is the default for anything else.
  return /^\s*en\b/i.test(acceptLanguage ?? '');
}

export function buildProblem(
  code: ProblemCode,
  opts: {
    detail?: string;
    errors?: FieldError[];
    allowedActions?: string[];
    instance?: string;
    english?: boolean;
  } = {},
): Problem {
  const def = PROBLEMS[code];
  return {
    type: problemTypeUri(code),
    title: opts.english ? def.en : def.zh,
    titleZh: def.zh,
    titleEn: def.en,
    status: def.status,
    code,
    ...(opts.detail !== undefined && { detail: opts.detail }),
    ...(opts.instance !== undefined && { instance: opts.instance }),
    ...(opts.errors?.length ? { errors: opts.errors } : {}),
    ...(opts.allowedActions && { allowedActions: opts.allowedActions }),
  };
}
