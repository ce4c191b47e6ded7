// Building blocks of the license faces (license-faces*.ts): a face field, validity rules, the
// fields persons' and enterprises' licenses share.
import type { FaceField, FaceSource, ValidityRule } from '../codes.ts';

export interface LicenseFace {
  holderType: 'person' | 'enterprise';
  validity: ValidityRule;
  singlePerHolder: boolean;
  faceFields: FaceField[];
}

export const field = (
  key: string,
  labelZh: string,
  labelEn: string,
  from: FaceSource,
  personal = false,
): FaceField => ({
  key,
  labelZh,
  labelEn,
  from,
  ...(personal && { personal: true }),
});

export const PERMANENT: ValidityRule = { kind: 'permanent' };
export const years = (n: number): ValidityRule => ({ kind: 'years', years: n });

// Person faces: name and ID number first, as on the paper certificates.
export const name = field('name', '姓名', 'Name', 'holder.name');
export const idNumber = field('idNumber', '公民身份号码', 'Citizen ID number', 'holder.idNumber', true);
export const gender = field('gender', '性别', 'Gender', 'form:applicant.gender');
export const certificateNumber = field(
  'certificateNumber',
  '证书编号',
  'Certificate number',
  'licenseNumber',
);
export const issuedOn = field('issueDate', '发证日期', 'Date of issue', 'issueDate');
export const validUntil = field('validUntil', '有效期至', 'Valid until', 'validTo');

// Enterprise faces: the subject, its USCC and its legal representative.
export const entName = field('name', '名称', 'Name', 'holder.name');
export const uscc = field('uscc', '统一社会信用代码', 'Unified social credit code', 'holder.idNumber');
export const legalRep = field(
  'legalRep',
  '法定代表人（负责人）',
  'Legal representative',
  'form:enterprise.legalRepName',
);
export const residence = field('address', '住所', 'Registered address', 'form:enterprise.address');
export const premises = field(
  'premisesAddress',
  '经营场所',
  'Business premises',
  'form:business.premisesAddress',
);
export const licenceNumber = field('licenceNumber', '许可证编号', 'Licence number', 'licenseNumber');

export const person = (
  validity: ValidityRule,
  faceFields: FaceField[],
  singlePerHolder = true,
): LicenseFace => ({
  holderType: 'person',
  validity,
  singlePerHolder,
  faceFields,
});
export const enterprise = (
  validity: ValidityRule,
  faceFields: FaceField[],
  singlePerHolder = true,
): LicenseFace => ({
  holderType: 'enterprise',
  validity,
  singlePerHolder,
  faceFields,
});
