// Header facts of a staff case: status and urgency tags, what is still outstanding, and the
// applicant, channel and due dates (the citizen ID arrives masked from the server).
import { Descriptions, Tag } from 'antd';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import type { CaseDetail } from './api.ts';
import { CHANNEL_LABELS } from './codes.ts';
import { StatusTag } from './StatusTag.tsx';
import { UrgencyMark } from './UrgencyMark.tsx';

export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const items = [
    { key: 'item', label: t('wc.detail.item'), children: <span lang={zh}>{detail.itemName}</span> },
    { key: 'agency', label: t('wc.detail.agency'), children: <span lang={zh}>{detail.agencyName}</span> },
    {
      key: 'applicant',
      label: t('wc.detail.applicant'),
      children: (
        <span>
          {detail.applicantName} <Tag>{t(`wc.detail.applicantType.${detail.applicantType}`)}</Tag>
        </span>
      ),
    },
    { key: 'applicantId', label: t('wc.detail.applicantId'), children: detail.applicantIdMasked },
    {
      key: 'channel',
      label: t('wc.detail.channel'),
      children: codeLabel(CHANNEL_LABELS, detail.channel, lang),
    },
    { key: 'receivedOn', label: t('wc.detail.receivedOn'), children: detail.receivedOn ?? '—' },
    {
      key: 'acceptedOn',
      label: t('wc.detail.acceptedOn'),
      children: (
        <span>
          {detail.acceptedOn ?? '—'}{' '}
          {detail.deemedAccepted && <Tag className="ctag ctag-warn">{t('wc.detail.deemed')}</Tag>}
        </span>
      ),
    },
    { key: 'promisedDue', label: t('wc.detail.promisedDue'), children: detail.promisedDue ?? '—' },
    { key: 'statutoryDue', label: t('wc.detail.statutoryDue'), children: detail.statutoryDue ?? '—' },
    ...(detail.deficiencyDue
      ? [{ key: 'deficiencyDue', label: t('wc.detail.deficiencyDue'), children: detail.deficiencyDue }]
      : []),
    ...(detail.commitment
      ? [{ key: 'commitment', label: t('wc.detail.commitment'), children: t('wc.detail.yes') }]
      : []),
    ...(detail.decision
      ? [
          {
            key: 'decision',
            label: t('wc.detail.decision'),
            children: (
              <span>
                {t(`wc.detail.decision.${detail.decision}`)}{' '}
                {detail.onTime != null && (
                  <Tag className={detail.onTime ? 'ctag ctag-ok' : 'ctag ctag-required'}>
                    {t(detail.onTime ? 'wc.detail.onTime' : 'wc.detail.late')}
                  </Tag>
                )}
              </span>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <div className="wc-header-tags" data-testid="case-status">
        <StatusTag status={detail.status} />
        <UrgencyMark urgency={detail.urgency} />
        {detail.paused && <Tag className="ctag ctag-cross">{t('wc.detail.paused')}</Tag>}
      </div>
      {detail.outstandingMaterials.length > 0 && (
        <p className="wc-muted">
          {t('wc.detail.outstanding', {
            list: detail.outstandingMaterials
              .map((k) => detail.materials.find((m) => m.materialKey === k)?.name ?? k)
              .join('、'),
          })}
        </p>
      )}
      <Descriptions
        className="me-descriptions"
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={items}
      />
    </>
  );
}
