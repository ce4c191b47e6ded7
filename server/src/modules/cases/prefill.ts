// Pre-filling an application: the form's leaves are data elements, and a data element says where
// its value comes from (the person's profile, the enterprise's profile). The applicant sees
// their name and ID number filled in, and the materials they provided in earlier cases under the
// same catalog name offered for reuse (材料复用: reuse points at the same material object).
// 免证办: the valid e-licenses the subject holds for the e-license materials are listed (the
// wizard offers them with a consent checkbox), and form leaves whose data element comes from an
// e-license are filled from that license's face (照面信息).
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import type { ApplicationForm } from '../catalog/content.ts';
import { dataElementSources } from '../catalog/data-elements.service.ts';
import { findVersionInForce } from '../catalog/versions.queries.ts';
import { enterpriseProfile, personProfile } from '../identity/applicant-profile.ts';
import type { ApplyCtx } from './applicants.ts';
import type { Prefill } from './apply.schemas.ts';
import { subjectOf } from './case-access.ts';
import { materialObject } from './materials.service.ts';
import { facesByType, heldForMaterials } from './held-licenses.ts';
import { caseMaterial, creditRecord, material } from './schema.ts';

type JsonSchema = Record<string, unknown>;
const isRecord = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaves of a form schema with their dotted data-element keys, in schema order. */
export function formLeaves(schema: unknown, prefix = ''): { key: string; leaf: JsonSchema }[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([name, child]) => {
    if (!isRecord(child)) return [];
    if (child.type === 'object') return formLeaves(child, `${prefix}${name}.`);
    return [{ key: `${prefix}${name}`, leaf: child }];
  });
}

/** Does a profile value fit the leaf (type, listed options, length)? Otherwise it is left out. */
export function fits(leaf: JsonSchema, value: string): boolean {
  if (leaf.type !== 'string' || value === '') return false;
  if (typeof leaf.maxLength === 'number' && [...value].length > leaf.maxLength) return false;
  const options = Array.isArray(leaf.oneOf)
    ? leaf.oneOf.map((o) => (isRecord(o) ? o.const : undefined))
    : Array.isArray(leaf.enum)
      ? leaf.enum
      : null;
  return !options || options.includes(value);
}

export interface ElementSource {
  sourceKind: string;
  sourceField: string | null;
  sourceLicenseType?: string | null;
}

export type Profile = Readonly<Record<string, string | null | undefined>>;

/**
 * The form data pre-filled from the profiles: every leaf whose data element takes its value from
 * the person's or the enterprise's profile, when that profile has a fitting value.
 */
export function prefillFormData(
  form: Pick<ApplicationForm, 'schema'>,
  elements: ReadonlyMap<string, ElementSource>,
  profiles: { person?: Profile; enterprise?: Profile; licenses?: ReadonlyMap<string, Profile> },
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { key, leaf } of formLeaves(form.schema)) {
    const el = elements.get(key);
    if (!el?.sourceField) continue;
    const profile =
      el.sourceKind === 'person-profile'
        ? profiles.person
        : el.sourceKind === 'enterprise-profile'
          ? profiles.enterprise
          : el.sourceKind === 'e-license' && el.sourceLicenseType
            ? profiles.licenses?.get(el.sourceLicenseType)
            : undefined;
    const value = profile?.[el.sourceField];
    if (typeof value !== 'string' || !fits(leaf, value)) continue;
    const path = key.split('.');
    let node = data;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return data;
}

/** GB/T identity document codes as the form's ID-type data element names them. */
const ID_TYPE_VALUES: Readonly<Record<string, string>> = { '111': 'resident-id' };

async function hasCredit(db: Db, type: string, id: string) {
  const [r] = await db
    .select({ id: creditRecord.id })
    .from(creditRecord)
    .where(and(eq(creditRecord.subjectType, type as 'person'), eq(creditRecord.subjectId, id)))
    .limit(1);
  return !!r;
}

/** GET /cases/prefill?implementation=CODE for the caller's subject. */
export async function prefill(ctx: ApplyCtx, code: string): Promise<Prefill> {
  const s = subjectOf(ctx.principal);
  if (!s) throw new AppError('FORBIDDEN', { detail: 'for applicants' });
  const db = ctx.db;
  const version = await findVersionInForce(db, code, businessDate());
  if (!version)
    throw new AppError('CASE_IMPLEMENTATION_NOT_IN_FORCE', {
      detail: `no version of ${code} is in force today`,
    });
  const content = version.content;

  const keys = formLeaves(content.form.schema).map((l) => l.key);
  const elements = await dataElementSources(db, keys);
  const profiles: { person?: Profile; enterprise?: Profile } = {};
  if (s.type === 'person') {
    const me = await personProfile(db, ctx.crypto, s.id);
    if (me)
      profiles.person = {
        name: me.name,
        idType: ID_TYPE_VALUES[me.idType] ?? me.idType,
        idNumber: me.idNumber,
        phone: me.phone,
      };
  } else {
    const e = await enterpriseProfile(db, s.id);
    if (e)
      profiles.enterprise = {
        name: e.name,
        uscc: e.uscc,
        legalRepName: e.legalRepName,
        regionCode: e.regionCode,
      };
  }
  // The subject's own licenses: reading them is not a use by someone else (no license_access).
  const { held, licenses } = await heldForMaterials(db, s, content.materials, businessDate());
  const faces = await facesByType(db, held);
  const formData = prefillFormData(content.form, new Map(elements.map((e) => [e.key, e])), {
    ...profiles,
    licenses: faces,
  });
  await recordAudit(db, ctx.actor, {
    action: 'case.prefill',
    purpose: 'self-service',
    resource: { type: 'implementation', id: version.code },
    dataSubject: s,
  });

  // Earlier materials of the subject used in cases under the same catalog material name.
  const wanted = content.materials.filter((m) => m.source === 'applicant');
  const used = wanted.length
    ? await db
        .select({ usedAs: caseMaterial.name, m: material })
        .from(caseMaterial)
        .innerJoin(material, eq(material.id, caseMaterial.materialId))
        .where(
          and(
            eq(material.subjectType, s.type),
            eq(material.subjectId, s.id),
            inArray(
              caseMaterial.name,
              wanted.map((m) => m.name),
            ),
          ),
        )
        .orderBy(desc(material.createdAt), desc(material.id))
    : [];
  const reusableMaterials = wanted.map((m) => {
    const seen = new Set<string>();
    const candidates = used
      .filter((u) => u.usedAs === m.name && !seen.has(u.m.id) && seen.add(u.m.id))
      .slice(0, 10)
      .map((u) => materialObject(u.m));
    return { materialKey: m.id, candidates };
  });

  const creditBlocked = await hasCredit(db, s.type, s.id);
  return {
    versionId: version.versionId,
    formData,
    reusableMaterials,
    commitmentAvailable: content.commitment !== null && !creditBlocked,
    creditBlocked,
    licenses,
  };
}
