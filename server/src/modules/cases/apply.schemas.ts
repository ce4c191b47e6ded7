// The shapes of applying: creating a case (online or at a window), saving a draft, finding a
// walk-in applicant, pre-filling, the applicant's site messages.
import { Type, type Static } from 'typebox';
import { StrictObject } from '../../platform/http/schemas.ts';
import { MaterialChoice, MaterialObject, Uuid } from './cases.schemas.ts';

const Answers = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 }), {
  description: '情形引导问题的回答 {问题: 选项} · Situation answers {questionId: optionId}',
});
const FormData = Type.Record(Type.String(), Type.Unknown(), {
  description: '申请表数据（按实施清单的表单 JSON Schema） · Form data (the version’s form schema)',
});

export const AssistedConsentInput = StrictObject(
  {
    reason: Type.Union([Type.Literal('elderly'), Type.Literal('disabled'), Type.Literal('other')]),
    method: Type.Union([
      Type.Literal('signature'),
      Type.Literal('fingerprint'),
      Type.Literal('verbal-recorded'),
    ]),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { description: '帮办代办：本人同意的方式 · Assisted handling: how the person consented' },
);

const draftFields = {
  answers: Type.Optional(Answers),
  formData: Type.Optional(FormData),
  materials: Type.Optional(
    Type.Array(MaterialChoice, {
      maxItems: 100,
      description: '选用的材料（本人名下的材料对象） · Chosen materials (the subject’s material objects)',
    }),
  ),
  pickupVenueId: Type.Optional(
    Type.Union([Type.String({ maxLength: 64 }), Type.Null()], { description: '出件场所 · Where to pick up' }),
  ),
  commitment: Type.Optional(Type.Boolean({ description: '选择告知承诺制 · Choose notice-and-commitment' })),
};

export const CreateCaseBody = StrictObject({
  implementationCode: Type.String({ minLength: 1, maxLength: 40 }),
  ...draftFields,
  channel: Type.Optional(
    Type.Union(
      [
        Type.Literal('pc'),
        Type.Literal('mobile'),
        Type.Literal('kiosk'),
        Type.Literal('third-party-app'),
        Type.Literal('window'),
        Type.Literal('assisted'),
      ],
      { description: '渠道：申请人 pc/mobile/kiosk/third-party-app；窗口人员 window/assisted · Channel' },
    ),
  ),
  submit: Type.Optional(
    Type.Boolean({ description: '同时提交（否则保存为草稿） · Submit now (else a draft)' }),
  ),
  paperMaterials: Type.Optional(
    Type.Array(Type.String({ maxLength: 40 }), {
      maxItems: 100,
      description:
        '窗口核验的纸质材料（仅窗口、帮办代办） · Materials checked on paper at the window (window and assisted channels only)',
    }),
  ),
  applicant: Type.Optional(
    Type.Union(
      [
        StrictObject({ idNumber: Type.String({ minLength: 1, maxLength: 30 }) }),
        StrictObject({ uscc: Type.String({ minLength: 1, maxLength: 30 }) }),
      ],
      { description: '窗口代为申报：申请人的公民身份号码或统一社会信用代码 · Staff filing: the applicant' },
    ),
  ),
  assistedConsent: Type.Optional(AssistedConsentInput),
  licenseConsent: Type.Optional(
    Type.Boolean({
      description:
        '与 submit 同用：申请人同意本次办事调用其电子证照（免证办；窗口由工作人员记录；默认否） · With submit: the applicant consents to the use of their e-licenses (certificate-free; recorded by the clerk at a window; default false)',
    }),
  ),
});
export type CreateCaseBody = Static<typeof CreateCaseBody>;

export const DraftBody = StrictObject(draftFields);
export type DraftBody = Static<typeof DraftBody>;

export const ApplicantQuery = Type.Object({
  idNumber: Type.Optional(Type.String({ maxLength: 30, description: '公民身份号码 · Citizen ID number' })),
  uscc: Type.Optional(Type.String({ maxLength: 30, description: '统一社会信用代码 · USCC' })),
  implementation: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 40,
      description:
        '实施编码：同时返回申请人持有的、可用于本事项免提交的电子证照 · Implementation code: also return the applicant’s held e-licenses usable for its materials',
    }),
  ),
});

/** A valid e-license the subject holds that can stand in for a material (免证办). */
export const MaterialLicense = Type.Object(
  {
    materialKey: Type.String(),
    licenseId: Uuid,
    typeName: Type.Object({ zh: Type.String(), en: Type.String() }),
    licenseNumber: Type.String({ description: '证照编号（脱敏） · License number (masked)' }),
  },
  { $id: 'CaseMaterialLicense' },
);
export type MaterialLicense = Static<typeof MaterialLicense>;

export const ApplicantFound = Type.Object(
  {
    type: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
    id: Uuid,
    name: Type.String({ description: '脱敏 · Masked (persons)' }),
    idMasked: Type.String(),
    realNameLevel: Type.Union([Type.Integer(), Type.Null()]),
    creditRecords: Type.Integer({ description: '失信（承诺不实）记录数 · Credit records' }),
    licenses: Type.Array(MaterialLicense, {
      description:
        '给出 implementation 时：可用于该事项免提交的有效电子证照（调用须申请人同意） · With `implementation`: held e-licenses usable for its materials (their use needs the applicant’s consent)',
    }),
  },
  { $id: 'ApplicantFound' },
);
export type ApplicantFound = Static<typeof ApplicantFound>;

export const SiteMessage = Type.Object(
  {
    id: Uuid,
    caseId: Type.Union([Uuid, Type.Null()]),
    title: Type.String(),
    body: Type.String(),
    readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SiteMessage' },
);
export type SiteMessage = Static<typeof SiteMessage>;

export const Prefill = Type.Object(
  {
    versionId: Uuid,
    formData: Type.Record(Type.String(), Type.Unknown(), {
      description: '按数据元从档案预填的表单数据 · Form data pre-filled from the profile by data element',
    }),
    reusableMaterials: Type.Array(
      Type.Object({
        materialKey: Type.String(),
        candidates: Type.Array(MaterialObject),
      }),
    ),
    commitmentAvailable: Type.Boolean(),
    creditBlocked: Type.Boolean(),
    licenses: Type.Array(MaterialLicense, {
      description:
        '免证办：本人（或所代理企业）持有的、可代替本事项电子证照类材料的有效证照；提交时 licenseConsent=true 即免于提交 · Certificate-free: valid licenses the subject holds for the e-license materials; submit with licenseConsent=true to use them',
    }),
  },
  { $id: 'CasePrefill' },
);
export type Prefill = Static<typeof Prefill>;
