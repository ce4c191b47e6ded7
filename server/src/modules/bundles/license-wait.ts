// A predecessor approved with an e-license as its result is done for its successors only once the
// license exists: a successor may need it as a material (免证办 — 出生登记 needs the 出生医学证明,
// 医保参保 the new 户口簿). Issuance runs in its own outbox handler and may come later (retried
// while the agency has no usable seal, or on another replica), so the bundle waits for
// `license.issued`. Results the licenses module would never issue (an inactive type, a holder of
// the wrong kind; issue.handler.ts) are not waited for.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { implementationVersion } from '../catalog/schema.ts';
import { serviceCase } from '../cases/schema.ts';
import { license, licenseType } from '../licenses/schema.ts';
import type { MemberWithCase } from './tracking.queries.ts';

const approved = ({ c }: MemberWithCase) =>
  !!c && c.decision === 'approved' && (c.status === 'concluded' || c.status === 'delivered');

/** The members (ids) whose approved sub-case should yield an e-license not issued yet. */
export async function awaitingLicense(tx: Db, members: readonly MemberWithCase[]): Promise<Set<string>> {
  const done = members.filter(approved);
  if (!done.length) return new Set();
  const results = await tx
    .select({
      caseId: serviceCase.id,
      applicantType: serviceCase.applicantType,
      content: implementationVersion.content,
    })
    .from(serviceCase)
    .innerJoin(implementationVersion, eq(implementationVersion.id, serviceCase.versionId))
    .where(
      inArray(
        serviceCase.id,
        done.map((x) => x.c!.id),
      ),
    );
  const expected = results.flatMap(({ caseId, applicantType, content }) =>
    content.result.licenseType ? [{ caseId, applicantType, typeCode: content.result.licenseType }] : [],
  );
  if (!expected.length) return new Set();
  const types = await tx
    .select({ code: licenseType.code, holderType: licenseType.holderType, status: licenseType.status })
    .from(licenseType)
    .where(
      inArray(
        licenseType.code,
        expected.map((r) => r.typeCode),
      ),
    );
  const issuable = new Map(types.filter((t) => t.status === 'active').map((t) => [t.code, t.holderType]));
  const due = expected.filter((r) => issuable.get(r.typeCode) === r.applicantType).map((r) => r.caseId);
  if (!due.length) return new Set();
  const issued = await tx
    .select({ caseId: license.caseId })
    .from(license)
    .where(inArray(license.caseId, due));
  const pending = new Set(due.filter((id) => !issued.some((i) => i.caseId === id)));
  return new Set(done.filter((x) => pending.has(x.c!.id)).map((x) => x.m.memberId));
}
