// Who a case is for: the signed-in person's subject (themselves, or the enterprise they act for,
// within their authorisation), or — at a window — a walk-in applicant a clerk finds by citizen ID
// or USCC (check digit verified first; no online booking needed).
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { CaseCtx } from './case-access.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { isValidCitizenId, normalizeCitizenId } from '../../platform/identifiers/citizen-id.ts';
import { isValidUscc } from '../../platform/identifiers/uscc.ts';
import {
  enterpriseByUscc,
  enterpriseProfile,
  mayFileFor,
  personByIdNumber,
  personProfile,
} from '../identity/applicant-profile.ts';
import { maskIdentityNumber } from '../identity/masking.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { findVersionInForce } from '../catalog/versions.queries.ts';
import type { ApplicantFound, CreateCaseBody, MaterialLicense } from './apply.schemas.ts';
import { heldForMaterials } from './held-licenses.ts';
import { maskName } from './case-read.ts';
import type { ActorKind, Channel } from './codes.ts';
import type { PinnedVersion } from './pinned-version.ts';
import { creditRecord, type SubjectType } from './schema.ts';

export const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export const ONLINE_CHANNELS: readonly Channel[] = ['pc', 'mobile', 'kiosk', 'third-party-app'];
export const CITIZEN_ID_TYPE = '111';
export const USCC_TYPE = '001';

export interface ApplyCtx extends CaseCtx {
  crypto: PersonalDataCrypto;
}

export interface Applicant {
  type: SubjectType;
  id: string;
  name: string;
  idType: string;
  idNumber: string;
  idMasked: string;
}

/** A citizen ID as typed at a window: normalized, check digit verified (400 otherwise). */
function citizenIdOf(input: string, path: string): string {
  const id = normalizeCitizenId(input);
  if (!isValidCitizenId(id))
    throw invalid(path, 'not a valid citizen ID number', '公民身份号码无效（校验位不符）');
  return id;
}

function usccOf(input: string, path: string): string {
  const uscc = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (!isValidUscc(uscc)) throw invalid(path, 'not a valid USCC', '统一社会信用代码无效');
  return uscc;
}

export async function creditCount(db: Db, type: SubjectType, id: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(creditRecord)
    .where(and(eq(creditRecord.subjectType, type), eq(creditRecord.subjectId, id)));
  return r?.n ?? 0;
}

/** The walk-in applicant a clerk names; 404 when the platform does not know them. */
export async function walkInApplicant(
  tx: Db,
  crypto: PersonalDataCrypto,
  given: NonNullable<CreateCaseBody['applicant']>,
  pathPrefix: string,
): Promise<Applicant> {
  if ('idNumber' in given) {
    const idNumber = citizenIdOf(given.idNumber, `${pathPrefix}/idNumber`);
    const p = await personByIdNumber(tx, crypto, idNumber);
    if (!p) throw notFound('no registered person with this citizen ID number');
    return {
      type: 'person',
      id: p.id,
      name: p.name,
      idType: p.idType,
      idNumber: p.idNumber,
      idMasked: maskIdentityNumber(p.idNumber),
    };
  }
  const uscc = usccOf(given.uscc, `${pathPrefix}/uscc`);
  const e = await enterpriseByUscc(tx, uscc);
  if (!e) throw notFound('no registered enterprise with this USCC');
  return {
    type: 'enterprise',
    id: e.id,
    name: e.name,
    idType: USCC_TYPE,
    idNumber: e.uscc,
    idMasked: e.uscc,
  };
}

/** The subject the signed-in person applies as (themselves, or the enterprise they act for). */
export async function onlineApplicant(
  tx: Db,
  ctx: ApplyCtx,
  version: PinnedVersion,
): Promise<{ applicant: Applicant; agentPersonId: string | null; actorKind: ActorKind }> {
  const p = ctx.principal;
  const me = await personProfile(tx, ctx.crypto, p.accountId);
  if (!me) throw new AppError('FORBIDDEN', { detail: 'no person profile' });
  const needed = version.content.minRealNameLevel;
  if (me.realNameLevel < needed)
    throw new AppError('FORBIDDEN', {
      detail: `applying online for this item needs real-name level ${needed}; yours is ${me.realNameLevel}. Raise your level or apply at a window. 网上申请本事项需实名认证等级 L${needed}，您当前为 L${me.realNameLevel}，请提升实名等级或到窗口办理。`,
    });
  if (!p.actingFor)
    return {
      applicant: {
        type: 'person',
        id: me.id,
        name: me.name,
        idType: me.idType,
        idNumber: me.idNumber,
        idMasked: maskIdentityNumber(me.idNumber),
      },
      agentPersonId: null,
      actorKind: 'applicant',
    };
  const e = await enterpriseProfile(tx, p.actingFor.id);
  if (!e || !(await mayFileFor(tx, p.accountId, e.id, [version.code, version.content.basicCode])))
    throw new AppError('FORBIDDEN', {
      detail:
        'your authorisation for this enterprise does not cover this item. 您对该企业的经办授权不包括本事项。',
    });
  return {
    applicant: {
      type: 'enterprise',
      id: e.id,
      name: e.name,
      idType: USCC_TYPE,
      idNumber: e.uscc,
      idMasked: e.uscc,
    },
    agentPersonId: p.accountId,
    actorKind: 'agent',
  };
}

/**
 * GET /cases/applicants: a clerk finds a walk-in applicant (audited; the name masked). With an
 * implementation code it also lists the applicant's valid e-licenses that can stand in for its
 * materials (免证办), so the clerk can ask for consent; the numbers are masked until used.
 */
export async function findApplicant(
  ctx: ApplyCtx,
  q: { idNumber?: string; uscc?: string; implementation?: string },
): Promise<ApplicantFound> {
  if ((q.idNumber === undefined) === (q.uscc === undefined))
    throw invalid(
      '/query',
      'give exactly one of idNumber and uscc',
      '请提供公民身份号码或统一社会信用代码之一',
    );
  const found = await walkInApplicant(
    ctx.db,
    ctx.crypto,
    q.idNumber !== undefined ? { idNumber: q.idNumber } : { uscc: q.uscc! },
    '/query',
  );
  const level =
    found.type === 'person'
      ? ((await personProfile(ctx.db, ctx.crypto, found.id))?.realNameLevel ?? null)
      : null;
  const creditRecords = await creditCount(ctx.db, found.type, found.id);
  let licenses: MaterialLicense[] = [];
  if (q.implementation !== undefined) {
    const version = await findVersionInForce(ctx.db, q.implementation, businessDate());
    if (!version)
      throw new AppError('CASE_IMPLEMENTATION_NOT_IN_FORCE', {
        detail: `no version of ${q.implementation} is in force today`,
      });
    ({ licenses } = await heldForMaterials(
      ctx.db,
      { type: found.type, id: found.id },
      version.content.materials,
      businessDate(),
    ));
  }
  await recordAudit(ctx.db, ctx.actor, {
    action: 'case.applicant.lookup',
    purpose: 'file a case at a window',
    resource: { type: found.type, id: found.id },
    dataSubject: { type: found.type, id: found.id },
    ...(q.implementation !== undefined && {
      detail: {
        implementationCode: q.implementation,
        licensesShown: licenses.map((l) => l.licenseId),
      },
    }),
  });
  return {
    type: found.type,
    id: found.id,
    name: found.type === 'person' ? maskName(found.name) : found.name,
    idMasked: found.idMasked,
    realNameLevel: level,
    creditRecords,
    licenses,
  };
}
