// RFC 9457 problem details from the API, and the error the query hooks throw.
import type { Language } from '../i18n/languages.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  titleZh?: string;
  titleEn?: string;
  errors?: { path: string; message: string }[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number' && typeof v.code === 'string';
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response body of a successful call; rejects with an ApiError otherwise. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw new ApiError(response.status, isProblem(error) ? error : null);
}

/** The problem's title in the visitor's language, or null when the server sent none. */
export function problemTitle(error: unknown, lang: Language): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null;
  const { titleZh, titleEn, title } = error.problem;
  return (lang === 'zh-CN' ? titleZh : titleEn) ?? title;
}

/** The problem's stable code (e.g. SECOND_FACTOR_REQUIRED), or null. */
export function problemCode(error: unknown): string | null {
  return error instanceof ApiError ? (error.problem?.code ?? null) : null;
}
