// 免证办 at a window: once the applicant and the item are known, the applicant's valid e-licenses
// that can stand in for its materials (a second, audited look-up naming the item), and the box the
// clerk ticks when the applicant agrees to their use. Without it, those materials are handed in.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Checkbox } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { lookupApplicant, type MaterialLicense } from './api.ts';
import type { ChosenApplicant } from './ApplicantStep.tsx';
import type { NarrowedMaterial } from './MaterialChecklist.tsx';

/**
 * The applicant's licenses usable for the situation's materials (none until the applicant and the
 * item are chosen), the consent the clerk records, and the licenses it links. The consent belongs
 * to one applicant and item: choosing another clears it.
 */
export function useWindowLicenses(
  applicant: ChosenApplicant | null,
  code: string,
  materials: readonly NarrowedMaterial[],
) {
  const query = useQuery({
    queryKey: ['cases', 'applicant-licenses', applicant?.kind, applicant?.value, code],
    queryFn: () => lookupApplicant(applicant!.kind, applicant!.value, code),
    enabled: Boolean(applicant && code),
    staleTime: 60_000,
  });
  const key = `${applicant?.kind}|${applicant?.value}|${code}`;
  const [givenFor, setGivenFor] = useState<string | null>(null);
  const licenses = (query.data?.licenses ?? []).filter((l) => materials.some((m) => m.id === l.materialKey));
  const consent = givenFor === key && licenses.length > 0;
  return {
    licenses,
    consent,
    onConsent: (value: boolean) => setGivenFor(value ? key : null),
    linked: linkedByKey(licenses, consent),
  };
}

/** The licenses standing in for materials now, by material key (none without consent). */
export function linkedByKey(
  licenses: readonly MaterialLicense[],
  consent: boolean,
): Record<string, MaterialLicense> {
  return consent ? Object.fromEntries(licenses.map((l) => [l.materialKey, l])) : {};
}

export function licenseName(l: MaterialLicense, lang: string): string {
  return lang === 'zh-CN' ? l.typeName.zh : l.typeName.en;
}

interface Props {
  licenses: readonly MaterialLicense[];
  consent: boolean;
  onConsent: (value: boolean) => void;
}

export function WindowLicenseConsent({ licenses, consent, onConsent }: Props) {
  const { t, lang } = useI18n();
  if (licenses.length === 0) return null;
  return (
    <div className="wc-license-consent" data-testid="window-license-consent">
      <p>
        <SafetyCertificateOutlined aria-hidden />{' '}
        {t('wc.license.held', {
          list: licenses.map((l) => `${licenseName(l, lang)}（No. ${l.licenseNumber}）`).join('、'),
        })}
      </p>
      <Checkbox checked={consent} onChange={(e) => onConsent(e.target.checked)}>
        {t('wc.license.consent')}
      </Checkbox>
    </div>
  );
}
