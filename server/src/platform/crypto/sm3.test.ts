import { describe, expect, it } from 'vitest';
import { sm3, sm3Hex } from './sm3.ts';

describe('sm3', () => {
  // The two examples of GB/T 32905-2016, appendix A.
  it('hashes "abc" as in example 1 of the standard', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes the 64-byte "abcd"×16 message as in example 2 of the standard', () => {
    expect(sm3Hex('abcd'.repeat(16))).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });

  it('returns a 32-byte buffer and treats a string as UTF-8 bytes', () => {
    const text = '天津市政务服务办公室';
    const digest = sm3(text);
    expect(digest).toBeInstanceOf(Buffer);
    expect(digest).toHaveLength(32);
    expect(digest.equals(sm3(new TextEncoder().encode(text)))).toBe(true);
  });

  it('hashes the empty message', () => {
    expect(sm3Hex('')).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });
});
