import { describe, expect, it } from 'vitest';
import {
  SM2_CURVE,
  computeZ,
  createSm2Curve,
  messageRepresentative,
  publicPointOf,
  signDigest,
  signWithNonce,
  verifyDigest,
} from './sm2-core.ts';

const big = (hex: string) => BigInt('0x' + hex.replace(/\s/g, ''));
const hex = (value: bigint) => value.toString(16).padStart(64, '0');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('SM2 recommended curve', () => {
  it('has a generator of order n', () => {
    const { Point, params } = SM2_CURVE;
    expect(Point.BASE.multiply(params.n - 1n).equals(Point.BASE.negate())).toBe(true);
    expect(
      Point.BASE.multiply(params.n - 1n)
        .add(Point.BASE)
        .is0(),
    ).toBe(true);
  });

  it('refuses private keys outside [1, n−2]', () => {
    const { n } = SM2_CURVE.params;
    expect(() => publicPointOf(SM2_CURVE, 0n)).toThrow(RangeError);
    expect(() => publicPointOf(SM2_CURVE, n - 1n)).toThrow(RangeError);
    expect(() => publicPointOf(SM2_CURVE, n - 2n)).not.toThrow();
  });
});

// GM/T 0003.5-2012 / GB/T 32918.5-2017 annex A: signature example on the recommended curve.
describe('worked example on the recommended curve', () => {
  const d = big('3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8');
  const k = big('59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21');
  const message = ascii('message digest');
  const userId = ascii('1234567812345678');

  it('derives the example public key', () => {
    const P = publicPointOf(SM2_CURVE, d);
    expect(hex(P.x)).toBe('09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020');
    expect(hex(P.y)).toBe('ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13');
  });

  it('reproduces Z, e, r and s', () => {
    const P = publicPointOf(SM2_CURVE, d);
    const z = computeZ(SM2_CURVE, userId, P);
    expect(z.toString('hex')).toBe('b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3');
    const e = messageRepresentative(z, message);
    expect(hex(e)).toBe('f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640');
    const signature = signWithNonce(SM2_CURVE, d, e, k);
    expect(signature && hex(signature.r)).toBe(
      'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
    );
    expect(signature && hex(signature.s)).toBe(
      'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
    );
    expect(signature && verifyDigest(SM2_CURVE, P, e, signature)).toBe(true);
  });
});

// GB/T 32918.2-2016 annex A (= GM/T 0003.2-2012): example on the 256-bit test curve.
describe('worked example on the test curve of part 2', () => {
  const curve = createSm2Curve({
    p: big('8542D69E 4C044F18 E8B92435 BF6FF7DE 45728391 5C45517D 722EDB8B 08F1DFC3'),
    a: big('787968B4 FA32C3FD 2417842E 73BBFEFF 2F3C848B 6831D7E0 EC65228B 3937E498'),
    b: big('63E4C6D3 B23B0C84 9CF84241 484BFE48 F61D59A5 B16BA06E 6E12D1DA 27C5249A'),
    n: big('8542D69E 4C044F18 E8B92435 BF6FF7DD 29772063 0485628D 5AE74EE7 C32E79B7'),
    Gx: big('421DEBD6 1B62EAB6 746434EB C3CC315E 32220B3B ADD50BDC 4C4E6C14 7FEDD43D'),
    Gy: big('0680512B CBB42C07 D47349D2 153B70C4 E5D7FDFC BFA36EA1 A85841B9 E46E09A2'),
  });
  const d = big('128B2FA8 BD433C6C 068C8D80 3DFF7979 2A519A55 171B1B65 0C23661D 15897263');
  const k = big('6CB28D99 385C175C 94F94E93 4817663F C176D925 DD72B727 260DBAAE 1FB2F96F');
  const userId = ascii('ALICE123@YAHOO.COM');
  const message = ascii('message digest');

  it('reproduces the public key, Z, e, r and s', () => {
    const P = publicPointOf(curve, d);
    expect(hex(P.x)).toBe('0ae4c7798aa0f119471bee11825be46202bb79e2a5844495e97c04ff4df2548a');
    expect(hex(P.y)).toBe('7c0240f88f1cd4e16352a73c17b7f16f07353e53a176d684a9fe0c6bb798e857');
    const z = computeZ(curve, userId, P);
    expect(z.toString('hex')).toBe('f4a38489e32b45b6f876e3ac2168ca392362dc8f23459c1d1146fc3dbfb7bc9a');
    const e = messageRepresentative(z, message);
    expect(hex(e)).toBe('b524f552cd82b8b028476e005c377fb19a87e6fc682d48bb5d42e3d9b9effe76');
    const signature = signWithNonce(curve, d, e, k);
    expect(signature && hex(signature.r)).toBe(
      '40f1ec59f793d9f49e09dcef49130d4194f79fb1eed2caa55bacdb49c4e755d1',
    );
    expect(signature && hex(signature.s)).toBe(
      '6fc6dac32c5d5cf10c77dfb20f7c2eb667a457872fb09ec56327a67ec7deebe7',
    );
    expect(signature && verifyDigest(curve, P, e, signature)).toBe(true);
  });
});

describe('signing retries and verification bounds', () => {
  const d = 0x1234567890abcdefn;
  const P = publicPointOf(SM2_CURVE, d);
  const e = messageRepresentative(computeZ(SM2_CURVE, ascii('id'), P), ascii('m'));
  const { n } = SM2_CURVE.params;

  it('asks for another k when r + k = n', () => {
    // Pick k, compute its r, then find e' that makes r' = n − k: the standard's retry condition.
    const k = 7n;
    const x1 = SM2_CURVE.Point.BASE.multiply(k).x;
    const eForbidden = (((n - k - x1) % n) + n) % n;
    expect(signWithNonce(SM2_CURVE, d, eForbidden, k)).toBeNull();
    const nonces = [k, 11n];
    const signature = signDigest(SM2_CURVE, d, eForbidden, () => nonces.shift()!);
    expect(nonces).toHaveLength(0);
    expect(verifyDigest(SM2_CURVE, P, eForbidden, signature)).toBe(true);
  });

  it('rejects out-of-range nonces', () => {
    expect(() => signWithNonce(SM2_CURVE, d, e, 0n)).toThrow(RangeError);
    expect(() => signWithNonce(SM2_CURVE, d, e, n)).toThrow(RangeError);
  });

  it('rejects r or s outside [1, n−1] and r + s = n', () => {
    const good = signDigest(SM2_CURVE, d, e);
    expect(verifyDigest(SM2_CURVE, P, e, good)).toBe(true);
    expect(verifyDigest(SM2_CURVE, P, e, { r: 0n, s: good.s })).toBe(false);
    expect(verifyDigest(SM2_CURVE, P, e, { r: good.r, s: 0n })).toBe(false);
    expect(verifyDigest(SM2_CURVE, P, e, { r: good.r + n, s: good.s })).toBe(false);
    expect(verifyDigest(SM2_CURVE, P, e, { r: good.r, s: n - good.r })).toBe(false);
  });

  it('gives different signatures for the same input (random k)', () => {
    const a = signDigest(SM2_CURVE, d, e);
    const b = signDigest(SM2_CURVE, d, e);
    expect(a.r).not.toBe(b.r);
  });
});
