// 400 VALIDATION_FAILED naming one field of the action body (in both languages).
import { AppError } from '../../../platform/errors/app-error.ts';

export const invalidField = (field: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path: `/body/${field}`, message, messageZh }] });
