import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { personalDataCrypto } from './personal-data.ts';

describe('personal data crypto from configuration', () => {
  it('works with the development defaults and round-trips a citizen ID', () => {
    const pd = personalDataCrypto(loadConfig({}));
    const token = pd.cipher.encrypt('12010119900307001X', 'person:1:id_number');
    expect(token).not.toContain('12010119900307001X');
    expect(pd.cipher.decrypt(token, 'person:1:id_number')).toBe('12010119900307001X');
    expect(() => pd.cipher.decrypt(token, 'person:2:id_number')).toThrow();
  });

  it('gives the same look-up hash for the same ID however it is typed, and another with another key', () => {
    const a = personalDataCrypto(loadConfig({}));
    expect(a.lookupHash('12010119900307001x ')).toBe(a.lookupHash('12010119900307001X'));
    const b = personalDataCrypto(loadConfig({ BLIND_INDEX_KEY: Buffer.alloc(32, 7).toString('base64') }));
    expect(b.lookupHash('12010119900307001X')).not.toBe(a.lookupHash('12010119900307001X'));
  });
});
