// The publication rule report: every failing rule with its id and where in the content it fails.
// Shown for "检查发布规则" and for a 422 CATALOG_RULES_FAILED answer to an action, alike.
import { Alert } from 'antd';
import type { RuleFailure } from '../../api/catalog-admin.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.ts';

export function RuleReportView({ failures }: { failures: readonly RuleFailure[] }) {
  const { t, lang } = useI18n();
  if (failures.length === 0)
    return <Alert className="form-alert" type="success" showIcon title={t('ca.rules.ok')} />;
  return (
    <div className="ca-rule-report" data-testid="rule-report">
      <Alert
        className="form-alert"
        type="error"
        showIcon
        title={t('ca.rules.failed', { n: failures.length })}
      />
      <DataTable<RuleFailure>
        label={t('a11y.table', { name: t('ca.rules.title') })}
        size="small"
        rows={failures}
        rowKey={(f) => `${f.rule}|${f.path}|${f.zh}`}
        columns={[
          { key: 'problem', title: t('ca.col.problem'), render: (f) => (lang === 'zh-CN' ? f.zh : f.en) },
          { key: 'rule', title: t('ca.col.rule'), render: (f) => <code>{f.rule}</code> },
          { key: 'path', title: t('ca.col.path'), render: (f) => <code>{f.path}</code> },
        ]}
      />
    </div>
  );
}

/**
 * Failures out of a 422 problem's errors in the report's shape. The server writes each message
 * as `<rule id>: <English text>` and the Chinese text as messageZh.
 */
export function failuresOfProblem(
  errors: readonly { path: string; message: string; messageZh?: string }[],
): RuleFailure[] {
  return errors.map((e) => {
    const m = /^([a-z0-9-]+): (.*)$/s.exec(e.message);
    const en = m?.[2] ?? e.message;
    return { rule: m?.[1] ?? '—', path: e.path, zh: e.messageZh ?? en ?? e.message, en: en ?? e.message };
  });
}
