// 新生儿出生一件事 and 入学一件事 in 河西区. The birth certificate comes first (the household
// registration reads it), then the household registration (the insurance enrolment and the social
// security card read the new citizen ID); a child of non-local parents enrols after a parent's
// 居住证 is issued (the enrolment checks it).
import { HEXI, HEXI_VENUE, HOTLINE, member, type SeedBundle, yesNo } from './members.ts';

export const BIRTH: SeedBundle = {
  regionCode: HEXI,
  serial: 1,
  content: {
    name: '新生儿出生一件事',
    target: 'person',
    lifeEvent: 'birth',
    summary:
      '新生儿在本市助产机构出生、随母亲在河西区落户的，父母一次申请即可办理出生医学证明、出生登记（户口）、城乡居民医保参保登记，并可选择同时申领社会保障卡。出生医学证明和户口簿电子证照自动共享，只需到窗口一次领取户口簿。',
    leadAgencyId: 'hx-zwfwb',
    promisedLimit: { value: 15, unit: 'working-days' },
    questions: [yesNo('card', '是否为新生儿申领社会保障卡', '是，同时申领', '否，暂不申领')],
    members: [
      member('birth-certificate', 'tj-wjw', '出生医学证明签发', {
        answers: { kind: 'first', place: 'hospital' },
        note: '由出生的助产机构签发，电子证照同步推送',
      }),
      member('birth-registration', 'hx-gafj', '出生登记（户口）', {
        after: ['birth-certificate'],
        answers: { follow: 'mother', marriage: 'married' },
        note: '随父亲落户或父母未办理结婚登记的，请单独申请出生登记',
      }),
      member('medical-insurance', 'tj-ybj', '城乡居民基本医疗保险参保登记', {
        after: ['birth-registration'],
        answers: { who: 'newborn' },
      }),
      member('social-security-card', 'hx-rsj', '社会保障卡申领', {
        after: ['birth-registration'],
        when: { card: ['yes'] },
        answers: { kind: 'first', who: 'guardian' },
        note: '由监护人代为申领，制卡后邮寄或到窗口领取',
      }),
    ],
    visits: 1,
    venueIds: [HEXI_VENUE],
    consultationPhone: HOTLINE,
    keywords: ['出生一件事', '新生儿', '生孩子', '上户口', '出生证', '医保', '社保卡'],
  },
};

export const SCHOOL: SeedBundle = {
  regionCode: HEXI,
  serial: 6,
  content: {
    name: '入学一件事',
    target: 'person',
    lifeEvent: 'school-enrolment',
    summary:
      '适龄儿童上小学一年级，家长一次申请完成入学登记；非本市户籍的随迁子女，家长尚未取得天津市居住证的，同时申领居住证，居住证签发后自动提交入学登记。户籍、房产、居住证等信息共享核验；只有首次申领居住证的家长须到现场采集一次照片和指纹。',
    leadAgencyId: 'hx-zwfwb',
    promisedLimit: { value: 30, unit: 'working-days' },
    questions: [
      {
        id: 'household',
        text: '儿童户籍情况',
        // 随迁子女 first: the family the bundle saves most for, and whose savings the portal quotes.
        options: [
          { id: 'migrant', label: '非本市户籍（随迁子女）' },
          { id: 'local', label: '本市户籍，户籍与实际居住地一致' },
          { id: 'split', label: '本市户籍，人户分离' },
        ],
      },
      {
        ...yesNo('permit', '家长是否需要申领天津市居住证', '需要申领', '已持有有效居住证'),
        when: { household: ['migrant'] },
      },
    ],
    members: [
      member('residence-permit', 'hx-gafj', '居住证申领', {
        when: { household: ['migrant'], permit: ['yes'] },
        answers: { basis: 'job', kind: 'new' },
        note: '以家长在本市合法稳定就业为条件申领',
      }),
      member('enrolment-local', 'tj-jw', '小学一年级新生入学登记', {
        when: { household: ['local'] },
        answers: { household: 'local' },
      }),
      member('enrolment-split', 'tj-jw', '小学一年级新生入学登记', {
        when: { household: ['split'] },
        answers: { household: 'split' },
        note: '人户分离的，按实际居住地房产信息登记',
      }),
      member('enrolment-migrant', 'tj-jw', '小学一年级新生入学登记', {
        after: ['residence-permit'],
        when: { household: ['migrant'] },
        answers: { household: 'migrant' },
        note: '随迁子女入学，核验家长居住证和就业信息',
      }),
    ],
    // The 居住证's photo and fingerprints are taken in person: the worst case is one visit.
    visits: 1,
    venueIds: [HEXI_VENUE],
    consultationPhone: HOTLINE,
    keywords: ['入学一件事', '上小学', '小学入学', '一年级', '随迁子女', '居住证'],
  },
};
