// Signing with an agency’s e-seal: a signature verifies against the seal maker; revoked and
// expired seals never sign again; every use is logged and audited; the demo issuers hold seals.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LicenseDeps } from '../src/modules/licenses/deps.ts';
import { eSeal, eSealUse, type ESealRow } from '../src/modules/licenses/schema.ts';
import { getSealMaker } from '../src/modules/licenses/seal-maker.ts';
import { findSigningSeal, signWithSeal, type SigningSeal } from '../src/modules/licenses/seal-signing.ts';
import { seedDemoSeals } from '../src/modules/licenses/seed/demo-seals.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/record.ts';
import { verifyDocumentSignature } from '../src/platform/crypto/ses/index.ts';
import { sm3Hex } from '../src/platform/crypto/sm3.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { ok } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';
import { createTestSeal, testLicenseDeps } from './licenses-setup.ts';

const DAY = 86_400_000;
/** An agency with no seal in the demo data: its seals here are the only ones. */
const NO_SEAL_AGENCY = 'tj-dag';

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

const signingSealOf = (row: ESealRow): SigningSeal => ({
  id: row.id,
  esId: row.esId,
  name: row.name,
  agencyId: row.agencyId,
  picture: {
    type: row.pictureType,
    data: row.picture,
    widthMm: row.pictureWidthMm,
    heightMm: row.pictureHeightMm,
  },
});
const use = (id = uuidv7()) => ({
  purpose: 'license-issue',
  resource: { type: 'license', id },
  actor: SYSTEM_ACTOR,
  at: new Date(),
});
const sign = (seal: SigningSeal, document: Buffer, u = use()) =>
  db.transaction((tx) => signWithSeal(tx, deps, seal, document, u));
const problemOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('signing with a seal', () => {
  it('signs a document that verifies against the maker, logging and auditing each use', async () => {
    expect(await problemOf(findSigningSeal(db, NO_SEAL_AGENCY, new Date())), 'no demo seal').toBe(
      'SEAL_NONE_ACTIVE',
    );
    const row = await createTestSeal(db, deps, NO_SEAL_AGENCY);
    const seal = await findSigningSeal(db, NO_SEAL_AGENCY, new Date());
    expect(seal.id).toBe(row.id);
    const document = Buffer.from('%PDF-1.7 出生医学证明 test document');
    const licenseId = uuidv7();
    const signature = await sign(seal, document, use(licenseId));
    await sign(seal, Buffer.from('another document'));

    const maker = await getSealMaker(db, deps);
    const check = verifyDocumentSignature(document, signature, { makerCertificateDer: maker.certificateDer });
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({
      valid: true,
      esId: row.esId,
      propertyInfo: `license-issue:license/${licenseId}`,
      documentSm3: sm3Hex(document),
    });
    const tampered = Buffer.from(document);
    tampered[0] = tampered[0]! ^ 1;
    expect(
      verifyDocumentSignature(tampered, signature, { makerCertificateDer: maker.certificateDer }).valid,
    ).toBe(false);

    const uses = await db.select().from(eSealUse).where(eq(eSealUse.sealId, row.id));
    expect(uses).toHaveLength(2);
    expect(uses.find((u) => u.resourceId === licenseId)).toMatchObject({
      purpose: 'license-issue',
      resourceType: 'license',
      dataSm3: sm3Hex(document),
      actorType: 'system',
    });
    const audited = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'seal.use'), eq(auditLog.resourceId, row.id)));
    expect(audited[0]!.n).toBe(2);

    const page1 = ok(await admin.request('GET', `/api/v1/seals/${row.id}/uses?limit=1`));
    expect(page1.items).toHaveLength(1);
    const page2 = ok(
      await admin.request('GET', `/api/v1/seals/${row.id}/uses?limit=1&cursor=${page1.nextCursor}`),
    );
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(new Set([page1.items[0].id, page2.items[0].id]).size).toBe(2);
    const listed = ok(await admin.request('GET', `/api/v1/seals?agencyId=${NO_SEAL_AGENCY}`));
    expect(listed.items.find((s: { id: string }) => s.id === row.id)).toMatchObject({ useCount: 2 });
  });

  it('never signs again once revoked, and is no longer chosen', async () => {
    expect(await problemOf(findSigningSeal(db, 'tj-czj', new Date())), 'no demo seal').toBe(
      'SEAL_NONE_ACTIVE',
    );
    const row = await createTestSeal(db, deps, 'tj-czj');
    const seal = await findSigningSeal(db, 'tj-czj', new Date());
    const short = await admin.request('POST', `/api/v1/seals/${row.id}/revoke`, { reason: 'x' });
    expect(short.statusCode).toBe(400);
    const revoked = ok(
      await admin.request('POST', `/api/v1/seals/${row.id}/revoke`, { reason: '密钥疑似泄露' }),
    );
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: '密钥疑似泄露' });
    expect(revoked.revokedAt).not.toBeNull();
    const again = await admin.request('POST', `/api/v1/seals/${row.id}/revoke`, { reason: '重复注销' });
    expect(again.statusCode).toBe(409);

    expect(await problemOf(sign(seal, Buffer.from('after revocation')))).toBe('SEAL_NOT_USABLE');
    expect(await problemOf(findSigningSeal(db, 'tj-czj', new Date()))).toBe('SEAL_NONE_ACTIVE');
    expect(await db.select().from(eSealUse).where(eq(eSealUse.sealId, row.id))).toEqual([]);
    const audited = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'seal.revoke'), eq(auditLog.resourceId, row.id)));
    expect(audited[0]!.n).toBe(1);
  });

  it('never signs once expired, and shows as expired', async () => {
    expect(await problemOf(findSigningSeal(db, 'tj-fgw', new Date())), 'no demo seal').toBe(
      'SEAL_NONE_ACTIVE',
    );
    const row = await createTestSeal(db, deps, 'tj-fgw', {
      validFrom: new Date(Date.now() - 400 * DAY),
      validTo: new Date(Date.now() - DAY),
    });
    expect(await problemOf(findSigningSeal(db, 'tj-fgw', new Date()))).toBe('SEAL_NONE_ACTIVE');
    expect(await problemOf(sign(signingSealOf(row), Buffer.from('late')))).toBe('SEAL_NOT_USABLE');
    // Still the right seal for a time inside its validity (e.g. checking an older signature).
    expect((await findSigningSeal(db, 'tj-fgw', new Date(Date.now() - 10 * DAY))).id).toBe(row.id);
    const listed = ok(await admin.request('GET', '/api/v1/seals?agencyId=tj-fgw'));
    expect(listed.items.map((s: { status: string }) => s.status)).toEqual(['expired']);
  });
});

describe('demo seals', () => {
  it('every demo license issuer holds an active 电子证照专用章, and seeding again adds none', async () => {
    for (const agencyId of ['tj-gaj', 'tj-mzj', 'tj-scjgw', 'tj-wjw', 'tj-rsj']) {
      const seal = await findSigningSeal(db, agencyId, new Date());
      expect(seal.agencyId).toBe(agencyId);
    }
    const before = await db.select({ n: count() }).from(eSeal);
    await seedDemoSeals(db, deps);
    expect(await db.select({ n: count() }).from(eSeal)).toEqual(before);
  });
});
