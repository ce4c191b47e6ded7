// Revocation of the license a case yielded: 告知承诺 approved, the license issued, then the
// commitment verification fails → the approval is revoked (行政许可法 §69) → `case.result-revoked`
// revokes the license with the reason, audited, and `license.revoked` is published. Redelivery
// changes nothing more.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LicenseDeps } from '../src/modules/licenses/deps.ts';
import { effectiveStatus } from '../src/modules/licenses/license.queries.ts';
import { license } from '../src/modules/licenses/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { actOn, implementationCode, ok } from './case-fixtures.ts';
import { eventsOf } from './case-handling-helpers.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn } from './identity-callers.ts';
import {
  approve,
  deliver,
  onlyLicenseOf,
  outboxRows,
  submittedFoodCase,
  type Staff,
} from './licenses-issuance-setup.ts';
import { testLicenseDeps } from './licenses-setup.ts';

let p: TestPlatform;
let db: Db;
let deps: LicenseDeps;
let staff: Staff;
let food: string;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
  deps = testLicenseDeps(p);
  const [clerk, reviewer] = await Promise.all([signIn(p.app, 'clerk-hexi'), signIn(p.app, 'reviewer-hxsp')]);
  staff = { clerk, reviewer };
  food = await implementationCode(db, 'hx-xzspj', '食品经营许可');
});
afterAll(() => p?.dispose());

describe('case.result-revoked', () => {
  it('a failed commitment verification revokes the approval and with it the license', async () => {
    const id = await submittedFoodCase(db, deps, food);
    await approve(staff, id, { commitment: true });
    await deliver(db, p.handlers);
    const issued = await onlyLicenseOf(db, id);
    expect(issued.status).toBe('valid');

    const revokedCase = ok(
      await actOn(staff.reviewer, id, {
        action: 'verify-commitment',
        verificationPassed: false,
        opinion: '现场核查发现未配备食品安全管理人员',
      }),
    );
    expect(revokedCase.status).toBe('revoked');
    expect((await onlyLicenseOf(db, id)).status).toBe('valid'); // until the event is delivered
    await deliver(db, p.handlers);

    const revoked = await onlyLicenseOf(db, id);
    expect(revoked).toMatchObject({ status: 'revoked', revokedAt: expect.any(Date) });
    expect(revoked.revokeReason).toContain('未配备食品安全管理人员');
    expect(effectiveStatus(revoked, businessDate())).toBe('revoked');
    expect(await eventsOf(db, 'license.revoked', id)).toEqual([
      expect.objectContaining({ licenseId: issued.id, identifier: issued.identifier, caseId: id }),
    ]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'license.revoke'), eq(auditLog.resourceId, issued.id)));
    expect(audits).toHaveLength(1);

    // Redelivered: nothing changes, no second event.
    const [event] = await outboxRows(db, 'case.result-revoked', id);
    await db
      .update(outboxEvent)
      .set({ status: 'pending', availableAt: new Date(0) })
      .where(eq(outboxEvent.id, event!.id));
    await deliver(db, p.handlers);
    expect(await onlyLicenseOf(db, id)).toEqual(revoked);
    expect(await eventsOf(db, 'license.revoked', id)).toHaveLength(1);
    expect(await db.select().from(license).where(eq(license.supersededBy, issued.id))).toEqual([]);
  });
});
