// E-license types (电子证照类型) the person half of the demo catalog uses, as materials' sources,
// results and data-element sources. Codes follow the GB/T 36904 style: the defining body's USCC
// (18 characters, from the masterdata seed, so demo codes) plus a three-digit serial. #6 seeds the
// same types into the e-license catalogue from this map, so a code here must never change.
import { cityAgencies } from '../../../masterdata/seed/agencies-city.ts';

function typeCode(agencyId: string, serial: number): string {
  const agency = cityAgencies.find((a) => a.id === agencyId);
  if (!agency) throw new Error(`no agency ${agencyId}`);
  return `${agency.uscc}${String(serial).padStart(3, '0')}`;
}

export interface PersonLicenseType {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The agency that defines and issues this type. */
  issuerAgencyId: string;
}

const def = (issuerAgencyId: string, serial: number, nameZh: string, nameEn: string): PersonLicenseType => ({
  code: typeCode(issuerAgencyId, serial),
  nameZh,
  nameEn,
  issuerAgencyId,
});

export const PERSON_LICENSE_TYPES = {
  householdRegister: def('tj-gaj', 1, '居民户口簿', 'Household register'),
  residencePermit: def('tj-gaj', 2, '天津市居住证', 'Tianjin residence permit'),
  drivingLicence: def('tj-gaj', 3, '机动车驾驶证', "Motor vehicle driver's licence"),
  birthCertificate: def('tj-wjw', 1, '出生医学证明', 'Medical certificate of birth'),
  marriageCertificate: def('tj-mzj', 1, '结婚证', 'Marriage certificate'),
  divorceCertificate: def('tj-mzj', 2, '离婚证', 'Divorce certificate'),
  seniorCard: def('tj-mzj', 3, '天津市老年人优待证', 'Tianjin senior citizen card'),
  socialSecurityCard: def('tj-rsj', 1, '社会保障卡', 'Social security card'),
  employmentCard: def('tj-rsj', 2, '就业创业证', 'Employment and entrepreneurship certificate'),
  realEstateCertificate: def('tj-ghzyj', 1, '不动产权证书', 'Real estate title certificate'),
  teacherCertificate: def('tj-jw', 1, '教师资格证书', 'Teacher qualification certificate'),
  disabilityCertificate: def('tj-cl', 1, '中华人民共和国残疾人证', 'Disability certificate'),
} as const satisfies Record<string, PersonLicenseType>;

/** The type codes, by key: `LT.birthCertificate`. */
export const LT = Object.fromEntries(Object.entries(PERSON_LICENSE_TYPES).map(([k, v]) => [k, v.code])) as {
  [K in keyof typeof PERSON_LICENSE_TYPES]: string;
};
