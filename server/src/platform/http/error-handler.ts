// Every error leaves as RFC 9457 problem+json with a registered code. Client mistakes map to
// 4xx; anything unexpected is logged with its stack and answered 500 without details.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { ProblemCode } from '../errors/codes.ts';
import { PROBLEM_CONTENT_TYPE, buildProblem, prefersEnglish } from '../errors/problem.ts';
import { toFieldErrors } from './validation.ts';

const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  opts: { detail?: string; errors?: AppError['errors']; allowedActions?: string[] } = {},
) {
  const problem = buildProblem(code, {
    ...opts,
    instance: request.url.split('?')[0] ?? '/',
    english: prefersEnglish(request.headers['accept-language']),
  });
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Fastify's frameworkErrors: what the router refuses before any route or hook runs. */
export function routerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(request, reply, 'VALIDATION_FAILED', {
      errors: [{ path: '/params', message: 'is too long', messageZh: '路径参数过长' }],
    });
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(request, reply, 'BAD_REQUEST', { detail: 'The URL is not validly percent-encoded' });
  }
  request.log.error({ err: error }, 'router error');
  return sendProblem(request, reply, 'INTERNAL');
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, {
        ...(error.detail !== undefined && { detail: error.detail }),
        ...(error.errors && { errors: error.errors }),
        ...(error.allowedActions && { allowedActions: error.allowedActions }),
      });
    }
    if (error.validation) {
      return sendProblem(request, reply, 'VALIDATION_FAILED', {
        errors: toFieldErrors(error.validation as never, error.validationContext ?? 'body'),
      });
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(request, reply, mapped);
    if (error instanceof SyntaxError) return sendProblem(request, reply, 'MALFORMED_JSON');
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ meta: { code: error.code } }, 'client error');
      return sendProblem(
        request,
        reply,
        status === 404 ? 'NOT_FOUND' : status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST',
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL');
  });
}
