import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkRatingToken,
  makeRatingToken,
  ratingTokenKey,
  toTokenSeconds,
  verifyRatingToken,
} from './rating-token.ts';

const key = ratingTokenKey(randomBytes(32).toString('hex'));
const other = ratingTokenKey(randomBytes(32).toString('hex'));
const claims = { invitationId: '0192f3a4-5b6c-7d8e-9f01-23456789abcd', exp: 1_900_000_000 };
const now = claims.exp - 60;

describe('rating tokens (TBR1)', () => {
  it('round-trips the invitation id and expiry', () => {
    const token = makeRatingToken(key, claims);
    expect(token).toMatch(/^TBR1\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{22}$/);
    expect(checkRatingToken(key, token, now)).toEqual({ result: 'ok', claims });
    expect(verifyRatingToken(key, token, now)).toEqual(claims);
  });

  it('is deterministic: the same invitation row gives the same link (reminders)', () => {
    expect(makeRatingToken(key, claims)).toBe(makeRatingToken(key, { ...claims }));
    expect(makeRatingToken(key, { ...claims, exp: claims.exp + 1 })).not.toBe(makeRatingToken(key, claims));
  });

  it('refuses a tampered payload or tag', () => {
    const token = makeRatingToken(key, claims);
    const [prefix, payload, tag] = token.split('.') as [string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    // Another invitation id or a later expiry under the old tag.
    const later = makeRatingToken(key, { ...claims, exp: claims.exp + 86_400 }).split('.')[1];
    for (const bad of [
      `${prefix}.${flip(payload, 3)}.${tag}`,
      `${prefix}.${later}.${tag}`,
      `${prefix}.${payload}.${flip(tag, 5)}`,
      `TBR2.${payload}.${tag}`,
    ])
      expect(checkRatingToken(key, bad, now)).toMatchObject({ result: 'invalid' });
  });

  it('refuses truncated, padded and malformed tokens', () => {
    const token = makeRatingToken(key, claims);
    for (const bad of [
      '',
      'TBR1',
      token.slice(0, -1),
      token.slice(0, 20),
      `${token}.x`,
      `${token}=`,
      token.replace('.', '..'),
      `TBR1.${'A'.repeat(32)}.${'%'.repeat(22)}`,
    ])
      expect(checkRatingToken(key, bad, now), bad).toMatchObject({ result: 'invalid' });
    expect(() => verifyRatingToken(key, token.slice(0, -2), now)).toThrow(
      expect.objectContaining({ code: 'RATING_TOKEN_INVALID', status: 400 }),
    );
  });

  it('refuses a token made with another key', () => {
    expect(checkRatingToken(other, makeRatingToken(key, claims), now)).toEqual({
      result: 'invalid',
      reason: 'bad signature',
    });
  });

  it('expires at exp (the second of expiry itself is expired)', () => {
    const token = makeRatingToken(key, claims);
    expect(checkRatingToken(key, token, claims.exp - 1).result).toBe('ok');
    expect(checkRatingToken(key, token, claims.exp)).toEqual({ result: 'expired', claims });
    expect(() => verifyRatingToken(key, token, claims.exp + 1)).toThrow(
      expect.objectContaining({ code: 'RATING_TOKEN_EXPIRED', status: 410 }),
    );
  });

  it('derives its key from the development default too, and per purpose', () => {
    const dev = ratingTokenKey('dev-insecure-field-key');
    expect(dev).toHaveLength(32);
    expect(dev.equals(ratingTokenKey('dev-insecure-field-key'))).toBe(true);
    expect(toTokenSeconds(new Date(1_900_000_000_999))).toBe(1_900_000_000);
  });

  it('refuses to make a token from bad claims', () => {
    expect(() => makeRatingToken(key, { ...claims, invitationId: 'x' })).toThrow(RangeError);
    expect(() => makeRatingToken(key, { ...claims, exp: 1.5 })).toThrow(RangeError);
  });
});
