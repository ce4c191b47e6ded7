// Helpers of the issuance tests: a food case (河西区行政审批局, the demo enterprise) with a real
// form and a properly encrypted applicant ID — the fixture stores placeholders there — driven to
// approval by the demo staff; the outbox delivered as the worker would; a license's PDF read back.
import { and, eq, sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import { expect } from 'vitest';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_ENTERPRISE, DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import type { LicenseDeps } from '../src/modules/licenses/deps.ts';
import { license, type LicenseRow } from '../src/modules/licenses/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import type { EventHandlers } from '../src/platform/outbox/handlers.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { storedFile } from '../src/platform/storage/schema.ts';
import { actOn, insertSubmittedCase, ok, type CaseFixture } from './case-fixtures.ts';
import { FOOD_FORM, FOOD_NEW } from './case-handling-helpers.ts';
import type { Caller } from './identity-callers.ts';

/** What the fixture leaves out: the form and the applicant's ID, encrypted as apply.service does. */
export async function withRealApplicant(db: Db, deps: LicenseDeps, id: string, formData: object) {
  const [c] = await db.select().from(serviceCase).where(eq(serviceCase.id, id));
  const idNumber =
    c!.applicantType === 'enterprise'
      ? DEMO_ENTERPRISE.uscc
      : DEMO_PERSONS.find((p) => p.username === 'zhangsan')!.idNumber;
  await db
    .update(serviceCase)
    .set({
      formData: formData as Record<string, unknown>,
      applicantIdEnc: deps.crypto.cipher.encrypt(idNumber, `service_case:${id}:applicant_id`),
      applicantIdHash: deps.crypto.lookupHash(idNumber),
    })
    .where(eq(serviceCase.id, id));
}

export interface Staff {
  clerk: Caller;
  reviewer: Caller;
}

/** A food case of the demo enterprise, submitted with FOOD_FORM (and `form` over it). */
export async function submittedFoodCase(
  db: Db,
  deps: LicenseDeps,
  code: string,
  over: Partial<CaseFixture> = {},
  form: object = FOOD_FORM,
) {
  const id = await insertSubmittedCase(db, { code, applicant: 'enterprise', answers: FOOD_NEW, ...over });
  await withRealApplicant(db, deps, id, form);
  return id;
}

/** accept → review-pass → approve, by the 河西 clerk and the 河西 approval bureau. */
export async function approve(staff: Staff, id: string, acceptBody: Record<string, unknown> = {}) {
  ok(await actOn(staff.clerk, id, { action: 'accept', ...acceptBody }));
  ok(await actOn(staff.reviewer, id, { action: 'review-pass', opinion: '符合条件' }));
  return ok(await actOn(staff.reviewer, id, { action: 'approve', opinion: '准予许可' }));
}

/** Runs the outbox once over every due event, as the worker does. */
export const deliver = (db: Db, handlers: EventHandlers) =>
  deliverDueEvents(db, handlers, { batchSize: 500, maxAttempts: 5 });

export async function licensesOfCase(db: Db, caseId: string): Promise<LicenseRow[]> {
  return db.select().from(license).where(eq(license.caseId, caseId));
}

export async function onlyLicenseOf(db: Db, caseId: string): Promise<LicenseRow> {
  const rows = await licensesOfCase(db, caseId);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

export async function storedBytes(db: Db, deps: LicenseDeps, fileId: string): Promise<Buffer> {
  const [f] = await db.select().from(storedFile).where(eq(storedFile.id, fileId));
  const stream: Readable = await deps.storage.get(f!.storageKey);
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The outbox rows of one type about one case (any status). */
export async function outboxRows(db: Db, type: string, caseId: string) {
  return db
    .select()
    .from(outboxEvent)
    .where(and(eq(outboxEvent.type, type), sql`${outboxEvent.payload}->>'caseId' = ${caseId}`));
}
