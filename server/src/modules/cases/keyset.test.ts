import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../platform/http/cursor.ts';
import { parseTimeCursor } from './keyset.ts';

describe('parseTimeCursor', () => {
  const id = '01900000-0000-7000-8000-000000000001';
  it('reads a cursor with PostgreSQL timestamp text (microseconds kept)', () => {
    expect(parseTimeCursor(encodeCursor(['2026-11-28 17:10:58.123456+08', id]))).toEqual([
      '2026-11-28 17:10:58.123456+08',
      id,
    ]);
    expect(parseTimeCursor(undefined)).toBeUndefined();
  });
  it('refuses anything else with 400, never letting it reach SQL', () => {
    for (const bad of [
      encodeCursor(['yesterday', id]),
      encodeCursor(['2026-11-28 17:10:58+08', 'not-a-uuid']),
      'garbage',
    ])
      expect(() => parseTimeCursor(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
