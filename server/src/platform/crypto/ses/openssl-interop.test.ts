// Interop with the openssl command line, an independent implementation of SM2/SM3, X.509 and
// DER: the exact steps docs/e-seals.md gives a verifier. Every part is pulled out of the
// SES_Signature with `openssl asn1parse`, not with our code. Skipped only on a developer
// machine whose openssl lacks SM2 (or -rawin/distid); in CI that is an error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SM2_DEFAULT_USER_ID } from '../sm2.ts';
import { openssl, opensslSm2Problem } from '../openssl-cli.ts';
import { extractSignedParts } from './index.ts';
import { SAMPLE_DOCUMENT, makeSealFixture, signSample } from './test-fixtures.ts';

const workDir = mkdtempSync(join(tmpdir(), 'tongban-ses-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const file = (name: string) => join(workDir, name);

const opensslSm2 = opensslSm2Problem(workDir);

/** The top-level elements of a DER file as `openssl asn1parse` lists them: offset and type. */
function topLevel(path: string): { offset: number; type: string }[] {
  const listing = openssl(['asn1parse', '-inform', 'DER', '-in', path]);
  expect(listing.ok, listing.output).toBe(true);
  return listing.output
    .split('\n')
    .filter((line) => /\bd=1\b/.test(line))
    .map((line) => ({
      offset: Number(line.split(':')[0]),
      type: /(?:prim|cons):\s+([A-Z][A-Z ]*[A-Z])/.exec(line)![1]!,
    }));
}

/** `openssl asn1parse -strparse`: the content of the element at `offset`, as its own file. */
function strparse(path: string, offset: number, out: string): Buffer {
  const result = openssl([
    'asn1parse',
    '-inform',
    'DER',
    '-in',
    path,
    '-strparse',
    String(offset),
    '-noout',
    '-out',
    out,
  ]);
  expect(result.ok, result.output).toBe(true);
  return readFileSync(out);
}

const pkeyutlVerify = (publicKey: string, data: string, signature: string) =>
  openssl([
    'pkeyutl',
    '-verify',
    '-pubin',
    '-inkey',
    publicKey,
    '-rawin',
    '-digest',
    'sm3',
    '-pkeyopt',
    `distid:${SM2_DEFAULT_USER_ID}`,
    '-in',
    data,
    '-sigfile',
    signature,
  ]);

describe.skipIf(opensslSm2 !== null)(
  `openssl interop${opensslSm2 ? ` (skipped: ${opensslSm2})` : ''}`,
  () => {
    const fixture = makeSealFixture();
    const signed = signSample(fixture);
    writeFileSync(file('license.ses'), signed);
    writeFileSync(file('seal.esl'), fixture.sesSeal);
    writeFileSync(file('maker.der'), fixture.maker.certificateDer);

    it('openssl asn1parse reads SES_Seal and SES_Signature', () => {
      for (const name of ['seal.esl', 'license.ses']) {
        const result = openssl(['asn1parse', '-inform', 'DER', '-i', '-in', file(name)]);
        expect(result.ok, result.output).toBe(true);
        expect(result.output).toMatch(/IA5STRING\s+:ES\n/);
        expect(result.output).toMatch(/OBJECT\s+:SM2-with-SM3/);
        expect(result.output).toContain('GENERALIZEDTIME');
      }
      expect(topLevel(file('license.ses')).map((e) => e.type)).toEqual([
        'SEQUENCE',
        'OCTET STRING',
        'OBJECT',
        'BIT STRING',
      ]);
    });

    it('openssl extracts TBS_Sign, the signature and the signer certificate, and verifies the signature', () => {
      const [toSign, cert, , signature] = topLevel(file('license.ses'));
      const tbs = strparse(file('license.ses'), toSign!.offset, file('tbs.der'));
      const sig = strparse(file('license.ses'), signature!.offset, file('sig.der'));
      const signer = strparse(file('license.ses'), cert!.offset, file('seal.der'));
      // The same bytes our extractor returns.
      const parts = extractSignedParts(signed);
      expect(tbs.equals(parts.tbsSignDer)).toBe(true);
      expect(sig.equals(parts.signatureDer)).toBe(true);
      expect(signer.equals(parts.signerCertificateDer)).toBe(true);

      const pub = openssl(['x509', '-inform', 'DER', '-in', file('seal.der'), '-pubkey', '-noout']);
      expect(pub.ok, pub.output).toBe(true);
      writeFileSync(file('seal-pub.pem'), pub.output);
      const result = pkeyutlVerify(file('seal-pub.pem'), file('tbs.der'), file('sig.der'));
      expect(result.output).toContain('Signature Verified Successfully');
      expect(result.ok).toBe(true);
    });

    it('openssl rejects a tampered TBS_Sign (one bit of the document hash flipped)', () => {
      const tbs = Buffer.from(extractSignedParts(signed).tbsSignDer);
      const hashAt = tbs.lastIndexOf(Buffer.from('032100', 'hex')) + 3;
      tbs[hashAt]! ^= 0x01;
      writeFileSync(file('tbs-tampered.der'), tbs);
      writeFileSync(file('sig.der'), extractSignedParts(signed).signatureDer);
      writeFileSync(file('seal.der'), fixture.sealCertificateDer);
      writeFileSync(
        file('seal-pub.pem'),
        openssl(['x509', '-inform', 'DER', '-in', file('seal.der'), '-pubkey', '-noout']).output,
      );
      const result = pkeyutlVerify(file('seal-pub.pem'), file('tbs-tampered.der'), file('sig.der'));
      expect(result.ok).toBe(false);
      expect(result.output).toContain('Signature Verification Failure');
    });

    it('the document hash in TBS_Sign is the file SM3 openssl computes', () => {
      writeFileSync(file('license.pdf'), SAMPLE_DOCUMENT);
      const digest = openssl(['dgst', '-sm3', '-r', file('license.pdf')]);
      expect(digest.ok, digest.output).toBe(true);
      const hex = digest.output.split(' ')[0]!;
      expect(extractSignedParts(signed).tbsSignDer.includes(Buffer.from(`032100${hex}`, 'hex'))).toBe(true);
    });

    it("openssl verifies the maker's signature on the SES_Seal inside the signature", () => {
      const [toSign] = topLevel(file('license.ses'));
      strparse(file('license.ses'), toSign!.offset, file('tbs.der'));
      const [, eseal] = topLevel(file('tbs.der'));
      strparse(file('tbs.der'), eseal!.offset, file('eseal.der'));
      const [sealInfo, makerCert, algorithm, signedValue] = topLevel(file('eseal.der'));
      expect(algorithm!.type).toBe('OBJECT');
      strparse(file('eseal.der'), sealInfo!.offset, file('sealinfo.der'));
      const maker = strparse(file('eseal.der'), makerCert!.offset, file('seal-maker.der'));
      strparse(file('eseal.der'), signedValue!.offset, file('seal-sig.der'));
      expect(maker.equals(fixture.maker.certificateDer)).toBe(true);
      const pub = openssl(['x509', '-inform', 'DER', '-in', file('seal-maker.der'), '-pubkey', '-noout']);
      writeFileSync(file('seal-maker-pub.pem'), pub.output);
      const result = pkeyutlVerify(file('seal-maker-pub.pem'), file('sealinfo.der'), file('seal-sig.der'));
      expect(result.output).toContain('Signature Verified Successfully');
      expect(result.ok).toBe(true);
    });

    it('openssl verify accepts the chain maker → seal certificate (with the standard SM2 ID)', () => {
      writeFileSync(file('seal.der'), fixture.sealCertificateDer);
      for (const name of ['maker', 'seal']) {
        const pem = openssl([
          'x509',
          '-inform',
          'DER',
          '-in',
          file(`${name}.der`),
          '-out',
          file(`${name}.pem`),
        ]);
        expect(pem.ok, pem.output).toBe(true);
      }
      const vfy = ['verify', '-vfyopt', `distid:${SM2_DEFAULT_USER_ID}`, '-CAfile', file('maker.pem')];
      const result = openssl([...vfy, file('seal.pem')]);
      expect(result.output).toContain('seal.pem: OK');
      expect(result.ok).toBe(true);

      // A seal certificate from another maker is refused.
      writeFileSync(file('other.der'), makeSealFixture().sealCertificateDer);
      openssl(['x509', '-inform', 'DER', '-in', file('other.der'), '-out', file('other.pem')]);
      expect(openssl([...vfy, file('other.pem')]).ok).toBe(false);
    });

    it("openssl verifies the maker certificate's self-signature over its TBSCertificate", () => {
      const [tbsCert, , signature] = topLevel(file('maker.der'));
      strparse(file('maker.der'), tbsCert!.offset, file('maker-tbs.der'));
      strparse(file('maker.der'), signature!.offset, file('maker-sig.der'));
      writeFileSync(
        file('maker-pub.pem'),
        openssl(['x509', '-inform', 'DER', '-in', file('maker.der'), '-pubkey', '-noout']).output,
      );
      const result = pkeyutlVerify(file('maker-pub.pem'), file('maker-tbs.der'), file('maker-sig.der'));
      expect(result.output).toContain('Signature Verified Successfully');
      const text = openssl(['x509', '-inform', 'DER', '-in', file('maker.der'), '-noout', '-text']).output;
      expect(text).toContain('CA:TRUE');
      expect(text).toContain('SM2-with-SM3');
    });
  },
);
