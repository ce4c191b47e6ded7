// Filing a case: the draft row for a known applicant at a known place, with its chosen materials,
// audited. Who the applicant is and where the case is accepted are settled by the caller — the
// online path (the signed-in person's subject), a window clerk (a walk-in applicant at their
// venue), or a bundle member started by the system for the bundle's stored applicant.
import { and, eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { ImplementationContent } from '../catalog/content.ts';
import { getVenue } from '../masterdata/queries.ts';
import { onlineAcceptingVenue } from './acceptance-route.ts';
import { ownedMaterials } from './actions/submission.ts';
import { CITIZEN_ID_TYPE, USCC_TYPE, invalid, type Applicant } from './applicants.ts';
import type { CreateCaseBody } from './apply.schemas.ts';
import type { ActorKind, Channel } from './codes.ts';
import { choicesOutsideList, type ChosenMaterial } from './material-check.ts';
import type { PinnedVersion } from './pinned-version.ts';
import {
  caseForwarding,
  caseMaterial,
  serviceCase,
  type AssistedConsent,
  type CaseCommitment,
  type ServiceCaseRow,
} from './schema.ts';

/** Where a case is accepted. */
export interface Placement {
  acceptingVenueId: string | null;
  acceptingWindowCode: string | null;
  acceptanceMode: string | null;
  forwarding: boolean;
}

/** The desk an online application lands at (acceptance-route.ts onlineAcceptingVenue). */
export function onlinePlacement(content: Pick<ImplementationContent, 'acceptingVenues'>): Placement {
  const venueId = onlineAcceptingVenue(content);
  return {
    acceptingVenueId: venueId,
    acceptingWindowCode: null,
    acceptanceMode: content.acceptingVenues.find((v) => v.venueId === venueId)?.mode ?? null,
    forwarding: false,
  };
}

/** Who files the case for whom, through which channel, and where it is accepted. */
export interface CaseFiling {
  applicant: Applicant;
  agentPersonId: string | null;
  filedBy: string;
  channel: Channel;
  actorKind: ActorKind;
  assistedConsent: AssistedConsent | null;
  placement: Placement;
  /** A member's sub-case of a bundle case (一件事), else null. */
  bundleCaseId: string | null;
  /** Why the case is filed, for the audit row. */
  purpose: string;
}

/** The draft's own fields (those a draft save may change too). */
export type DraftInput = Pick<
  CreateCaseBody,
  'answers' | 'formData' | 'materials' | 'pickupVenueId' | 'commitment'
>;

export async function checkPickupVenue(tx: Db, venueId: string | null | undefined) {
  if (!venueId) return;
  try {
    await getVenue(tx, venueId);
  } catch {
    throw invalid('/body/pickupVenueId', 'no such venue', '出件场所不存在');
  }
}

export function commitmentChoice(
  version: PinnedVersion,
  wanted: boolean | undefined,
): CaseCommitment | null | undefined {
  if (wanted === undefined) return undefined;
  if (!wanted) return null;
  if (!version.content.commitment)
    throw new AppError('CASE_COMMITMENT_NOT_ALLOWED', {
      detail: 'this implementation has no notice-and-commitment option',
    });
  // The choice of a draft; submission stamps the conditions and the signing time.
  return { text: version.content.commitment.text, conditionIds: [], signedAt: new Date().toISOString() };
}

/** Replaces the draft's chosen materials (round 0) after checking list and ownership. */
export async function saveDraftMaterials(
  tx: Db,
  row: Pick<ServiceCaseRow, 'id' | 'applicantType' | 'applicantId'>,
  version: PinnedVersion,
  choices: readonly ChosenMaterial[],
) {
  const outside = choicesOutsideList(version.content.materials, null, choices);
  if (outside.length) throw new AppError('VALIDATION_FAILED', { errors: outside });
  const owned = await ownedMaterials(tx, row, choices);
  await tx.delete(caseMaterial).where(and(eq(caseMaterial.caseId, row.id), eq(caseMaterial.round, 0)));
  if (!choices.length) return;
  const defs = new Map(version.content.materials.map((m) => [m.id, m]));
  await tx.insert(caseMaterial).values(
    choices.map((c) => {
      const m = owned.get(c.materialKey)!;
      const def = defs.get(c.materialKey)!;
      return {
        id: uuidv7(),
        caseId: row.id,
        materialKey: c.materialKey,
        name: def.name,
        requirement: def.requirement,
        status: 'provided' as const,
        materialId: m.id,
        sm3: m.sm3,
        provenance: m.provenance,
        round: 0,
      };
    }),
  );
}

/** Inserts the draft (status draft, seq 0, no action yet) and audits it; returns its id. */
export async function insertCaseRow(
  tx: Db,
  deps: { crypto: PersonalDataCrypto; actor: AuditActor },
  version: PinnedVersion,
  filing: CaseFiling,
  body: DraftInput,
): Promise<string> {
  const { applicant, placement, assistedConsent } = filing;
  await checkPickupVenue(tx, body.pickupVenueId);
  const id = uuidv7();
  const commitment = commitmentChoice(version, body.commitment);
  await tx.insert(serviceCase).values({
    id,
    implementationId: version.implementationId,
    implementationCode: version.code,
    versionId: version.versionId,
    itemName: version.content.name,
    agencyId: version.agencyId,
    regionCode: version.regionCode,
    applicantType: applicant.type,
    applicantId: applicant.id,
    applicantName: applicant.name,
    applicantIdType: applicant.type === 'person' ? applicant.idType || CITIZEN_ID_TYPE : USCC_TYPE,
    applicantIdEnc: deps.crypto.cipher.encrypt(applicant.idNumber, `service_case:${id}:applicant_id`),
    applicantIdHash: deps.crypto.lookupHash(applicant.idNumber),
    applicantIdMasked: applicant.idMasked,
    agentPersonId: filing.agentPersonId,
    filedBy: filing.filedBy,
    channel: filing.channel,
    actorKind: filing.actorKind,
    assistedConsent,
    acceptingVenueId: placement.acceptingVenueId,
    acceptingWindowCode: placement.acceptingWindowCode,
    acceptanceMode: placement.acceptanceMode,
    pickupVenueId: body.pickupVenueId ?? null,
    answers: body.answers ?? {},
    formData: body.formData ?? {},
    commitment: commitment ?? null,
    status: 'draft',
    seq: 0,
    bundleCaseId: filing.bundleCaseId,
  });
  if (placement.forwarding && placement.acceptingVenueId)
    await tx.insert(caseForwarding).values({
      id: uuidv7(),
      caseId: id,
      fromVenueId: placement.acceptingVenueId,
      toAgencyId: version.agencyId,
    });
  if (body.materials?.length)
    await saveDraftMaterials(
      tx,
      { id, applicantType: applicant.type, applicantId: applicant.id },
      version,
      body.materials,
    );
  await recordAudit(tx, deps.actor, {
    action: 'case.create',
    purpose: filing.purpose,
    resource: { type: 'case', id },
    dataSubject: { type: applicant.type, id: applicant.id },
    detail: {
      implementationCode: version.code,
      versionId: version.versionId,
      channel: filing.channel,
      actorKind: filing.actorKind,
      acceptanceMode: placement.acceptanceMode,
      ...(assistedConsent && {
        assistedConsent: { reason: assistedConsent.reason, method: assistedConsent.method },
      }),
      ...(filing.bundleCaseId && { bundleCaseId: filing.bundleCaseId }),
    },
  });
  return id;
}
