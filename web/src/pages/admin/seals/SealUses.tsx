// Every signature a seal made (purpose, signed object, the document's SM3, time), newest first:
// the seal administrator's record that each use was legitimate.
import { Button } from 'antd';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { useSealUses, type SealSummary } from './api.ts';

export function SealUses({ seal, onClose }: { seal: SealSummary; onClose: () => void }) {
  const { t, lang } = useI18n();
  const uses = useSealUses(seal.id);
  return (
    <div className="lic-subform" data-testid="seal-uses">
      <h3 className="lic-subtitle">{t('seal.usesTitle', { esId: seal.esId })}</h3>
      {uses.isPending ? (
        <Loading rows={2} />
      ) : uses.isError ? (
        <LoadError error={uses.error} onRetry={() => void uses.refetch()} />
      ) : (
        <DataTable
          label={t('a11y.table', { name: t('seal.usesTitle', { esId: seal.esId }) })}
          size="small"
          rows={uses.data}
          rowKey={(u) => u.id}
          empty={t('seal.usesEmpty')}
          columns={[
            { key: 'at', title: t('lic.access.at'), render: (u) => formatDateTime(u.at, lang) },
            { key: 'purpose', title: t('lic.access.purpose'), render: (u) => u.purpose },
            {
              key: 'object',
              title: t('seal.usesObject'),
              render: (u) => (
                <span className="lic-mono lic-break">
                  {u.resourceType} {u.resourceId}
                </span>
              ),
            },
            {
              key: 'sm3',
              title: 'SM3',
              render: (u) => <span className="lic-mono lic-break">{u.dataSm3}</span>,
            },
          ]}
        />
      )}
      <Button className="lic-note" onClick={onClose}>
        {t('seal.close')}
      </Button>
    </div>
  );
}
