// 教育 (市教委): first-grade enrolment registration (a public service run city-wide through the
// online enrolment system) and the teacher qualification (教师资格认定, an administrative licence,
// so its procedure carries all five licensing steps).
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  CITY,
  cityVenue,
  f,
  householdRegister,
  idCard,
  law,
  limit,
  material,
  nearbyEverywhere,
  step,
} from './common.ts';
import { LT } from './license-types.ts';

const firstGrade: BasicItemContent = {
  name: '小学一年级新生入学登记',
  basicCode: '000620001000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国义务教育法》',
      '第十一条',
      '凡年满六周岁的儿童，其父母或者其他法定监护人应当送其入学接受并完成义务教育；条件不具备的地区的儿童，可以推迟到七周岁。',
    ),
    law(
      '《中华人民共和国义务教育法》',
      '第十二条',
      '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。父母或者其他法定监护人在非户籍所在地工作或者居住的适龄儿童、少年，在其父母或者其他法定监护人工作或者居住地接受义务教育的，当地人民政府应当为其提供平等接受义务教育的条件。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['education'],
};

const teacherQualification: BasicItemContent = {
  name: '教师资格认定',
  basicCode: '000601002000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国教师法》',
      '第十三条',
      '中小学教师资格由县级以上地方人民政府教育行政部门认定。中等专业学校、技工学校的教师资格由县级以上地方人民政府教育行政部门组织有关主管部门认定。',
    ),
    law(
      '《教师资格条例》',
      '第十四条',
      '认定教师资格，应当由本人提出申请。教育行政部门和受委托的高等学校每年春季、秋季各受理一次教师资格认定申请。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['education', 'employment'],
};

export const EDUCATION_ITEMS = [firstGrade, teacherQualification];

