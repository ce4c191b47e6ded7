// The publication rules about filled-in elements and flags: completeness, licensing steps,
// notice-and-commitment, agencies, fees, the result's e-license and special procedures.
import { LICENSING_ITEM_TYPE, LICENSING_REQUIRED_STEPS } from './codes.ts';
import type { ImplementationContent } from './content.ts';
import type { RuleContext } from './rules.ts';
import { isLicenseTypeCode, type Fail } from './rules-structure.ts';

export const blank = (s: string | undefined | null) => s === undefined || s === null || s.trim() === '';

export function checkCompleteness(c: ImplementationContent, fail: Fail) {
  const need = (ok: boolean, path: string, zh: string, en: string) =>
    ok || fail('completeness', path, `${zh}不能为空`, `${en} is required`);
  need(c.legalBasis.length > 0, 'legalBasis', '设定依据', 'a legal basis');
  need(c.serviceTargets.length > 0, 'serviceTargets', '服务对象', 'a service target');
  need(c.procedure.length > 0, 'procedure', '办理流程', 'a procedure step');
  need(!blank(c.result.name), 'result.name', '办理结果名称', 'the result name');
  need(!blank(c.consultationPhone), 'consultationPhone', '咨询电话', 'the consultation phone');
  need(!blank(c.supervisionPhone), 'supervisionPhone', '监督投诉电话', 'the supervision phone');
  for (const q of c.questions) {
    // A question with fewer than two answers cannot narrow anything, and with none the guide
    // could never be completed.
    if (q.options.length < 2) {
      fail(
        'completeness',
        `questions[id=${q.id}].options`,
        '情形问题至少需要两个选项',
        'a situation question needs at least two options',
      );
    }
  }
  for (const m of c.materials) {
    need(!blank(m.name), `materials[id=${m.id}].name`, '材料名称', 'the material name');
    need(
      !blank(m.acceptanceStandard),
      `materials[id=${m.id}].acceptanceStandard`,
      '受理标准',
      'the acceptance standard',
    );
  }
}

export function checkFlags(c: ImplementationContent, ctx: RuleContext, fail: Fail) {
  if (c.itemType === LICENSING_ITEM_TYPE) {
    const codes = new Set(c.procedure.map((s) => s.code));
    for (const step of LICENSING_REQUIRED_STEPS) {
      if (!codes.has(step.code))
        fail(
          'licensing-steps',
          'procedure',
          `行政许可事项缺少“${step.zh}”环节`,
          `a licensing item needs the step ${step.code}`,
        );
    }
  }
  if (c.conditions.some((x) => x.commitmentAllowed) && !c.commitment) {
    fail(
      'commitment',
      'commitment',
      '有可承诺的受理条件，须填写告知承诺书与核查办法',
      'conditions allow commitment: the commitment text and verification plan are needed',
    );
  }
  if (c.commitment && blank(c.commitment.text))
    fail('commitment', 'commitment.text', '承诺书内容不能为空', 'the commitment text is required');
  if (c.commitment && blank(c.commitment.verificationPlan)) {
    fail(
      'commitment',
      'commitment.verificationPlan',
      '核查办法不能为空',
      'the verification plan is required',
    );
  }
  if (c.supervisingAgencyId !== null && !ctx.agencyIds.has(c.supervisingAgencyId)) {
    fail(
      'agencies',
      'supervisingAgencyId',
      `监督部门 ${c.supervisingAgencyId} 不存在`,
      `agency ${c.supervisingAgencyId} does not exist`,
    );
  }
  c.coImplementingAgencyIds.forEach((id, i) => {
    if (!ctx.agencyIds.has(id))
      fail(
        'agencies',
        `coImplementingAgencyIds[${i}]`,
        `联办部门 ${id} 不存在`,
        `agency ${id} does not exist`,
      );
  });
  if (c.fee.charged && c.fee.items.length === 0)
    fail('fees', 'fee.items', '收费事项须列出收费项目', 'a charged item lists its fees');
  if (!c.fee.charged && c.fee.items.length > 0)
    fail('fees', 'fee.items', '不收费事项不应有收费项目', 'a free item has no fee items');
  if (
    c.result.type === 'certificate' &&
    c.result.licenseType !== undefined &&
    !isLicenseTypeCode(c.result.licenseType)
  ) {
    fail(
      'result-license',
      'result.licenseType',
      '电子证照类型代码无效（制定单位统一社会信用代码+3位数字）',
      'invalid license type code (defining body USCC + 3 digits)',
    );
  }
  c.specialProcedures.forEach((p, i) => {
    if (c.specialProcedures.findIndex((q) => q.kind === p.kind) < i) {
      fail(
        'special-procedures',
        `specialProcedures[${i}].kind`,
        `特别程序 ${p.kind} 重复`,
        `special procedure ${p.kind} is listed twice`,
      );
    }
  });
}
