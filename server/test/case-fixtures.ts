// Fixtures for case tests: a demo implementation by agency and name, and a case inserted as if
// it had been submitted on a given day (row + its 'submit' action, so the log and the projection
// agree). Tests of acceptance, the clock and the sweeps start from here without depending on
// the whole application flow; the application flow has tests of its own.
import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { implementation } from '../src/modules/catalog/schema.ts';
import { findVersionInForce } from '../src/modules/catalog/versions.queries.ts';
import { narrowGuide } from '../src/modules/catalog/situations.ts';
import { caseAction, caseMaterial, material, serviceCase } from '../src/modules/cases/schema.ts';
import type { Channel } from '../src/modules/cases/codes.ts';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import { account, enterprise } from '../src/modules/identity/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { nextCaseNumber } from '../src/platform/identifiers/next-case-number.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import type { Caller } from './identity-callers.ts';

export function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

/** The code of the demo implementation of `agencyId` whose name is `name` (published, in force). */
export async function implementationCode(db: Db, agencyId: string, name: string): Promise<string> {
  const rows = await db
    .select({ code: implementation.code })
    .from(implementation)
    .where(
      and(
        eq(implementation.agencyId, agencyId),
        sql`exists (
      select 1 from implementation_version v
      where v.implementation_id = ${implementation.id} and v.status = 'published' and v.content->>'name' = ${name})`,
      ),
    );
  if (rows.length !== 1)
    throw new Error(`expected one implementation "${name}" of ${agencyId}, found ${rows.length}`);
  return rows[0]!.code;
}

export async function personId(db: Db, username: string): Promise<string> {
  const [a] = await db.select({ id: account.id }).from(account).where(eq(account.username, username));
  if (!a) throw new Error(`no account ${username}`);
  return a.id;
}

export async function demoEnterpriseId(db: Db): Promise<string> {
  const [e] = await db
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(eq(enterprise.uscc, DEMO_ENTERPRISE.uscc));
  if (!e) throw new Error('no demo enterprise');
  return e.id;
}

export interface CaseFixture {
  code: string;
  /** 'zhangsan' (a person) or 'enterprise' (the demo enterprise, filed by its agent lisi). */
  applicant?: 'zhangsan' | 'enterprise';
  answers?: Record<string, string>;
  /** Business date of receipt (default today). */
  receivedOn?: string;
  channel?: Channel;
  acceptingVenueId?: string | null;
  pickupVenueId?: string | null;
  /** Material keys left out (not provided); every other applicable material is provided (shared data exempt). */
  withoutMaterials?: string[];
}

/** Inserts a submitted case; returns its id. */
export async function insertSubmittedCase(db: Db, f: CaseFixture): Promise<string> {
  const receivedOn = f.receivedOn ?? businessDate();
  const version = await findVersionInForce(db, f.code, receivedOn);
  if (!version) throw new Error(`no version of ${f.code} in force on ${receivedOn}`);
  const enterpriseApplicant = f.applicant === 'enterprise';
  const applicantId = enterpriseApplicant ? await demoEnterpriseId(db) : await personId(db, 'zhangsan');
  const filedBy = await personId(db, enterpriseApplicant ? 'lisi' : 'zhangsan');
  const at = new Date(`${receivedOn}T10:00:00+08:00`);
  const id = uuidv7();
  const answers = f.answers ?? {};
  const situation = narrowGuide(version.content, answers);
  await db.transaction(async (tx) => {
    await tx.insert(serviceCase).values({
      id,
      caseNumber: await nextCaseNumber(tx, version.regionCode.slice(0, 6), at),
      implementationId: version.implementationId,
      implementationCode: version.code,
      versionId: version.versionId,
      itemName: version.content.name,
      agencyId: version.agencyId,
      regionCode: version.regionCode,
      applicantType: enterpriseApplicant ? 'enterprise' : 'person',
      applicantId,
      applicantName: enterpriseApplicant ? DEMO_ENTERPRISE.name : '张三',
      applicantIdType: enterpriseApplicant ? '001' : '111',
      applicantIdEnc: 'fixture',
      applicantIdHash: 'fixture',
      applicantIdMasked: enterpriseApplicant ? DEMO_ENTERPRISE.uscc : '1201**********301X',
      agentPersonId: enterpriseApplicant ? filedBy : null,
      filedBy,
      channel: f.channel ?? 'pc',
      actorKind: enterpriseApplicant ? 'agent' : 'applicant',
      acceptingVenueId:
        f.acceptingVenueId === undefined
          ? (version.content.acceptingVenues[0]?.venueId ?? null)
          : f.acceptingVenueId,
      pickupVenueId: f.pickupVenueId ?? null,
      answers,
      formData: {},
      status: 'submitted',
      seq: 1,
      submittedAt: at,
      receivedOn,
      createdAt: at,
    });
    await tx.insert(caseAction).values({
      id: uuidv7(),
      caseId: id,
      seq: 1,
      action: 'submit',
      fromStatus: 'draft',
      toStatus: 'submitted',
      actorId: filedBy,
      actorKind: enterpriseApplicant ? 'agent' : 'applicant',
      actorName: enterpriseApplicant ? '李四' : '张三',
      channel: f.channel ?? 'pc',
      at,
    });
    for (const m of situation.materials) {
      if (f.withoutMaterials?.includes(m.id)) continue;
      // Shared data is fetched; an e-license material is handed in (no consent to 免证办 here).
      const exempt = m.source === 'shared-data';
      const materialId = exempt ? null : uuidv7();
      if (materialId)
        await tx.insert(material).values({
          id: materialId,
          subjectType: enterpriseApplicant ? 'enterprise' : 'person',
          subjectId: applicantId,
          name: m.name,
          provenance: 'upload',
          sm3: '0'.repeat(64),
          uploadedBy: filedBy,
        });
      await tx.insert(caseMaterial).values({
        id: uuidv7(),
        caseId: id,
        materialKey: m.id,
        name: m.name,
        requirement: m.requirement,
        status: exempt ? 'exempt' : 'provided',
        materialId,
        sm3: exempt ? null : '0'.repeat(64),
        provenance: exempt ? m.source : 'upload',
      });
    }
  });
  return id;
}

export const actOn = (caller: Caller, caseId: string, body: Record<string, unknown>) =>
  caller.request('POST', `/api/v1/cases/${caseId}/actions`, body);

export const caseOf = async (caller: Caller, caseId: string) =>
  ok(await caller.request('GET', `/api/v1/cases/${caseId}`));
