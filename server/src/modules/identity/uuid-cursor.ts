// A keyset cursor over a UUID column: anything but a UUID is the client's mistake (400), never a
// database error.
import { AppError } from '../../platform/errors/app-error.ts';
import { decodeCursor } from '../../platform/http/cursor.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function uuidCursor(cursor: string | undefined): string | undefined {
  const key = decodeCursor(cursor, 1)?.[0];
  if (key !== undefined && !UUID.test(key)) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: '/query/cursor', message: 'not a cursor from this list', messageZh: '游标无效' }],
    });
  }
  return key;
}
