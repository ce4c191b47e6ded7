import { PROBLEMS, type ProblemCode } from './codes.ts';

export interface FieldError {
  /** JSON pointer into the request, e.g. `/body/name` or `/query/days`. */
  path: string;
  message: string;
  messageZh?: string;
}

/** An error with a registered problem code; the HTTP layer renders it as problem+json. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  /** For 409s on workflows: the actions the object's state allows instead. */
  readonly allowedActions: string[] | undefined;

  constructor(
    code: ProblemCode,
    options: { detail?: string; errors?: FieldError[]; allowedActions?: string[]; cause?: unknown } = {},
  ) {
    super(options.detail ?? PROBLEMS[code].en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = PROBLEMS[code].status;
    this.detail = options.detail;
    this.errors = options.errors;
    this.allowedActions = options.allowedActions;
  }
}

export const notFound = (detail?: string) =>
  new AppError('NOT_FOUND', detail === undefined ? {} : { detail });
