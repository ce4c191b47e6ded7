import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, sm2Verify } from '../../platform/crypto/sm2.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkShowToken, makeShowToken, parseShowToken, type ShowTokenPayload } from './show-token.ts';

const keys = generateSm2KeyPair();
const payload: ShowTokenPayload = {
  v: 1,
  jti: '01939a1c-0000-7000-8000-000000000001',
  lid: '1.2.156.3005.2.X.Y.1.001.Z',
  typ: '11120000MB1234567X001',
  nm: '营业执照',
  hd: '张*',
  no: '1201****0001',
  iat: 1_800_000_000,
  exp: 1_800_000_300,
};
const token = makeShowToken(payload, keys.privateKeyPem);

const invalid = (t: string) => {
  try {
    parseShowToken(t);
  } catch (e) {
    return e instanceof AppError && e.code === 'LICENSE_TOKEN_INVALID';
  }
  return false;
};

describe('show-license tokens', () => {
  it('round-trip: the parts, the signed bytes and the payload', () => {
    const [prefix, body, sig] = token.split('.');
    expect(prefix).toBe('TBL1');
    expect(JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'))).toEqual(payload);
    expect(
      sm2Verify(Buffer.from(`TBL1.${body}`, 'ascii'), Buffer.from(sig!, 'base64url'), keys.publicKeyPem),
    ).toBe(true);
    expect(checkShowToken(token, keys.publicKeyPem, payload.iat + 10)).toEqual({ result: 'ok', payload });
  });

  it('stays short enough for a small QR code', () => {
    expect(token.length).toBeLessThan(450);
  });

  it('expires at exp (the signature is still checked first)', () => {
    expect(checkShowToken(token, keys.publicKeyPem, payload.exp).result).toBe('token-expired');
    expect(checkShowToken(token, keys.publicKeyPem, payload.exp - 1).result).toBe('ok');
  });

  it('a tampered payload or another key fails the signature', () => {
    const [, , sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 3600 })).toString('base64url');
    expect(checkShowToken(`TBL1.${forged}.${sig}`, keys.publicKeyPem, payload.iat).result).toBe(
      'bad-signature',
    );
    const other = generateSm2KeyPair();
    expect(checkShowToken(token, other.publicKeyPem, payload.iat).result).toBe('bad-signature');
  });

  it('refuses anything not of the shape', () => {
    const [, body, sig] = token.split('.') as [string, string, string];
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(invalid('hello')).toBe(true);
    expect(invalid(`TBL2.${body}.${sig}`)).toBe(true);
    expect(invalid(`TBL1.${body}.${sig}.x`)).toBe(true);
    expect(invalid(`TBL1.${body}!.${sig}`)).toBe(true);
    expect(invalid(`TBL1.${Buffer.from('not json').toString('base64url')}.${sig}`)).toBe(true);
    expect(invalid(`TBL1.${enc({ ...payload, extra: 1 })}.${sig}`)).toBe(true);
    expect(invalid(`TBL1.${enc({ ...payload, v: 2 })}.${sig}`)).toBe(true);
    expect(invalid(`TBL1.${enc({ ...payload, exp: payload.iat })}.${sig}`)).toBe(true);
    expect(invalid(`TBL1.${body}.AAAA`)).toBe(true);
    expect(invalid(token)).toBe(false);
  });
});
