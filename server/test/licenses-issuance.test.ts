// Issuing e-licenses when a case concludes: the approved food case of the demo enterprise yields
// a signed 食品经营许可证 through the outbox (identifier with a valid check character, face from the
// form, PDF with the name, holder, identifier and a QR to the verify page, SES signature over the
// stored PDF); redelivery issues nothing more; a second approval makes version 002 and supersedes
// the first; expiry is derived. Failures: no seal, an unknown type. Revocation: see
// licenses-revocation.test.ts.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteMessage } from '../src/modules/cases/schema.ts';
import { BLT } from '../src/modules/catalog/seed/business/license-types.ts';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import type { LicenseDeps } from '../src/modules/licenses/deps.ts';
import { holderIdAad } from '../src/modules/licenses/issuance.service.ts';
import { issueForCase } from '../src/modules/licenses/issue.handler.ts';
import { parseLicenseIdentifier } from '../src/modules/licenses/license-identifier.ts';
import { effectiveStatus } from '../src/modules/licenses/license.queries.ts';
import { eSeal, license, licenseSerial } from '../src/modules/licenses/schema.ts';
import { getSealMaker } from '../src/modules/licenses/seal-maker.ts';
import { verifyDocumentSignature } from '../src/platform/crypto/ses/index.ts';
import { sm3Hex } from '../src/platform/crypto/sm3.ts';
import type { Db } from '../src/platform/db/database.ts';
import { publish, type OutboxEvent } from '../src/platform/outbox/publish.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { demoEnterpriseId, implementationCode, insertSubmittedCase } from './case-fixtures.ts';
import { eventsOf, FOOD_FORM, FOOD_NEW } from './case-handling-helpers.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn } from './identity-callers.ts';
import {
  approve,
  deliver,
  licensesOfCase,
  onlyLicenseOf,
  outboxRows,
  storedBytes,
  submittedFoodCase,
  withRealApplicant,
  type Staff,
} from './licenses-issuance-setup.ts';
import { createTestSeal, testLicenseDeps } from './licenses-setup.ts';
import { compact, pdfQrCode, pdfText, popplerAvailable } from './pdf-tools.ts';

let p: TestPlatform;
let db: Db;
let deps: LicenseDeps;
let staff: Staff;
let food: string;
let today: string;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
  deps = testLicenseDeps(p);
  const [clerk, reviewer] = await Promise.all([signIn(p.app, 'clerk-hexi'), signIn(p.app, 'reviewer-hxsp')]);
  staff = { clerk, reviewer };
  food = await implementationCode(db, 'hx-xzspj', '食品经营许可');
  today = businessDate();
  // The demo seals of the template were made by the template run's maker key; a seal of this
  // platform's maker (the newest, so the one that signs) lets the test trust its own maker.
  await createTestSeal(db, deps, 'hx-xzspj');
});
afterAll(() => p?.dispose());

const fiveYearsOn = (d: string) => {
  const y = Number(d.slice(0, 4)) + 5;
  const anniversary = new Date(`${y}${d.slice(4)}T00:00:00Z`);
  return new Date(anniversary.getTime() - 86_400_000).toISOString().slice(0, 10);
};

