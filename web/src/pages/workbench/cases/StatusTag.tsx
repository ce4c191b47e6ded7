// A case status as a coloured tag with its label.
import { Tag } from 'antd';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { CASE_STATUS_LABELS, STATUS_CLASSES } from './codes.ts';

export function StatusTag({ status }: { status: string }) {
  const { lang } = useI18n();
  return (
    <Tag className={`ctag ${STATUS_CLASSES[status] ?? ''} wc-status`} data-status={status}>
      {codeLabel(CASE_STATUS_LABELS, status, lang)}
    </Tag>
  );
}
