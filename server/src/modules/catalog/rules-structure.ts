// The publication rules about the content's inner structure: local ids and the `when`
// references between questions, conditions and materials, and where each material comes from.
import { isValidUscc } from '../../platform/identifiers/uscc.ts';
import type { AppliesWhen, ImplementationContent } from './content.ts';

export type Fail = (rule: string, path: string, zh: string, en: string) => void;

/** A GB/T 36904 license type code: the defining body's USCC (check-valid) + 3 digits. */
export const isLicenseTypeCode = (code: string | undefined): boolean =>
  code !== undefined && /^[0-9A-HJ-NPQRTUWXY]{18}\d{3}$/.test(code) && isValidUscc(code.slice(0, 18));

function checkUnique(ids: string[], path: string, what: { zh: string; en: string }, fail: Fail) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      fail('references', `${path}[id=${id}]`, `${what.zh}编号 ${id} 重复`, `duplicate ${what.en} id ${id}`);
    seen.add(id);
  }
}

export function checkReferences(c: ImplementationContent, fail: Fail): void {
  checkUnique(
    c.questions.map((q) => q.id),
    'questions',
    { zh: '问题', en: 'question' },
    fail,
  );
  for (const q of c.questions) {
    checkUnique(
      q.options.map((o) => o.id),
      `questions[id=${q.id}].options`,
      { zh: '选项', en: 'option' },
      fail,
    );
  }
  checkUnique(
    c.materials.map((m) => m.id),
    'materials',
    { zh: '材料', en: 'material' },
    fail,
  );
  checkUnique(
    c.conditions.map((x) => x.id),
    'conditions',
    { zh: '受理条件', en: 'condition' },
    fail,
  );
  checkUnique(
    c.procedure.map((s) => s.id),
    'procedure',
    { zh: '办理环节', en: 'step' },
    fail,
  );

  const checkWhen = (
    when: AppliesWhen | undefined,
    path: string,
    visible: readonly ImplementationContent['questions'][number][],
  ) => {
    for (const [questionId, optionIds] of Object.entries(when ?? {})) {
      const question = visible.find((q) => q.id === questionId);
      if (!question) {
        fail(
          'references',
          `${path}.when.${questionId}`,
          `适用情形引用了不存在或不在前面的问题 ${questionId}`,
          `when names question ${questionId}, which does not exist or does not come earlier`,
        );
        continue;
      }
      for (const optionId of optionIds) {
        if (!question.options.some((o) => o.id === optionId)) {
          fail(
            'references',
            `${path}.when.${questionId}`,
            `问题 ${questionId} 没有选项 ${optionId}`,
            `question ${questionId} has no option ${optionId}`,
          );
        }
      }
    }
  };
  // A question may depend only on earlier questions, so the guide can be answered top-down.
  c.questions.forEach((q, i) => checkWhen(q.when, `questions[id=${q.id}]`, c.questions.slice(0, i)));
  for (const x of c.conditions) checkWhen(x.when, `conditions[id=${x.id}]`, c.questions);
  for (const m of c.materials) checkWhen(m.when, `materials[id=${m.id}]`, c.questions);
}

export function checkMaterialSources(c: ImplementationContent, fail: Fail): void {
  const rule = 'material-source';
  for (const m of c.materials) {
    const at = `materials[id=${m.id}]`;
    const has = (v: string | undefined) => v !== undefined && v.trim() !== '';
    if (m.source === 'e-license' && !isLicenseTypeCode(m.licenseType)) {
      fail(
        rule,
        `${at}.licenseType`,
        '电子证照材料须填写有效的证照类型代码（制定单位统一社会信用代码+3位数字）',
        'an e-license material needs a valid license type code (defining body USCC + 3 digits)',
      );
    }
    if (m.source === 'shared-data' && !has(m.sharedDataset)) {
      fail(
        rule,
        `${at}.sharedDataset`,
        '共享数据材料须填写共享数据集',
        'a shared-data material needs the shared dataset',
      );
    }
    if (m.source !== 'e-license' && m.licenseType !== undefined) {
      fail(
        rule,
        `${at}.licenseType`,
        '只有电子证照材料可以填写证照类型',
        'only e-license materials have a license type',
      );
    }
    if (m.source !== 'shared-data' && m.sharedDataset !== undefined) {
      fail(
        rule,
        `${at}.sharedDataset`,
        '只有共享数据材料可以填写共享数据集',
        'only shared-data materials have a dataset',
      );
    }
    const situational = m.requirement === 'situational';
    const hasWhen = m.when !== undefined && Object.keys(m.when).length > 0;
    if (situational && !hasWhen) {
      fail(
        rule,
        `${at}.when`,
        '情形必要材料须指明适用情形',
        'a situational material needs its situation (when)',
      );
    }
    if (!situational && m.when !== undefined) {
      fail(
        rule,
        `${at}.when`,
        '必要或非必要材料不应设适用情形，请改为情形必要',
        'only situational materials have a when; make it situational',
      );
    }
  }
}
