// What the licenses module does with case events: a concluded, approved case whose item yields an
// e-license issues it (once per case: redelivery finds the license by case_id), and a revoked
// approval (行政许可法 §69) revokes the license it yielded. No usable seal throws, so the outbox
// retries with backoff until the agency has made one; what can never succeed (an unknown type, a
// holder of the wrong kind) is logged and skipped instead of retried forever.
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import type { OutboxEvent } from '../../platform/outbox/publish.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { serviceCase } from '../cases/schema.ts';
import type { LicenseDeps } from './deps.ts';
import { issueLicense } from './issuance.service.ts';
import { license, licenseType } from './schema.ts';

type Log = Pick<Logger, 'warn'>;

/** The cases module's AAD of service_case.applicant_id_enc (apply.service.ts). */
const applicantIdAad = (caseId: string) => `service_case:${caseId}:applicant_id`;

export function licenseHandlers(handlers: EventHandlers, deps: LicenseDeps, log?: Log): void {
  handlers.on('case.concluded', 'licenses.issue', (event, tx) => issueForCase(tx, deps, event, log));
  handlers.on('case.result-revoked', 'licenses.revoke', (event, tx) => revokeForCase(tx, event));
}

export async function issueForCase(tx: Db, deps: LicenseDeps, event: OutboxEvent, log?: Log): Promise<void> {
  const p = event.payload as {
    caseId: string;
    decision: string;
    resultLicenseType: string | null;
    concludedOn?: string;
  };
  if (p.decision !== 'approved' || !p.resultLicenseType) return;
  const [issued] = await tx.select({ id: license.id }).from(license).where(eq(license.caseId, p.caseId));
  if (issued) return;
  const [c] = await tx.select().from(serviceCase).where(eq(serviceCase.id, p.caseId));
  if (!c) throw new Error(`case.concluded for an unknown case ${p.caseId}`);
  const [type] = await tx.select().from(licenseType).where(eq(licenseType.code, p.resultLicenseType));
  if (!type || type.status !== 'active') {
    log?.warn(
      { meta: { caseId: c.id, typeCode: p.resultLicenseType } },
      'no such active license type: not issued',
    );
    return;
  }
  if (type.holderType !== c.applicantType) {
    log?.warn(
      { meta: { caseId: c.id, typeCode: type.code, applicantType: c.applicantType } },
      'the applicant cannot hold this license type: not issued',
    );
    return;
  }
  await issueLicense(tx, deps, {
    typeCode: type.code,
    holder: {
      type: c.applicantType,
      subjectId: c.applicantId,
      name: c.applicantName,
      // The e-license directory knows two ID kinds: a person's citizen ID, an enterprise's USCC.
      idType: c.applicantType === 'enterprise' ? '001' : '111',
      idNumber: deps.crypto.cipher.decrypt(c.applicantIdEnc, applicantIdAad(c.id)),
    },
    issuerAgencyId: c.agencyId,
    caseId: c.id,
    formData: c.formData,
    issueDate: p.concludedOn ?? businessDate(),
    actor: SYSTEM_ACTOR,
  });
}

export async function revokeForCase(tx: Db, event: OutboxEvent): Promise<void> {
  const p = event.payload as { caseId: string; reason?: string };
  const [l] = await tx.select().from(license).where(eq(license.caseId, p.caseId)).for('update');
  if (!l || l.status === 'revoked') return;
  const reason = (p.reason ?? '').slice(0, 500) || '准予许可决定已被撤销';
  await tx
    .update(license)
    .set({ status: 'revoked', revokedAt: new Date(), revokeReason: reason })
    .where(eq(license.id, l.id));
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'license.revoke',
    purpose: 'the approval that yielded the license was revoked',
    resource: { type: 'license', id: l.id },
    dataSubject: { type: l.holderType, id: l.holderSubjectId },
    detail: { identifier: l.identifier, caseId: p.caseId, reason, previousStatus: l.status },
  });
  await publish(tx, {
    type: 'license.revoked',
    payload: {
      licenseId: l.id,
      identifier: l.identifier,
      typeCode: l.typeCode,
      holderType: l.holderType,
      holderSubjectId: l.holderSubjectId,
      caseId: p.caseId,
      reason,
    },
  });
}
