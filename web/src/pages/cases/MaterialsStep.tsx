// The apply wizard's materials step: the consent to use held e-licenses (免证办) once, then each
// material — fetched (shared data, or an e-license the applicant let the platform use) or chosen.
import { useI18n } from '../../i18n/index.ts';
import type { Narrowed } from '../catalog/queries.ts';
import { LicenseConsent } from './LicenseLink.tsx';
import { MaterialPicker, type ChosenMaterial } from './MaterialPicker.tsx';
import type { MaterialLicense, MaterialObject } from './types.ts';

type NarrowedMaterial = Narrowed['materials'][number];

interface MaterialsStepProps {
  materials: readonly NarrowedMaterial[];
  candidates: (materialKey: string) => readonly MaterialObject[];
  chosen: Record<string, ChosenMaterial>;
  onChoose: (materialKey: string, value: ChosenMaterial | undefined) => void;
  showMissing: boolean;
  /** The held e-licenses that could stand in for materials of the list. */
  licenses: readonly MaterialLicense[];
  licenseConsent: boolean;
  onLicenseConsent: (value: boolean) => void;
}

export function MaterialsStep(props: MaterialsStepProps) {
  const { materials, candidates, chosen, onChoose, showMissing, licenseConsent } = props;
  const { t } = useI18n();
  if (materials.length === 0) return <p className="wizard-body">{t('materials.empty')}</p>;
  const usable = usableLicenses(props.licenses, materials);
  const linked = linkedLicenses(usable, licenseConsent);
  return (
    <div className="wizard-body">
      <p className="guide-lead">{t('cases.apply.materialsLead')}</p>
      <LicenseConsent licenses={usable} checked={licenseConsent} onChange={props.onLicenseConsent} />
      <ol className="pick-list" data-testid="material-picks">
        {materials.map((m) => (
          <li key={m.id}>
            <MaterialPicker
              material={m}
              license={linked[m.id]}
              candidates={candidates(m.id)}
              value={chosen[m.id]}
              onChange={(value) => onChoose(m.id, value)}
              showMissing={showMissing}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The held licenses for materials of the situation (others are not offered). */
export const usableLicenses = (
  licenses: readonly MaterialLicense[],
  materials: readonly NarrowedMaterial[],
) => licenses.filter((l) => materials.some((m) => m.id === l.materialKey));

/** The licenses standing in for materials, by material key: none without the applicant's consent. */
export function linkedLicenses(
  licenses: readonly MaterialLicense[],
  consent: boolean,
): Record<string, MaterialLicense> {
  return consent ? Object.fromEntries(licenses.map((l) => [l.materialKey, l])) : {};
}

/**
 * Materials that block an online submission: required, not fetched by the platform and nothing
 * chosen (容缺 is for a window, where a clerk checks in person; online every required one is due).
 * An e-license material is fetched only when a license is linked; otherwise it is uploaded.
 */
export function missingMaterials(
  materials: readonly NarrowedMaterial[],
  chosen: Record<string, ChosenMaterial>,
  linked: Readonly<Record<string, MaterialLicense>>,
) {
  return materials.filter((m) => m.source !== 'shared-data' && m.required && !chosen[m.id] && !linked[m.id]);
}
