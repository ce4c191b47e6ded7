// Issuing an e-license (电子证照签发): a new license, or — for a type a holder holds once — a new
// version of the holder's valid license from the same issuer, which supersedes the old one. The
// face comes from the case's form, the A4 PDF is signed with the issuer's e-seal (detached
// SES_Signature, decision 0008), the holder's ID is stored encrypted with a blind index, and the
// holder is told. Runs in the caller's transaction: the outbox handler's, or a seed's.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { storeFile } from '../../platform/storage/store-file.ts';
import { dataElement } from '../catalog/schema.ts';
import { siteMessage } from '../cases/schema.ts';
import { maskIdentityNumber } from '../identity/masking.ts';
import { agency } from '../masterdata/schema.ts';
import { HOLDER_ID_TYPES, type HolderIdType } from './codes.ts';
import type { LicenseDeps } from './deps.ts';
import { computeFace, formKeysOf, licenseNumberOf, validUntil } from './license-face.ts';
import { formatLicenseIdentifier } from './license-identifier.ts';
import { renderLicensePdf, zhDate } from './license-pdf.ts';
import { nextLicenseSerial } from './license-serial.ts';
import { license, licenseType, type LicenseRow } from './schema.ts';
import { findSigningSeal, signWithSeal } from './seal-signing.ts';

export interface IssueLicenseInput {
  typeCode: string;
  holder: {
    type: 'person' | 'enterprise';
    subjectId: string;
    name: string;
    idType: HolderIdType;
    idNumber: string;
  };
  issuerAgencyId: string;
  /** The case that yields the license; null for imported or demo licenses. */
  caseId: string | null;
  formData: Record<string, unknown>;
  /** Business date (YYYY-MM-DD, Asia/Shanghai). */
  issueDate: string;
  actor: AuditActor;
}

const PDF_MAX_BYTES = 5 * 1024 * 1024;

/** AAD of the encrypted holder ID: bound to the row and column, as service_case does. */
export const holderIdAad = (licenseId: string) => `license:${licenseId}:holder_id`;

