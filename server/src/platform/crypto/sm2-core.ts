// SM2 digital signature (GM/T 0003.2-2012 = GB/T 32918.2-2016) over any prime-field curve.
// The curve is a parameter so the standard's worked example on its 256-bit test curve can be
// replayed in tests; production code uses SM2_CURVE (the recommended curve, GB/T 32918.5).
// Internal module: the PEM-level API is in sm2.ts.
//
// Why not crypto.sign('sm3', data, sm2Key)? Node hands that to OpenSSL's EVP_DigestSign without the
// SM2 distinguishing ID, which yields ECDSA-with-SM3, not SM2: no Z value, and a different
// signing equation. Only point arithmetic is borrowed from @noble/curves; the scheme is here.
import { randomBytes } from 'node:crypto';
import {
  weierstrass,
  type WeierstrassPoint,
  type WeierstrassPointCons,
} from '@noble/curves/abstract/weierstrass.js';
import { invertCt, mod } from '@noble/curves/abstract/modular.js';
import { bytesToNumberBE, numberToBytesBE } from '@noble/curves/utils.js';
import { sm3 } from './sm3.ts';

export interface Sm2CurveParams {
  p: bigint;
  a: bigint;
  b: bigint;
  n: bigint;
  Gx: bigint;
  Gy: bigint;
}

export interface Sm2Curve {
  params: Sm2CurveParams;
  Point: WeierstrassPointCons<bigint>;
  /** Bytes of one field element / scalar when written out for Z and key encodings. */
  byteLength: number;
}

export type Sm2Point = WeierstrassPoint<bigint>;

/** r and s of an SM2 signature, both in [1, n−1]. */
export interface Sm2Signature {
  r: bigint;
  s: bigint;
}

/** The recommended 256-bit curve of GM/T 0003.5-2012 (GB/T 32918.5-2017), "SM2" in OpenSSL. */
export const SM2_RECOMMENDED_PARAMS: Sm2CurveParams = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  Gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  Gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
};

export function createSm2Curve(params: Sm2CurveParams): Sm2Curve {
  const Point = weierstrass({ ...params, h: 1n });
  return { params, Point, byteLength: Math.ceil(params.p.toString(2).length / 8) };
}

export const SM2_CURVE: Sm2Curve = createSm2Curve(SM2_RECOMMENDED_PARAMS);

/** The default distinguishing ID of GM/T 0009-2012 §10, also OpenSSL's default. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** A private key must lie in [1, n−2]: d = n−1 would make (1+d) non-invertible. */
export function assertPrivateScalar(curve: Sm2Curve, d: bigint): void {
  if (d < 1n || d > curve.params.n - 2n) throw new RangeError('SM2 private key out of range');
}

export function publicPointOf(curve: Sm2Curve, d: bigint): Sm2Point {
  assertPrivateScalar(curve, d);
  return curve.Point.BASE.multiply(d);
}

/** Decode an uncompressed point (04‖x‖y); noble rejects points off the curve and infinity. */
export function pointFromBytes(curve: Sm2Curve, bytes: Uint8Array): Sm2Point {
  return curve.Point.fromBytes(bytes);
}

/** Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A): binds the signer's identity and key. */
export function computeZ(curve: Sm2Curve, userId: Uint8Array, publicPoint: Sm2Point): Buffer {
  const idBits = userId.length * 8;
  // ENTL_A is two bytes holding the ID's length in bits, so the ID is at most 8191 bytes.
  if (idBits > 0xffff) throw new RangeError('SM2 user ID longer than 8191 bytes');
  const { a, b, Gx, Gy } = curve.params;
  const field = (value: bigint) => numberToBytesBE(value, curve.byteLength);
  return sm3(
    Buffer.concat([
      Uint8Array.of(idBits >> 8, idBits & 0xff),
      userId,
      field(a),
      field(b),
      field(Gx),
      field(Gy),
      field(publicPoint.x),
      field(publicPoint.y),
    ]),
  );
}

/** e = SM3(Z_A ‖ M) read as a big-endian integer (steps A1–A2 / B3–B4). */
export function messageRepresentative(z: Uint8Array, message: Uint8Array): bigint {
  return bytesToNumberBE(sm3(Buffer.concat([z, message])));
}

/**
 * Steps A4–A6 for one given nonce k. Returns null when the standard says "pick another k"
 * (r = 0, r + k = n, or s = 0). Exported so tests can replay the standard's worked example;
 * real signing must go through signDigest, which draws k from the CSPRNG.
 */
export function signWithNonce(curve: Sm2Curve, d: bigint, e: bigint, k: bigint): Sm2Signature | null {
  const { n } = curve.params;
  assertPrivateScalar(curve, d);
  if (k < 1n || k >= n) throw new RangeError('SM2 nonce out of range');
  const x1 = curve.Point.BASE.multiply(k).x;
  const r = mod(e + x1, n);
  if (r === 0n || r + k === n) return null;
  // invertCt: d is secret, so use the exponentiation-based inverse rather than extended Euclid.
  const s = mod(invertCt(1n + d, n) * (k - r * d), n);
  if (s === 0n) return null;
  return { r, s };
}

/** A uniform scalar in [1, n−1] from Node's CSPRNG, by rejection sampling (no modulo bias). */
export function randomScalar(curve: Sm2Curve): bigint {
  const { n } = curve.params;
  for (;;) {
    const k = bytesToNumberBE(randomBytes(curve.byteLength));
    if (k >= 1n && k < n) return k;
  }
}

/** Steps A3–A6: retry with a fresh random k until the standard's conditions hold. */
export function signDigest(
  curve: Sm2Curve,
  d: bigint,
  e: bigint,
  nextNonce: () => bigint = () => randomScalar(curve),
): Sm2Signature {
  for (;;) {
    const signature = signWithNonce(curve, d, e, nextNonce());
    if (signature) return signature;
  }
}

/** Steps B1–B7. Never throws for a bad signature; a wrong r/s simply yields false. */
export function verifyDigest(
  curve: Sm2Curve,
  publicPoint: Sm2Point,
  e: bigint,
  signature: Sm2Signature,
): boolean {
  const { n } = curve.params;
  const { r, s } = signature;
  if (r < 1n || r >= n || s < 1n || s >= n) return false;
  const t = mod(r + s, n);
  if (t === 0n) return false;
  // [s]G + [t]P_A; both scalars are public, so the faster variable-time path is fine.
  const point = curve.Point.BASE.mulAddUnsafe(s, publicPoint, t);
  if (point.is0()) return false;
  return mod(e + point.x, n) === r;
}
