// Request and response shapes of the e-seal routes beyond SealSummary (licenses.schemas.ts).
import { Type, type Static } from 'typebox';
import { ListQuery, StrictObject } from '../../platform/http/schemas.ts';
import { SealTypeCode, Uuid } from './licenses.schemas.ts';
import { SEAL_PICTURE_MAX_BASE64 } from './png-picture.ts';

/** A seal lasts at most five years (then a new one is made with a new key). */
export const SEAL_MAX_YEARS = 5;

export const CreateSealBody = StrictObject(
  {
    agencyId: Type.String({ minLength: 1, maxLength: 64, description: '用章机构 · The agency' }),
    sealType: SealTypeCode,
    validTo: Type.String({
      format: 'date-time',
      description: `有效期截止时间（晚于现在，至多 ${SEAL_MAX_YEARS} 年） · End of validity: in the future, at most ${SEAL_MAX_YEARS} years`,
    }),
    picturePng: Type.Optional(
      Type.String({
        maxLength: SEAL_PICTURE_MAX_BASE64,
        description:
          '上传的印章图片（PNG，Base64，不超过 512 KB）；不传则按机构名称生成红色圆形印章 · An uploaded PNG (base64, at most 512 KB); absent: a red round seal is drawn with the agency’s name',
      }),
    ),
  },
  { $id: 'CreateSealBody' },
);
export type CreateSealBody = Static<typeof CreateSealBody>;

export const RevokeSealBody = StrictObject({
  reason: Type.String({ minLength: 2, maxLength: 200, description: '注销原因 · Why the seal is revoked' }),
});
export type RevokeSealBody = Static<typeof RevokeSealBody>;

export const SealsQuery = Type.Object({
  agencyId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: '机构 · Agency' })),
  ...ListQuery,
});
export type SealsQuery = Static<typeof SealsQuery>;

export const SealUsesQuery = Type.Object({ ...ListQuery });
export type SealUsesQuery = Static<typeof SealUsesQuery>;

export const SealUseEntry = Type.Object(
  {
    id: Uuid,
    purpose: Type.String({ description: '用途，如 license-issue · Purpose, e.g. license-issue' }),
    resourceType: Type.String(),
    resourceId: Type.String(),
    dataSm3: Type.String({ description: '所签文件的 SM3 摘要 · SM3 of the signed document' }),
    actorType: Type.String(),
    actorId: Type.Union([Type.String(), Type.Null()]),
    at: Type.String({ format: 'date-time' }),
  },
  { $id: 'SealUseEntry' },
);
export type SealUseEntry = Static<typeof SealUseEntry>;
