// Which materials an application carries (pure). The implementation's list, narrowed by the
// situation, is the whole of what may be asked: a material outside it cannot be attached, and
// nothing else can be demanded. Materials the platform fetches itself are exempt (免提交): shared
// data always; an e-license material only when the applicant consented and the subject holds a
// valid license of its type (免证办) — otherwise it is asked for like any other. At a window (or
// in assisted handling) a material flagged 容缺 may be left missing — the clerk then accepts with
// deficiency; online, every required one must be there.
import type { FieldError } from '../../platform/errors/app-error.ts';
import type { Material } from '../catalog/content.ts';

export interface ChosenMaterial {
  materialKey: string;
  materialId: string;
}

export interface MaterialObjectRef {
  id: string;
  sm3: string;
  provenance: string;
}

export interface SnapshotRow {
  materialKey: string;
  name: string;
  requirement: string;
  status: 'provided' | 'missing' | 'exempt' | 'supplied';
  materialId: string | null;
  sm3: string | null;
  provenance: string | null;
  /** 免证办: the held e-license standing in for the material. */
  licenseId: string | null;
}

/** The license types the e-license materials of a list name (what to look up for the subject). */
export function eLicenseTypes(materials: readonly Pick<Material, 'source' | 'licenseType'>[]): string[] {
  return [
    ...new Set(materials.flatMap((m) => (m.source === 'e-license' && m.licenseType ? [m.licenseType] : []))),
  ];
}

/** Channels on which a clerk checks the materials in person and may accept with deficiency. */
export const IN_PERSON_CHANNELS: readonly string[] = ['window', 'assisted'];

/**
 * Choices that name a material outside the list (or one that does not apply to the situation),
 * or name one material twice: 400 errors, one per choice, at `/body/materials/i/materialKey`.
 */
export function choicesOutsideList(
  all: readonly Pick<Material, 'id' | 'name'>[],
  applicable: readonly Pick<Material, 'id'>[] | null,
  choices: readonly ChosenMaterial[],
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  choices.forEach((c, i) => {
    const path = `/body/materials/${i}/materialKey`;
    if (!all.some((m) => m.id === c.materialKey))
      errors.push({
        path,
        message: `${c.materialKey} is not in this implementation's list of materials`,
        messageZh: `材料 ${c.materialKey} 不在本事项的材料清单中，不能提交清单以外的材料`,
      });
    else if (applicable && !applicable.some((m) => m.id === c.materialKey))
      errors.push({
        path,
        message: `${c.materialKey} does not apply to the chosen situation`,
        messageZh: `材料 ${c.materialKey} 不适用于所选情形`,
      });
    else if (seen.has(c.materialKey))
      errors.push({ path, message: `${c.materialKey} is given twice`, messageZh: '同一材料重复提交' });
    seen.add(c.materialKey);
  });
  return errors;
}

/**
 * The snapshot of one round and the required materials that are missing (every one of them, so
 * the applicant learns the whole list at once). `chosen` maps material keys to the subject's
 * material objects; keys must already have passed choicesOutsideList.
 */
export function snapshotMaterials(
  applicable: readonly (Material & { required: boolean })[],
  chosen: ReadonlyMap<string, MaterialObjectRef>,
  opts: {
    inPerson: boolean;
    paper?: ReadonlySet<string>;
    /** Valid licenses the subject holds by type code, looked up only with the applicant's consent. */
    licenses?: ReadonlyMap<string, { id: string }>;
  },
): { rows: SnapshotRow[]; missing: FieldError[] } {
  const rows: SnapshotRow[] = [];
  const missing: FieldError[] = [];
  for (const m of applicable) {
    const base = { materialKey: m.id, name: m.name, requirement: m.requirement, licenseId: null };
    const given = chosen.get(m.id);
    const held = m.source === 'e-license' && m.licenseType ? opts.licenses?.get(m.licenseType) : undefined;
    if (given) {
      rows.push({
        ...base,
        status: 'provided',
        materialId: given.id,
        sm3: given.sm3,
        provenance: given.provenance,
      });
    } else if (opts.inPerson && opts.paper?.has(m.id)) {
      // Checked on paper by the clerk: recorded as provided, with no electronic copy.
      rows.push({ ...base, status: 'provided', materialId: null, sm3: null, provenance: 'paper' });
    } else if (held) {
      rows.push({
        ...base,
        status: 'exempt',
        materialId: null,
        sm3: null,
        provenance: 'e-license',
        licenseId: held.id,
      });
    } else if (m.source === 'shared-data') {
      rows.push({ ...base, status: 'exempt', materialId: null, sm3: null, provenance: 'shared-data' });
    } else if (!m.required) {
      continue;
    } else if (opts.inPerson && m.deficiencyAllowed) {
      rows.push({ ...base, status: 'missing', materialId: null, sm3: null, provenance: null });
    } else {
      const eLicense = m.source === 'e-license';
      missing.push({
        path: `/materials/${m.id}`,
        message:
          `missing: ${m.name}${m.deficiencyAllowed ? ' (may be left missing only at a window)' : ''}` +
          (eLicense ? '; if you hold this e-license, consent to its use instead of uploading it' : ''),
        messageZh:
          `缺少：${m.name}${m.deficiencyAllowed ? '（仅窗口办理时可容缺）' : ''}` +
          (eLicense ? '；如持有该电子证照，可同意调用电子证照免于提交' : ''),
      });
    }
  }
  return { rows, missing };
}
