// What each license type of the demo catalogue prints (照面信息), who holds it, how long it is
// valid and whether a holder may hold several (persons here, enterprises in
// license-faces-business.ts). `form:` sources are data-element keys the forms of the
// implementations yielding the type actually use, so a license issued on a case is filled from
// the case. A face field's key is the `sourceField` of the data elements pre-filled from this type
// (data-elements*.ts: e.g. applicant.drivingLicenceNumber ← fileNumber), so pre-fill from a held
// license reads `license.face[sourceField]`.
import { LT } from '../../catalog/seed/persons/license-types.ts';
import {
  certificateNumber,
  field,
  gender,
  idNumber,
  issuedOn,
  name,
  PERMANENT,
  person,
  validUntil,
  years,
  type LicenseFace,
} from './license-face-parts.ts';
import { BUSINESS_LICENSE_FACES } from './license-faces-business.ts';

export type { LicenseFace };

/** By license type code (the catalog's LT / BLT maps). */
export const LICENSE_FACES: Record<string, LicenseFace> = {
  ...BUSINESS_LICENSE_FACES,
  [LT.householdRegister]: person(PERMANENT, [
    name,
    idNumber,
    field('address', '户籍地址', 'Registered household address', 'form:applicant.householdAddress', true),
    issuedOn,
  ]),
  [LT.residencePermit]: person(years(1), [
    name,
    gender,
    idNumber,
    field('address', '居住地址', 'Address of residence', 'form:applicant.address', true),
    field('residenceSince', '来津居住日期', 'Resident in Tianjin since', 'form:applicant.residenceSince'),
    issuedOn,
    validUntil,
  ]),
  [LT.drivingLicence]: person(years(6), [
    name,
    field('licenceId', '证号', 'Licence no.', 'holder.idNumber', true),
    field('class', '准驾车型', 'Vehicle class', 'form:vehicle.licenceClass'),
    field('fileNumber', '档案编号', 'File number', 'form:applicant.drivingLicenceNumber'),
    field('validFrom', '有效起始日期', 'Valid from', 'issueDate'),
    validUntil,
  ]),
  [LT.birthCertificate]: person(PERMANENT, [
    field('childName', '新生儿姓名', "Newborn's name", 'form:child.name'),
    field('childGender', '性别', 'Gender', 'form:child.gender'),
    field('birthDate', '出生时间', 'Date of birth', 'form:child.birthDate'),
    field('birthPlace', '出生地点', 'Place of birth', 'form:child.birthPlace'),
    field('institution', '接生机构', 'Delivering institution', 'form:child.hospital'),
    field('parentName', '申领人（父或母）', 'Applicant (parent)', 'holder.name'),
    field('spouseName', '另一方父母姓名', 'Other parent', 'form:spouse.name'),
    field('certificateNumber', '出生医学证明编号', 'Certificate number', 'licenseNumber'),
    issuedOn,
  ]),
  [LT.marriageCertificate]: person(
    PERMANENT,
    [
      name,
      idNumber,
      field('spouseName', '配偶姓名', "Spouse's name", 'form:spouse.name'),
      field('spouseIdNumber', '配偶身份证件号', "Spouse's ID number", 'form:spouse.idNumber', true),
      field('certificateNumber', '结婚证字号', 'Certificate number', 'licenseNumber'),
      field('date', '登记日期', 'Date of registration', 'issueDate'),
    ],
    // Remarriage after a divorce is a new marriage, not a new version of the old certificate.
    false,
  ),
  [LT.divorceCertificate]: person(
    PERMANENT,
    [
      name,
      idNumber,
      field('spouseName', '原配偶姓名', 'Former spouse', 'form:spouse.name'),
      field('spouseIdNumber', '原配偶身份证件号', "Former spouse's ID number", 'form:spouse.idNumber', true),
      field('certificateNumber', '离婚证字号', 'Certificate number', 'licenseNumber'),
      field('date', '登记日期', 'Date of registration', 'issueDate'),
    ],
    false,
  ),
  [LT.seniorCard]: person(PERMANENT, [
    name,
    idNumber,
    field('birthDate', '出生日期', 'Date of birth', 'form:applicant.birthDate'),
    field('address', '住址', 'Address', 'form:applicant.address', true),
    issuedOn,
  ]),
  [LT.socialSecurityCard]: person(years(10), [
    name,
    gender,
    field('nation', '民族', 'Ethnicity', 'form:applicant.nation'),
    // 社会保障号码 is the citizen ID number.
    field('socialSecurityNumber', '社会保障号码', 'Social security number', 'holder.idNumber', true),
    issuedOn,
    validUntil,
  ]),
  [LT.employmentCard]: person(PERMANENT, [
    name,
    idNumber,
    field('education', '文化程度', 'Education', 'form:applicant.education'),
    field('employer', '工作单位', 'Employer', 'form:applicant.employer'),
    certificateNumber,
    issuedOn,
  ]),
  [LT.realEstateCertificate]: person(
    PERMANENT,
    [
      field('certificateNumber', '不动产权证书号', 'Certificate number', 'licenseNumber'),
      field('owner', '权利人', 'Right holder', 'holder.name'),
      idNumber,
      field('location', '坐落', 'Location', 'form:property.address'),
      field('unitNumber', '不动产单元号', 'Real estate unit number', 'form:property.unitNumber'),
      field('use', '用途', 'Use', 'form:property.use'),
      field('area', '面积（平方米）', 'Area (m²)', 'form:property.area'),
      field('registeredOn', '登记日期', 'Date of registration', 'issueDate'),
    ],
    // One certificate per property: a second flat is another certificate.
    false,
  ),
  [LT.teacherCertificate]: person(PERMANENT, [
    name,
    gender,
    idNumber,
    field('education', '学历', 'Education', 'form:applicant.education'),
    certificateNumber,
    issuedOn,
  ]),
  [LT.disabilityCertificate]: person(PERMANENT, [
    name,
    gender,
    field('certificateNumber', '残疾人证号', 'Certificate number', 'licenseNumber'),
    field('level', '残疾等级', 'Disability level', 'form:applicant.disabilityLevel'),
    field('address', '住址', 'Address', 'form:applicant.address', true),
    issuedOn,
  ]),
};