export async function issueLicense(tx: Db, deps: LicenseDeps, input: IssueLicenseInput): Promise<LicenseRow> {
  const [type] = await tx
    .select()
    .from(licenseType)
    .where(and(eq(licenseType.code, input.typeCode), eq(licenseType.status, 'active')));
  if (!type) throw new AppError('LICENSE_TYPE_UNKNOWN', { detail: `license type ${input.typeCode}` });
  if (type.holderType !== input.holder.type)
    throw new Error(`license type ${type.code} is held by a ${type.holderType}, not a ${input.holder.type}`);
  const [issuer] = await tx.select().from(agency).where(eq(agency.id, input.issuerAgencyId));
  if (!issuer) throw new Error(`no agency ${input.issuerAgencyId}`);
  const at = new Date();
  // Before anything is written: no usable seal, no license (the outbox retries later).
  const seal = await findSigningSeal(tx, issuer.id, at);

  const [previous] = type.singlePerHolder
    ? await tx
        .select()
        .from(license)
        .where(
          and(
            eq(license.typeCode, type.code),
            eq(license.holderType, input.holder.type),
            eq(license.holderSubjectId, input.holder.subjectId),
            eq(license.issuerCode, issuer.uscc),
            eq(license.status, 'valid'),
          ),
        )
        .orderBy(desc(license.version))
        .limit(1)
        .for('update')
    : [];
  const serial =
    previous?.serial ??
    (await nextLicenseSerial(tx, type.code, issuer.uscc, Number(input.issueDate.slice(0, 4))));
  const version = previous ? previous.version + 1 : 1;
  const identifier = formatLicenseIdentifier({
    typeCode: type.code,
    issuerCode: issuer.uscc,
    serial,
    version,
  });
  const licenseNumber = previous?.licenseNumber ?? licenseNumberOf(issuer.regionCode, type.code, serial);
  const validTo = validUntil(type.validity, input.issueDate);
  const face = computeFace(type.faceFields, {
    holderName: input.holder.name,
    holderIdNumber: input.holder.idNumber,
    issuerName: issuer.name,
    issueDate: input.issueDate,
    validTo,
    licenseNumber,
    formData: input.formData,
    enumLabels: await enumLabels(tx, formKeysOf(type.faceFields)),
  });

  const id = uuidv7();
  const pdf = await renderLicensePdf({
    typeName: type.nameZh,
    licenseNumber,
    identifier,
    face: type.faceFields.map((f) => [f.labelZh, printable(face[f.key] ?? '')] as const),
    holderName: input.holder.name,
    holderIdLabel: HOLDER_ID_TYPES.find((t) => t.code === input.holder.idType)?.zh ?? '证件号码',
    holderIdNumber: input.holder.idNumber,
    issuerName: issuer.name,
    issueDate: input.issueDate,
    validFrom: input.issueDate,
    validTo,
    verifyUrl: `${deps.publicUrl.replace(/\/+$/, '')}/licenses/verify?id=${encodeURIComponent(identifier)}`,
    seal: { name: seal.name, picture: seal.picture },
    createdAt: at,
  });
  const signature = await signWithSeal(tx, deps, seal, pdf, {
    purpose: 'license-issue',
    resource: { type: 'license', id },
    actor: input.actor,
    at,
  });
  const file = await storeFile(tx, deps.storage, {
    bytes: pdf,
    originalName: `${type.nameZh}-${licenseNumber}.pdf`,
    allowed: ['application/pdf'],
    maxBytes: PDF_MAX_BYTES,
  });

  const [row] = await tx
    .insert(license)
    .values({
      id,
      identifier,
      typeCode: type.code,
      serial,
      version,
      licenseNumber,
      holderType: input.holder.type,
      holderSubjectId: input.holder.subjectId,
      holderName: input.holder.name,
      holderIdType: input.holder.idType,
      holderIdEnc: deps.crypto.cipher.encrypt(input.holder.idNumber, holderIdAad(id)),
      holderIdHash: deps.crypto.lookupHash(input.holder.idNumber),
      holderIdMasked: maskIdentityNumber(input.holder.idNumber),
      issuerAgencyId: issuer.id,
      issuerCode: issuer.uscc,
      issuerName: issuer.name,
      jurisdictionCode: issuer.regionCode,
      issueDate: input.issueDate,
      validFrom: input.issueDate,
      validTo,
      face,
      caseId: input.caseId,
      sealId: seal.id,
      fileId: file.id,
      pdfSm3: file.sm3,
      signature,
      status: 'valid',
    })
    .returning();
  if (previous)
    await tx
      .update(license)
      .set({ status: 'superseded', supersededBy: id })
      .where(eq(license.id, previous.id));

  await recordAudit(tx, input.actor, {
    action: 'license.issue',
    purpose: input.caseId ? 'issue the e-license a case yields' : 'issue an e-license',
    resource: { type: 'license', id },
    dataSubject: { type: input.holder.type, id: input.holder.subjectId },
    detail: {
      identifier,
      typeCode: type.code,
      version,
      caseId: input.caseId,
      sealId: seal.id,
      ...(previous && { supersedes: previous.id }),
    },
  });
  await publish(tx, {
    type: 'license.issued',
    payload: {
      licenseId: id,
      identifier,
      typeCode: type.code,
      holderType: input.holder.type,
      holderSubjectId: input.holder.subjectId,
      caseId: input.caseId,
    },
  });
  await tx.insert(siteMessage).values({
    id: uuidv7(),
    recipientType: input.holder.type,
    recipientId: input.holder.subjectId,
    caseId: input.caseId,
    title: `电子证照《${type.nameZh}》已签发`,
    body: `您的电子证照《${type.nameZh}》（证照编号${licenseNumber}）已签发，可在“我的证照”查看。`,
  });
  return row!;
}

/** Dates on the PDF read as Chinese dates; the face keeps ISO dates for pre-fill. */
const printable = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? zhDate(value) : value);

async function enumLabels(tx: Db, keys: string[]) {
  if (!keys.length) return new Map<string, Map<string, string>>();
  const rows = await tx
    .select({ key: dataElement.key, enumValues: dataElement.enumValues })
    .from(dataElement)
    .where(inArray(dataElement.key, keys));
  return new Map(rows.map((r) => [r.key, new Map((r.enumValues ?? []).map((v) => [v.value, v.labelZh]))]));
}
