// "检查发布规则": runs the publication rules on the saved content and lists every failure.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { checkVersion, type RuleReport } from '../../api/catalog-admin.ts';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { RuleReportView } from './RuleReportView.tsx';

interface RuleCheckProps {
  versionId: string;
  onReport?: (report: RuleReport) => void;
  disabled?: boolean;
}

export function RuleCheck({ versionId, onReport, disabled }: RuleCheckProps) {
  const { t, lang } = useI18n();
  const check = useMutation({ mutationFn: () => checkVersion(versionId), onSuccess: onReport });
  return (
    <section className="ca-rule-check" aria-labelledby={`rules-${versionId}`}>
      <h2 id={`rules-${versionId}`} className="visually-hidden">
        {t('ca.rules.title')}
      </h2>
      <Button
        icon={<SafetyCertificateOutlined aria-hidden />}
        loading={check.isPending}
        disabled={disabled}
        onClick={() => check.mutate()}
      >
        {t('ca.check')}
      </Button>
      {check.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(check.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      {check.data && <RuleReportView failures={check.data.failures} />}
    </section>
  );
}
