import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.ts';
import { usccCheckChar } from '../../platform/identifiers/uscc.ts';
import { MAX_SERIAL } from './implementation-code.ts';
import { codeAfter } from './implementation-serial.ts';

const USCC = '11120000MB0000031' + usccCheckChar('11120000MB0000031');

describe('codeAfter', () => {
  it('gives the serial after the highest one used, six digits', () => {
    expect(codeAfter(USCC, 0)).toBe(`${USCC}000001`);
    expect(codeAfter(USCC, 41)).toBe(`${USCC}000042`);
  });

  it('answers a conflict, not a crash, once the agency has used every serial', () => {
    expect(codeAfter(USCC, MAX_SERIAL - 1)).toBe(`${USCC}999999`);
    const error = (() => {
      try {
        codeAfter(USCC, MAX_SERIAL);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
  });
});
