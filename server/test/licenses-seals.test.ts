// Agencies’ e-seals (GB/T 38540), making and managing them: the generated or uploaded picture,
// the private key at rest, the maker’s signature on the SES_Seal and its public certificate,
// idempotent creation, and who may manage which seals (scope, second factor).
import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/identity/demo-accounts.ts';
import { account, staffRole } from '../src/modules/identity/schema.ts';
import type { LicenseDeps } from '../src/modules/licenses/deps.ts';
import { eSeal, type ESealRow } from '../src/modules/licenses/schema.ts';
import { sealKeyAad } from '../src/modules/licenses/seal-make.ts';
import { getSealMaker } from '../src/modules/licenses/seal-maker.ts';
import { agency } from '../src/modules/masterdata/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { decodeSesSeal, sealSignatureValid } from '../src/platform/crypto/ses/seal.ts';
import { isIssuedBy, parseCertificate } from '../src/platform/crypto/ses/x509.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { ok } from './case-fixtures.ts';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, signIn, type Caller } from './identity-callers.ts';
import { createTestSeal, solidPng, testLicenseDeps } from './licenses-setup.ts';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

let p: TestPlatform;
let db: Db;
let deps: LicenseDeps;
let admin: Caller;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
  deps = testLicenseDeps(p);
  admin = await signIn(p.app, 'office-admin');
});
afterAll(() => p?.dispose());

const usccOf = async (agencyId: string) =>
  (await db.select({ uscc: agency.uscc }).from(agency).where(eq(agency.id, agencyId)))[0]!.uscc;
const rowOf = async (id: string) => (await db.select().from(eSeal).where(eq(eSeal.id, id)))[0]!;

describe('making a seal', () => {
  it('draws the picture, numbers the seal after the agency’s USCC and serves the picture publicly', async () => {
    const uscc = await usccOf('tj-mzj');
    const first = ok(
      await admin.request('POST', '/api/v1/seals', { agencyId: 'tj-mzj', sealType: 2, validTo: inDays(365) }),
      201,
    );
    const second = ok(
      await admin.request('POST', '/api/v1/seals', { agencyId: 'tj-mzj', sealType: 3, validTo: inDays(30) }),
      201,
    );
    expect(first).toMatchObject({
      agencyId: 'tj-mzj',
      name: '天津市民政局',
      sealType: 2,
      pictureType: 'svg',
    });
    expect(first).toMatchObject({ status: 'active', useCount: 0, revokedAt: null });
    expect(first.esId).toMatch(new RegExp(`^${uscc}\\d{4}$`));
    expect(Number(second.esId.slice(-4))).toBe(Number(first.esId.slice(-4)) + 1);

    const picture = await anonymous(p.app).request('GET', `/api/v1/seals/${first.id}/picture`);
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(picture.headers['x-content-type-options']).toBe('nosniff');
    expect(picture.headers['content-security-policy']).toContain("default-src 'none'");
    expect(picture.body).toContain('<svg');
    const unknown = await anonymous(p.app).request('GET', `/api/v1/seals/${uuidv7()}/picture`);
    expect(unknown.statusCode).toBe(404);

    const audited = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'seal.create'), eq(auditLog.resourceId, first.id)));
    expect(audited[0]!.n).toBe(1);
  });

  it('accepts an uploaded PNG and refuses anything else as SEAL_PICTURE_INVALID', async () => {
    const image = solidPng(40, 20);
    const made = ok(
      await admin.request('POST', '/api/v1/seals', {
        agencyId: 'tj-mzj',
        sealType: 1,
        validTo: inDays(100),
        picturePng: image.toString('base64'),
      }),
      201,
    );
    expect(made.pictureType).toBe('png');
    expect(await rowOf(made.id)).toMatchObject({ pictureWidthMm: 42, pictureHeightMm: 21 });
    const picture = await anonymous(p.app).request('GET', `/api/v1/seals/${made.id}/picture`);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(picture.rawPayload.equals(image)).toBe(true);

    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(200)]);
    const tooBig = Buffer.concat([image, randomBytes(512 * 1024)]);
    for (const bad of [jpeg.toString('base64'), 'not base64!', tooBig.toString('base64'), '']) {
      const res = await admin.request('POST', '/api/v1/seals', {
        agencyId: 'tj-mzj',
        sealType: 1,
        validTo: inDays(100),
        picturePng: bad,
      });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ code: 'SEAL_PICTURE_INVALID' });
    }
  });

  it('needs a validity that ends in the future and lasts at most five years', async () => {
    for (const validTo of [inDays(-1), inDays(5 * 366)]) {
      const res = await admin.request('POST', '/api/v1/seals', { agencyId: 'tj-mzj', sealType: 2, validTo });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ code: 'SEAL_VALIDITY_INVALID' });
    }
  });

  it('keeps the private key encrypted, readable only with the seal’s own AAD', async () => {
    const row = await createTestSeal(db, deps, 'tj-mzj');
    expect(row.privateKeyEnc).not.toContain('PRIVATE KEY');
    const pem = deps.crypto.cipher.decrypt(row.privateKeyEnc, sealKeyAad(row.id));
    expect(pem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(() => deps.crypto.cipher.decrypt(row.privateKeyEnc, sealKeyAad(uuidv7()))).toThrow();
    expect(() => deps.crypto.cipher.decrypt(row.privateKeyEnc)).toThrow();
  });

  it('has its SES_Seal and certificate signed by the seal maker, whose certificate is public', async () => {
    const row = await createTestSeal(db, deps, 'tj-mzj');
    const maker = await getSealMaker(db, deps);
    const seal = decodeSesSeal(row.sesSeal);
    expect(seal.sealInfo.esId).toBe(row.esId);
    expect(seal.sealInfo.property.name).toBe('天津市民政局');
    expect(sealSignatureValid(seal, maker.publicKeyPem)).toBe(true);
    expect(isIssuedBy(parseCertificate(row.certificate), parseCertificate(maker.certificateDer))).toBe(true);

    const res = await anonymous(p.app).request('GET', '/api/v1/licenses/seal-maker-certificate');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const der = Buffer.from(res.body.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    expect(der.equals(maker.certificateDer)).toBe(true);
    // One certificate per maker key, shared through seal_maker.
    expect((await getSealMaker(db, deps)).certificateDer.equals(der)).toBe(true);
  });

  it('makes one seal per Idempotency-Key', async () => {
    const payload = { agencyId: 'tj-sfj', sealType: 2, validTo: inDays(200) };
    const send = () =>
      p.app.inject({
        method: 'POST',
        url: '/api/v1/seals',
        headers: { ...ADMIN, 'idempotency-key': 'seal-once-1' },
        payload,
      });
    const a = ok(await send(), 201);
    const b = ok(await send(), 201);
    expect(b.id).toBe(a.id);
    const rows = await db.select({ n: count() }).from(eSeal).where(eq(eSeal.agencyId, 'tj-sfj'));
    expect(rows[0]!.n).toBe(1);
  });
});