export const EDUCATION_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-jw',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(firstGrade, {
      caseType: '2',
      statutoryLimit: limit(30, 'natural-days'),
      promisedLimit: limit(20, 'natural-days'),
      limitNote: '每年5月至6月集中网上登记，7月中旬前公布录取结果',
      questions: [
        {
          id: 'household',
          text: '儿童户籍情况',
          options: [
            { id: 'local', label: '本市户籍，户籍与实际居住地一致' },
            { id: 'split', label: '本市户籍，人户分离' },
            { id: 'migrant', label: '非本市户籍（随迁子女）' },
          ],
        },
      ],
      conditions: [
        { id: 'age', text: '当年8月31日前年满6周岁的适龄儿童' },
        { id: 'district', text: '按户籍、房产所在学区划片就近入学；随迁子女按居住证所在区统筹安排' },
      ],
      materials: [
        householdRegister('household-register', '儿童及父母'),
        material('birth-cert', '出生医学证明', '电子证照库调取', {
          source: 'e-license',
          licenseType: LT.birthCertificate,
          format: 'electronic',
          originals: 0,
        }),
        material('property', '父母或儿童名下的不动产权证书', '电子证照库调取；产权地址须在学区范围内', {
          requirement: 'situational',
          when: { household: ['local', 'split'] },
          source: 'e-license',
          licenseType: LT.realEstateCertificate,
          format: 'electronic',
          originals: 0,
        }),
        material('residence-permit', '父母一方的天津市居住证', '电子证照库调取，须在有效期内', {
          requirement: 'situational',
          when: { household: ['migrant'] },
          source: 'e-license',
          licenseType: LT.residencePermit,
          format: 'electronic',
          originals: 0,
        }),
        material('employment', '父母一方在津就业或社保缴纳证明', '社保缴费记录通过共享数据核验', {
          requirement: 'situational',
          when: { household: ['migrant'] },
          source: 'shared-data',
          sharedDataset: 'social-insurance-payment',
          format: 'electronic',
          originals: 0,
        }),
        material('vaccination', '预防接种证', '入学报到时交学校查验', {
          requirement: 'optional',
          issuer: '接种单位',
          deficiencyAllowed: true,
        }),
      ],
      procedure: [
        step('accept', '网上登记', 'system', 0, '家长在“天津市义务教育入学服务平台”填报'),
        step('review', '学校审核', 'reviewer', 10, '学校核对户籍、房产或居住证信息，必要时现场核验'),
        step('decide', '派位录取', 'approver', 10, '区教育局统筹划片、派位'),
        step('conclude', '办结', 'system', 0),
        step('deliver', '发送录取通知', 'system', 0, '短信及平台推送录取结果'),
      ],
      result: { type: 'document', name: '小学一年级新生入学通知' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '6',
      acceptingVenues: [cityVenue(['SL03'], 'comprehensive'), ...nearbyEverywhere('delegated-acceptance', 1)],
      cityWide: false,
      faqs: [
        {
          question: '孩子上小学要去学校排队登记吗？',
          answer: '不需要，入学登记全部网上办理，信息能共享核验的无需提交纸质材料。',
        },
        {
          question: '外地户口孩子能在天津上小学吗？',
          answer: '父母一方持有效居住证并在津稳定就业或居住的，可按居住地所在区政策申请入学。',
        },
        {
          question: '人户分离怎么办？',
          answer: '按各区当年招生政策，以实际居住房产所在学区安排，具体以区教育局公布为准。',
        },
      ],
      keywords: ['上学', '入学', '小学入学', '一年级', '学区', '幼升小', '随迁子女', '上小学', '小学报名'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('agent.relation', true, { title: '与儿童关系' }),
        f('child.name'),
        f('child.gender'),
        f('child.birthDate'),
        f('child.citizenId'),
        f('child.kindergarten', false),
        f('applicant.householdAddress'),
        f('applicant.address'),
        f('application.schoolDistrict', false),
      ],
    }),
  },
  {
    agencyId: 'tj-jw',
    regionCode: CITY,
    serial: 2,
    content: implementationOf(teacherQualification, {
      caseType: '2',
      statutoryLimit: limit(30, 'natural-days'),
      promisedLimit: limit(20, 'natural-days'),
      limitNote: '每年春季、秋季集中受理，时限自受理截止之日起计算',
      questions: [
        {
          id: 'level',
          text: '申请的教师资格种类',
          options: [
            { id: 'kindergarten', label: '幼儿园、小学、初级中学教师资格' },
            { id: 'senior', label: '高级中学、中等职业学校教师资格' },
          ],
        },
      ],
      conditions: [
        { id: 'exam', text: '中小学教师资格考试合格或符合免考条件，取得合格证明' },
        { id: 'mandarin', text: '普通话水平达到二级乙等及以上标准', commitmentAllowed: true },
        { id: 'health', text: '经指定医院体检合格' },
      ],
      materials: [
        idCard(),
        material('exam-cert', '中小学教师资格考试合格证明', '通过全国教师资格考试系统核验', {
          source: 'shared-data',
          sharedDataset: 'teacher-exam',
          format: 'electronic',
          originals: 0,
        }),
        material('degree', '学历证书', '通过学信网共享数据核验；境外学历提交认证报告', {
          source: 'shared-data',
          sharedDataset: 'higher-education-degree',
          format: 'electronic',
          originals: 0,
        }),
        material('health', '《申请认定教师资格人员体格检查表》', '指定医院体检，结论为合格', {
          issuer: '指定体检医院',
        }),
        material('photo', '近期一寸白底免冠彩色照片', '电子照片，网上报名时上传', {
          format: 'electronic',
          originals: 1,
        }),
      ],
      procedure: [
        step('accept', '受理', 'window-clerk', 5, '网上报名后现场确认或网上核验'),
        step('review', '审核', 'reviewer', 10, '审查学历、考试、普通话和体检情况'),
        step('decide', '审批', 'approver', 5, '教育行政部门作出认定决定'),
        step('conclude', '办结', 'system', 0),
        step('deliver', '送达', 'window-clerk', 0, '邮寄或窗口领取教师资格证书'),
      ],
      result: { type: 'certificate', name: '教师资格证书', licenseType: LT.teacherCertificate },
      handlingModes: ['1', '2'],
      visits: 1,
      visitsReason: '须到指定医院体检并领取纸质证书（邮寄的除外）',
      onlineDepth: '4',
      onlineUrl: 'https://www.jszg.edu.cn',
      acceptingVenues: [cityVenue(['SL03'], 'comprehensive')],
      cityWide: true,
      commitment: {
        text: '本人承诺普通话水平已达到申请教师资格种类规定的等级标准，无《教师资格条例》规定不得认定的情形，如有不实，愿被撤销教师资格并承担相应责任。',
        verificationPlan:
          '认定机构在发证前通过国家普通话水平测试信息系统比对等级证书信息，不一致的不予认定；已认定的发现虚假承诺依法撤销。',
      },
      lists: ['administrative-licensing', 'power-responsibility'],
      keywords: ['教师资格证', '考教师', '教资认定', '当老师'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.education'),
        f('applicant.gender'),
        f('applicant.employer', false),
      ],
    }),
  },
];
