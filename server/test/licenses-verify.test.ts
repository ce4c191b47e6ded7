// Verifying shown licenses: 亮证 codes (signature, expiry, a code we made, current status) and
// identifiers from the PDF's QR code; masked answers; every verification logged for the holder;
// the published key checks a code offline, with our code and with the openssl command line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLicenseIdentifier } from '../src/modules/licenses/license-identifier.ts';
import { license, licenseAccess, licenseShowToken, type LicenseRow } from '../src/modules/licenses/schema.ts';
import { makeShowToken } from '../src/modules/licenses/show-token.ts';
import { openssl, opensslSm2Problem } from '../src/platform/crypto/openssl-cli.ts';
import { sm2Verify } from '../src/platform/crypto/sm2.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { ok } from './case-fixtures.ts';
import { anonymous, type Caller } from './identity-callers.ts';
import { insertTestLicense, licenseWorld, problem } from './license-fixtures.ts';

let w: Awaited<ReturnType<typeof licenseWorld>>;
let anon: Caller;
let valid: LicenseRow;
let validToken: string;

beforeAll(async () => {
  w = await licenseWorld();
  anon = anonymous(w.p.app);
  valid = await insertTestLicense(w.db, w.deps);
  validToken = ok(await w.zhangsan.req('POST', `/api/v1/me/licenses/${valid.id}/show-tokens`), 201).token;
});

afterAll(async () => {
  await w?.p.dispose();
});

const verify = (body: unknown, caller: Caller = anon) =>
  caller.request('POST', '/api/v1/licenses/verify', body);

describe('verifying a 亮证 code', () => {
  it('a fresh code of a valid license verifies, showing masked fields only', async () => {
    const r = ok(await verify({ token: validToken }));
    expect(r).toMatchObject({ valid: true, result: 'valid', message: { zh: '证照有效' } });
    expect(r.license).toMatchObject({
      identifier: valid.identifier,
      holderNameMasked: '张*',
      status: 'valid',
    });
    expect(r.license.licenseNumberMasked).not.toBe(valid.licenseNumber);
    expect(r.license.licenseNumberMasked).toContain('*');
    expect(Date.parse(r.tokenExpiresAt)).toBeGreaterThan(Date.now());
    expect(JSON.stringify(r)).not.toContain('张三');
  });

  it('a tampered payload fails the signature and shows nothing', async () => {
    const [prefix, body, sig] = validToken.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 86_400 })).toString(
      'base64url',
    );
    const r = ok(await verify({ token: `${prefix}.${forged}.${sig}` }));
    expect(r).toMatchObject({ valid: false, result: 'bad-signature', license: null });
  });

  it('an expired code says so (and is logged for the holder)', async () => {
    const jti = uuidv7();
    const iat = Math.floor(Date.now() / 1000) - 600;
    await w.db.insert(licenseShowToken).values({
      jti,
      licenseId: valid.id,
      expiresAt: new Date((iat + 300) * 1000),
      createdBy: valid.holderSubjectId,
    });
    const token = makeShowToken(
      {
        v: 1,
        jti,
        lid: valid.identifier,
        typ: valid.typeCode,
        nm: 'x',
        hd: '张*',
        no: '1',
        iat,
        exp: iat + 300,
      },
      w.deps.licenseSigningKeyPem,
    );
    const r = ok(await verify({ token }));
    expect(r).toMatchObject({ valid: false, result: 'token-expired', license: null });
    const log = await w.db.select().from(licenseAccess).where(eq(licenseAccess.licenseId, valid.id));
    expect(log.map((a) => a.result)).toContain('token-expired');
  });

  it('a code signed by us but never made is unknown', async () => {
    const iat = Math.floor(Date.now() / 1000);
    const token = makeShowToken(
      {
        v: 1,
        jti: uuidv7(),
        lid: valid.identifier,
        typ: valid.typeCode,
        nm: 'x',
        hd: '张*',
        no: '1',
        iat,
        exp: iat + 300,
      },
      w.deps.licenseSigningKeyPem,
    );
    expect(ok(await verify({ token }))).toMatchObject({ valid: false, result: 'unknown', license: null });
  });

  it('a code of a license revoked after it was shown reports the revocation', async () => {
    const l = await insertTestLicense(w.db, w.deps);
    const { token } = ok(await w.zhangsan.req('POST', `/api/v1/me/licenses/${l.id}/show-tokens`), 201);
    await w.db.update(license).set({ status: 'revoked', revokedAt: new Date() }).where(eq(license.id, l.id));
    const r = ok(await verify({ token }));
    expect(r).toMatchObject({ valid: false, result: 'revoked', license: { status: 'revoked' } });
  });
});