describe('who manages seals', () => {
  let scoped: Caller;
  let inScope: ESealRow;
  let outOfScope: ESealRow;

  beforeAll(async () => {
    // The auditor (who signs in with a second factor) also administers 市民政局's seals.
    const [auditor] = await db.select().from(account).where(eq(account.username, 'auditor'));
    await db
      .insert(staffRole)
      .values({ id: uuidv7(), staffId: auditor!.id, roleId: 'seal-admin', agencyId: 'tj-mzj' });
    scoped = await signIn(p.app, 'auditor');
    inScope = await createTestSeal(db, deps, 'tj-mzj');
    outOfScope = await createTestSeal(db, deps, 'tj-gaj');
  });

  it('a seal administrator of one agency sees and manages only that agency’s seals', async () => {
    const listed = ok(await scoped.request('GET', '/api/v1/seals?limit=200'));
    const agencies = new Set(listed.items.map((s: { agencyId: string }) => s.agencyId));
    expect([...agencies]).toEqual(['tj-mzj']);
    expect(listed.items.some((s: { id: string }) => s.id === inScope.id)).toBe(true);
    expect(ok(await scoped.request('GET', '/api/v1/seals?agencyId=tj-gaj')).items).toEqual([]);

    expect((await scoped.request('GET', `/api/v1/seals/${outOfScope.id}/uses`)).statusCode).toBe(404);
    const revoke = await scoped.request('POST', `/api/v1/seals/${outOfScope.id}/revoke`, {
      reason: '越权注销',
    });
    expect(revoke.statusCode).toBe(404);
    expect((await rowOf(outOfScope.id)).status).toBe('active');
    const make = await scoped.request('POST', '/api/v1/seals', {
      agencyId: 'tj-gaj',
      sealType: 2,
      validTo: inDays(9),
    });
    expect(make.statusCode).toBe(404);
    ok(await scoped.request('GET', `/api/v1/seals/${inScope.id}/uses`));
    ok(
      await scoped.request('POST', '/api/v1/seals', { agencyId: 'tj-mzj', sealType: 2, validTo: inDays(9) }),
      201,
    );
  });

  it('others are refused, and seal.manage cannot be used without a second factor', async () => {
    const zhangsan = await signIn(p.app, 'zhangsan');
    expect((await zhangsan.request('GET', '/api/v1/seals')).statusCode).toBe(403);
    expect((await anonymous(p.app).request('GET', '/api/v1/seals')).statusCode).toBe(401);

    const [editor] = await db.select().from(account).where(eq(account.username, 'catalog-admin'));
    await db.insert(staffRole).values({ id: uuidv7(), staffId: editor!.id, roleId: 'seal-admin' });
    const login = await p.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.78.0.1',
      payload: { username: 'catalog-admin', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json()).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
  });
});