describe('a concluded, approved case yields its e-license', () => {
  let caseId: string;
  let first: typeof license.$inferSelect;

  it('issues the signed 食品经营许可证 when the outbox delivers case.concluded', async () => {
    caseId = await submittedFoodCase(db, deps, food);
    const approved = await approve(staff, caseId);
    expect(approved.status).toBe('concluded');
    expect(await licensesOfCase(db, caseId)).toEqual([]); // nothing before delivery
    await deliver(db, p.handlers);

    first = await onlyLicenseOf(db, caseId);
    const enterpriseId = await demoEnterpriseId(db);
    expect(first).toMatchObject({
      typeCode: BLT.foodBusiness,
      version: 1,
      status: 'valid',
      holderType: 'enterprise',
      holderSubjectId: enterpriseId,
      holderName: DEMO_ENTERPRISE.name,
      holderIdType: '001',
      issuerAgencyId: 'hx-xzspj',
      jurisdictionCode: '120103',
      issueDate: today,
      validFrom: today,
      validTo: fiveYearsOn(today),
    });
    // GB/T 36904 identifier: type, issuer USCC, serial, version 001, a valid check character.
    expect(parseLicenseIdentifier(first.identifier)).toEqual({
      typeCode: BLT.foodBusiness,
      issuerCode: first.issuerCode,
      serial: first.serial,
      version: 1,
    });
    expect(
      parseLicenseIdentifier(first.identifier.slice(0, -1) + (first.identifier.endsWith('0') ? '1' : '0')),
    ).toBeNull();
    expect(first.serial).toMatch(new RegExp(`^${today.slice(0, 4)}\\d{8}$`));
    expect(first.licenseNumber).toBe(`120103502${first.serial}`);

    // The face comes from the case's form; enum codes print as their labels.
    expect(first.face).toMatchObject({
      name: DEMO_ENTERPRISE.name,
      uscc: DEMO_ENTERPRISE.uscc,
      legalRep: FOOD_FORM.enterprise.legalRepName,
      premisesAddress: FOOD_FORM.business.premisesAddress,
      category: '餐饮服务',
      foodItems: FOOD_FORM.business.foodItems,
      licenceNumber: first.licenseNumber,
      validUntil: first.validTo,
    });

    // The holder's USCC: encrypted bound to the row, a blind index, masked.
    expect(deps.crypto.cipher.decrypt(first.holderIdEnc, holderIdAad(first.id))).toBe(DEMO_ENTERPRISE.uscc);
    expect(() => deps.crypto.cipher.decrypt(first.holderIdEnc, holderIdAad(caseId))).toThrow();
    expect(first.holderIdHash).toBe(deps.crypto.lookupHash(DEMO_ENTERPRISE.uscc));
    expect(first.holderIdMasked).not.toContain(DEMO_ENTERPRISE.uscc.slice(4, 14));

    expect(await eventsOf(db, 'license.issued', caseId)).toEqual([
      {
        licenseId: first.id,
        identifier: first.identifier,
        typeCode: BLT.foodBusiness,
        holderType: 'enterprise',
        holderSubjectId: enterpriseId,
        caseId,
      },
    ]);
    const messages = await db.select().from(siteMessage).where(eq(siteMessage.caseId, caseId));
    expect(messages.map((m) => m.body)).toContainEqual(
      expect.stringMatching(/^您的电子证照《食品经营许可证》（证照编号\d+）已签发，可在“我的证照”查看。$/),
    );
  });

  it('signs the stored PDF with the issuer’s seal: the SES signature verifies with the maker', async () => {
    const pdf = await storedBytes(db, deps, first.fileId);
    expect(sm3Hex(pdf)).toBe(first.pdfSm3);
    const maker = await getSealMaker(db, deps);
    const check = verifyDocumentSignature(pdf, first.signature, {
      makerCertificateDer: maker.certificateDer,
    });
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ valid: true, documentSm3: first.pdfSm3 });
    const [seal] = await db.select().from(eSeal).where(eq(eSeal.id, first.sealId));
    expect(seal).toMatchObject({ agencyId: 'hx-xzspj', status: 'active', esId: check.esId });
    // A changed byte breaks it.
    const tampered = Buffer.from(pdf);
    tampered[tampered.length - 10] = tampered[tampered.length - 10]! ^ 1;
    expect(verifyDocumentSignature(tampered, first.signature).valid).toBe(false);
  });

  it.runIf(popplerAvailable())(
    'the PDF names the type, the holder and the identifier; its QR opens the verify page',
    async () => {
      const pdf = await storedBytes(db, deps, first.fileId);
      const text = compact(pdfText(pdf));
      for (const s of [
        '食品经营许可证',
        DEMO_ENTERPRISE.name,
        DEMO_ENTERPRISE.uscc,
        first.identifier,
        first.licenseNumber,
      ])
        expect(text).toContain(s);
      expect(text).toContain('天津市河西区行政审批局');
      expect(pdfQrCode(pdf)).toBe(
        `${p.config.publicUrl.replace(/\/+$/, '')}/licenses/verify?id=${first.identifier}`,
      );
    },
  );

  it('redelivery of case.concluded issues nothing more', async () => {
    const [event] = await outboxRows(db, 'case.concluded', caseId);
    await db
      .update(outboxEvent)
      .set({ status: 'pending', availableAt: new Date(0) })
      .where(eq(outboxEvent.id, event!.id));
    await deliver(db, p.handlers);
    const [again] = await outboxRows(db, 'case.concluded', caseId);
    expect(again!.status).toBe('done');
    expect(await licensesOfCase(db, caseId)).toHaveLength(1);
    expect(await eventsOf(db, 'license.issued', caseId)).toHaveLength(1);
  });

  it('a second approval for the same holder and issuer makes version 002 and supersedes the first', async () => {
    const second = await submittedFoodCase(
      db,
      deps,
      food,
      {},
      {
        ...FOOD_FORM,
        business: { ...FOOD_FORM.business, foodItems: '热食类食品制售；冷食类食品制售' },
      },
    );
    await approve(staff, second);
    await deliver(db, p.handlers);
    const v2 = await onlyLicenseOf(db, second);
    expect(v2).toMatchObject({
      serial: first.serial,
      version: 2,
      licenseNumber: first.licenseNumber,
      status: 'valid',
    });
    expect(v2.identifier.split('.').at(-2)).toBe('002');
    expect(parseLicenseIdentifier(v2.identifier)).toMatchObject({ serial: first.serial, version: 2 });
    expect(v2.face.foodItems).toBe('热食类食品制售；冷食类食品制售');
    const [old] = await db.select().from(license).where(eq(license.id, first.id));
    expect(old).toMatchObject({ status: 'superseded', supersededBy: v2.id });
    expect(effectiveStatus(old!, today)).toBe('superseded');
  });

  it('expiry is derived from valid_to: valid through the last day, expired the day after', () => {
    expect(effectiveStatus({ status: 'valid', validTo: first.validTo }, first.validTo!)).toBe('valid');
    expect(effectiveStatus({ status: 'valid', validTo: first.validTo }, '2099-01-01')).toBe('expired');
    expect(effectiveStatus({ status: 'valid', validTo: null }, '2099-01-01')).toBe('valid');
    expect(effectiveStatus({ status: 'revoked', validTo: first.validTo }, '2099-01-01')).toBe('revoked');
  });
});