describe('verifying an identifier (the PDF’s QR code)', () => {
  it('reports valid, revoked, superseded and expired licenses', async () => {
    expect(ok(await verify({ identifier: valid.identifier }))).toMatchObject({
      valid: true,
      result: 'valid',
    });
    const cases = [
      [{ status: 'revoked' as const }, 'revoked'],
      [{ status: 'superseded' as const }, 'superseded'],
      [{ validTo: addCalendarDays(businessDate(), -1) }, 'expired'],
    ] as const;
    for (const [o, result] of cases) {
      const l = await insertTestLicense(w.db, w.deps, o);
      const r = ok(await verify({ identifier: l.identifier }));
      expect(r, result).toMatchObject({ valid: false, result, license: { status: result } });
    }
    const lastDay = await insertTestLicense(w.db, w.deps, { validTo: businessDate() });
    expect(ok(await verify({ identifier: lastDay.identifier })).result).toBe('valid');
  });

  it('a well-formed identifier we never issued is unknown; a malformed one is a 400', async () => {
    const unknown = formatLicenseIdentifier({
      typeCode: valid.typeCode,
      issuerCode: valid.issuerCode,
      serial: '202699999999',
      version: 7,
    });
    expect(ok(await verify({ identifier: unknown }))).toMatchObject({ result: 'unknown', license: null });
    const wrongCheck = valid.identifier.slice(0, -1) + (valid.identifier.endsWith('A') ? 'B' : 'A');
    const body = problem(await verify({ identifier: wrongCheck }), 400, 'VALIDATION_FAILED');
    expect(body.errors?.[0]?.path).toBe('/body/identifier');
  });
});

describe('bad requests', () => {
  it('needs exactly one of token and identifier, and a well-formed code', async () => {
    problem(await verify({}), 400);
    problem(await verify({ token: validToken, identifier: valid.identifier }), 400);
    problem(await verify({ token: validToken, extra: 1 }), 400);
    problem(await verify({ token: 'TBL1.not-a-payload.sig' }), 400, 'LICENSE_TOKEN_INVALID');
    problem(await verify({ token: 'hello world, not a code' }), 400, 'LICENSE_TOKEN_INVALID');
  });
});

describe('the holder sees every verification', () => {
  it('anonymous verifiers by masked address, signed-in ones by name', async () => {
    const l = await insertTestLicense(w.db, w.deps);
    ok(await verify({ identifier: l.identifier }));
    const clerk = await w.login('clerk-hexi');
    ok(await clerk.req('POST', '/api/v1/licenses/verify', { identifier: l.identifier }));
    const seen = ok(await w.zhangsan.req('GET', `/api/v1/me/licenses/${l.id}/accesses`));
    expect(seen.items).toHaveLength(2);
    expect(seen.items[0]).toMatchObject({
      kind: 'verify',
      actorName: '刘晓',
      result: 'valid',
      agencyId: 'hx-zwfwb',
    });
    expect(seen.items[1].actorName).toMatch(/^匿名 anonymous \(\d+\.\d+\.\*\.\*\)$/);
    const first = ok(await w.zhangsan.req('GET', `/api/v1/me/licenses/${l.id}/accesses?limit=1`));
    const next = ok(
      await w.zhangsan.req('GET', `/api/v1/me/licenses/${l.id}/accesses?limit=1&cursor=${first.nextCursor}`),
    );
    expect([...first.items, ...next.items].map((a: { id: string }) => a.id)).toEqual(
      seen.items.map((a: { id: string }) => a.id),
    );
  });
});

// The openssl command line as an independent verifier (skipped only off CI where it lacks SM2).
const workDir = mkdtempSync(join(tmpdir(), 'tongban-show-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const opensslSm2 = opensslSm2Problem(workDir) === null;

describe('offline verification with the published key', () => {
  it('the show key checks a code with our SM2 and the documented bytes', async () => {
    const key = ok(await anon.request('GET', '/api/v1/licenses/show-key'));
    expect(key.userId).toBe('1234567812345678');
    const [prefix, body, sig] = validToken.split('.') as [string, string, string];
    expect(
      sm2Verify(Buffer.from(`${prefix}.${body}`, 'ascii'), Buffer.from(sig, 'base64url'), key.publicKeyPem),
    ).toBe(true);
  });

  it.skipIf(!opensslSm2)(
    'openssl verifies a code with the documented command (and rejects a tampered one)',
    async () => {
      const key = ok(await anon.request('GET', '/api/v1/licenses/show-key'));
      const dir = mkdtempSync(join(tmpdir(), 'tongban-show-'));
      try {
        const [prefix, body, sig] = validToken.split('.') as [string, string, string];
        writeFileSync(join(dir, 'show-key.pem'), key.publicKeyPem);
        writeFileSync(join(dir, 'sig.der'), Buffer.from(sig, 'base64url'));
        const run = (signed: string) => {
          writeFileSync(join(dir, 'signed.txt'), signed);
          return openssl([
            'pkeyutl',
            '-verify',
            '-pubin',
            '-inkey',
            join(dir, 'show-key.pem'),
            '-rawin',
            '-digest',
            'sm3',
            '-pkeyopt',
            'distid:1234567812345678',
            '-in',
            join(dir, 'signed.txt'),
            '-sigfile',
            join(dir, 'sig.der'),
          ]);
        };
        const good = run(`${prefix}.${body}`);
        expect(good.ok, good.output).toBe(true);
        expect(good.output).toMatch(/Signature Verified Successfully/);
        expect(run(`${prefix}.${body}x`).ok).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
