// A license inserted directly (no case, no seal signing): what the library, verification,
// authorized use and look-up tests start from without depending on issuance. The license type
// comes from the catalog's type maps when the e-license catalogue lacks it; the holder ID is
// encrypted and blind-indexed like issuance does; the PDF is a small stored file; the
// signature is placeholder bytes and the seal a random id.
import { eq } from 'drizzle-orm';
import { BUSINESS_LICENSE_TYPES } from '../src/modules/catalog/seed/business/license-types.ts';
import { PERSON_LICENSE_TYPES } from '../src/modules/catalog/seed/persons/license-types.ts';
import { DEMO_ENTERPRISE, DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import { maskIdentityNumber } from '../src/modules/identity/masking.ts';
import type { FaceField } from '../src/modules/licenses/codes.ts';
import type { LicenseDeps } from '../src/modules/licenses/deps.ts';
import { formatLicenseIdentifier, licenseSerial } from '../src/modules/licenses/license-identifier.ts';
import { license, licenseType, type LicenseRow } from '../src/modules/licenses/schema.ts';
import { agency } from '../src/modules/masterdata/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { storeFile } from '../src/platform/storage/store-file.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { licenseDeps } from '../src/modules/licenses/deps.ts';
import { demoEnterpriseId, ok, personId } from './case-fixtures.ts';
import { login, type Session } from './cases-apply-setup.ts';
import { testPlatform } from './helpers.ts';

export const RESIDENCE_PERMIT = PERSON_LICENSE_TYPES.residencePermit.code;
export const FOOD_BUSINESS = BUSINESS_LICENSE_TYPES.foodBusiness.code;

const FIXTURE_FACE: FaceField[] = [
  { key: 'holderName', labelZh: '持证人', labelEn: 'Holder', from: 'holder.name' },
  { key: 'idNumber', labelZh: '证件号码', labelEn: 'ID number', from: 'holder.idNumber', personal: true },
  { key: 'address', labelZh: '住址', labelEn: 'Address', from: 'form:address', personal: true },
  { key: 'issuer', labelZh: '发证机关', labelEn: 'Issuer', from: 'issuer.name' },
];

async function ensureType(
  db: Db,
  code: string,
): Promise<{ issuerAgencyId: string; faceFields: FaceField[] }> {
  const [have] = await db.select().from(licenseType).where(eq(licenseType.code, code));
  if (have) return have;
  const all = { ...PERSON_LICENSE_TYPES, ...BUSINESS_LICENSE_TYPES };
  const def = Object.values(all).find((t) => t.code === code);
  if (!def) throw new Error(`no license type ${code} in the catalog maps`);
  const person = Object.values(PERSON_LICENSE_TYPES).some((t) => t.code === code);
  const row = {
    code,
    nameZh: def.nameZh,
    nameEn: def.nameEn,
    issuerAgencyId: def.issuerAgencyId,
    holderType: person ? ('person' as const) : ('enterprise' as const),
    faceFields: FIXTURE_FACE,
    validity: { kind: 'years' as const, years: 5 },
  };
  await db.insert(licenseType).values(row).onConflictDoNothing();
  return row;
}

export interface LicenseOverrides {
  holder?: 'zhangsan' | 'lisi' | 'enterprise';
  typeCode?: string;
  status?: 'valid' | 'revoked' | 'superseded';
  validTo?: string | null;
  issueDate?: string;
  version?: number;
}

let counter = 0;

export async function insertTestLicense(
  db: Db,
  deps: LicenseDeps,
  o: LicenseOverrides = {},
): Promise<LicenseRow> {
  const holder = o.holder ?? 'zhangsan';
  const enterprise = holder === 'enterprise';
  const typeCode = o.typeCode ?? (enterprise ? FOOD_BUSINESS : RESIDENCE_PERMIT);
  const type = await ensureType(db, typeCode);
  const [issuer] = await db.select().from(agency).where(eq(agency.id, type.issuerAgencyId));
  if (!issuer) throw new Error(`no agency ${type.issuerAgencyId}`);
  const person = DEMO_PERSONS.find((p) => p.username === holder);
  const name = enterprise ? DEMO_ENTERPRISE.name : person!.name;
  const idNumber = enterprise ? DEMO_ENTERPRISE.uscc : person!.idNumber;
  const id = uuidv7();
  const issueDate = o.issueDate ?? businessDate();
  const serial = licenseSerial(
    Number(issueDate.slice(0, 4)),
    90_000_000 + (++counter % 1000) * 1000 + Math.floor(Math.random() * 1000),
  );
  const version = o.version ?? 1;
  const values: Record<string, string> = {};
  for (const f of type.faceFields)
    values[f.key] =
      f.from === 'holder.name'
        ? name
        : f.from === 'holder.idNumber'
          ? idNumber
          : f.from === 'issuer.name'
            ? issuer.name
            : f.from === 'issueDate'
              ? issueDate
              : f.from === 'validTo'
                ? (o.validTo ?? '')
                : '天津市河西区友谊路 12 号';
  const pdf = Buffer.from(`%PDF-1.7\n% license ${id}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
  const file = await storeFile(db, deps.storage, {
    bytes: pdf,
    allowed: ['application/pdf'],
    maxBytes: 1 << 20,
  });
  const [row] = await db
    .insert(license)
    .values({
      id,
      identifier: formatLicenseIdentifier({ typeCode, issuerCode: issuer.uscc, serial, version }),
      typeCode,
      serial,
      version,
      licenseNumber: `JY1${serial}`,
      holderType: enterprise ? 'enterprise' : 'person',
      holderSubjectId: enterprise ? await demoEnterpriseId(db) : await personId(db, holder),
      holderName: name,
      holderIdType: enterprise ? '001' : '111',
      holderIdEnc: deps.crypto.cipher.encrypt(idNumber, `license:${id}:holder_id`),
      holderIdHash: deps.crypto.lookupHash(idNumber),
      holderIdMasked: enterprise ? idNumber : maskIdentityNumber(idNumber),
      issuerAgencyId: issuer.id,
      issuerCode: issuer.uscc,
      issuerName: issuer.name,
      jurisdictionCode: issuer.regionCode,
      issueDate,
      validFrom: issueDate,
      validTo:
        o.validTo === undefined
          ? `${Number(issueDate.slice(0, 4)) + 5}${issueDate.slice(4, 8)}01`
          : o.validTo,
      face: values,
      sealId: uuidv7(),
      fileId: file.id,
      pdfSm3: file.sm3,
      signature: Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]),
      status: o.status ?? 'valid',
      ...(o.status === 'revoked' && { revokedAt: new Date(), revokeReason: '测试注销' }),
    })
    .returning();
  return row!;
}

/** A platform, its license deps, and the demo holders signed in (lisi also acting for the enterprise). */
export async function licenseWorld() {
  const p = await testPlatform();
  const db = p.database.db;
  const deps = licenseDeps({ config: p.config });
  const zhangsan = await login(p.app, 'zhangsan');
  const lisi = await login(p.app, 'lisi');
  const lisiForEnterprise = await login(p.app, 'lisi');
  ok(
    await lisiForEnterprise.req('PUT', '/api/v1/auth/acting-for', {
      enterpriseId: await demoEnterpriseId(db),
    }),
  );
  return { p, db, deps, zhangsan, lisi, lisiForEnterprise, login: (u: string) => login(p.app, u) };
}

/** The JSON body of a problem response with the expected status and code. */
export function problem(
  res: { statusCode: number; body: string; json(): unknown },
  status: number,
  code?: string,
) {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  const body = res.json() as { code?: string; errors?: { path: string }[] };
  if (code && body.code !== code) throw new Error(`expected ${code}, got ${res.body}`);
  return body;
}

export type { Session };