describe('what the handler refuses', () => {
  /** A case of 滨海新区行政审批局 concluded as approved (published directly: no approver there). */
  async function concludedElsewhere(resultLicenseType: string) {
    const code = await implementationCode(db, 'bh-xzspj', '食品经营许可');
    const id = await insertSubmittedCase(db, { code, applicant: 'enterprise', answers: FOOD_NEW });
    await withRealApplicant(db, deps, id, FOOD_FORM);
    const eventId = await db.transaction((tx) =>
      publish(tx, {
        type: 'case.concluded',
        payload: { caseId: id, decision: 'approved', resultLicenseType, concludedOn: today },
      }),
    );
    return { id, eventId };
  }

  it('no usable seal: the handler throws, nothing is written, and the outbox retries later', async () => {
    await db
      .update(eSeal)
      .set({ status: 'revoked', revokedAt: new Date() })
      .where(eq(eSeal.agencyId, 'bh-xzspj'));
    const serialsBefore = await db.select().from(licenseSerial);
    const { id, eventId } = await concludedElsewhere(BLT.foodBusiness);
    await deliver(db, p.handlers);
    const [row] = await db.select().from(outboxEvent).where(eq(outboxEvent.id, eventId));
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('bh-xzspj');
    expect(row!.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(await licensesOfCase(db, id)).toEqual([]);
    expect(await db.select().from(licenseSerial)).toEqual(serialsBefore);
    expect(await db.select().from(siteMessage).where(eq(siteMessage.caseId, id))).toEqual([]);
    // What the outbox caught: the seal problem.
    const event = {
      id: eventId,
      type: 'case.concluded',
      attempts: 1,
      createdAt: new Date(),
      payload: row!.payload,
    };
    await expect(db.transaction((tx) => issueForCase(tx, deps, event as OutboxEvent))).rejects.toMatchObject({
      code: 'SEAL_NONE_ACTIVE',
    });
  });

  it('an unknown license type is skipped (delivered, nothing issued)', async () => {
    const { id, eventId } = await concludedElsewhere(`${BLT.foodBusiness.slice(0, 18)}999`);
    await deliver(db, p.handlers);
    const [row] = await db.select().from(outboxEvent).where(eq(outboxEvent.id, eventId));
    expect(row!.status).toBe('done');
    expect(await licensesOfCase(db, id)).toEqual([]);
  });

  it('a denied case yields nothing', async () => {
    const { id, eventId } = await concludedElsewhere(BLT.foodBusiness);
    await db
      .update(outboxEvent)
      .set({ payload: { caseId: id, decision: 'denied', resultLicenseType: BLT.foodBusiness } })
      .where(eq(outboxEvent.id, eventId));
    await deliver(db, p.handlers);
    expect(await licensesOfCase(db, id)).toEqual([]);
  });
});
