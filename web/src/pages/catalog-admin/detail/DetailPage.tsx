// /admin/catalog/:code — one implementation: its versions and their states, the workflow actions
// of the chosen version (default the latest), the rule report, "新建版本", the review log and the
// diff between two versions (?diff=<id>&against=<id> opens one; ?compare=previous opens the
// latest against the one before, as the review queue links).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Radio } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import {
  useImplementation,
  useNewVersion,
  type ImplementationDetail,
  type VersionSummary,
} from '../../../api/catalog-admin.ts';
import { problemTitle } from '../../../api/problem.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { useLabels } from '../labels.ts';
import { StateTag } from '../StateTag.tsx';
import { DiffView } from './DiffView.tsx';
import { ReviewLog } from './ReviewLog.tsx';
import { VersionActions } from './VersionActions.tsx';
import '../catalog-admin.css';

export function DetailPage() {
  const { code = '' } = useParams();
  const { t } = useLabels();
  const implementation = useImplementation(code);
  return (
    <AdminFrame
      title={implementation.data ? `${implementation.data.name}（${code}）` : code}
      trail={[{ to: '/admin/catalog', title: t('ca.title') }]}
    >
      {implementation.isPending && <Loading rows={8} />}
      {implementation.isError && (
        <LoadError
          error={implementation.error}
          onRetry={() => void implementation.refetch()}
          headingLevel={2}
        />
      )}
      {implementation.data && <Detail implementation={implementation.data} />}
    </AdminFrame>
  );
}

function Detail({ implementation }: { implementation: ImplementationDetail }) {
  const { t, lang, code } = useLabels();
  const [params] = useSearchParams();
  const versions = [...implementation.versions].sort((a, b) => b.version - a.version);
  const [chosen, setChosen] = useState<string | undefined>(params.get('diff') ?? versions[0]?.id);
  const selected = versions.find((v) => v.id === chosen) ?? versions[0];
  const newVersion = useNewVersion(implementation.code);
  const comparePrevious = params.get('compare') === 'previous' && versions.length >= 2;
  const editable = (v: VersionSummary) => v.status === 'draft' || v.status === 'returned';
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'code', label: t('ca.col.code'), children: <code>{implementation.code}</code> },
          { key: 'agency', label: t('ca.col.agency'), children: implementation.agency.name },
          { key: 'region', label: t('ca.col.region'), children: implementation.regionCode },
          { key: 'type', label: t('ca.col.itemType'), children: code('itemType', implementation.itemType) },
        ]}
      />
      <div className="admin-toolbar">
        <Button
          icon={<PlusOutlined aria-hidden />}
          loading={newVersion.isPending}
          onClick={() => newVersion.mutate(undefined, { onSuccess: (v) => setChosen(v.id) })}
        >
          {t('ca.newVersion')}
        </Button>
      </div>
      {newVersion.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(newVersion.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      {newVersion.isSuccess && (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          title={t('ca.newVersionDone', { n: newVersion.data.version })}
        />
      )}
      <section className="admin-section" aria-labelledby="versions-title">
        <h2 id="versions-title" className="panel-title">
          {t('ca.versions')}
        </h2>
        <DataTable<VersionSummary>
          label={t('a11y.table', { name: t('ca.versions') })}
          testId="versions-table"
          rows={versions}
          rowKey={(v) => v.id}
          columns={[
            {
              key: 'pick',
              title: t('ca.col.version'),
              render: (v) => (
                <Radio checked={v.id === selected?.id} onChange={() => setChosen(v.id)}>
                  {t('ca.versionN', { n: v.version })}
                </Radio>
              ),
            },
            { key: 'state', title: t('ca.col.state'), render: (v) => <StateTag state={v.state} /> },
            { key: 'from', title: t('ca.col.effectiveFrom'), render: (v) => v.effectiveFrom ?? '—' },
            { key: 'to', title: t('ca.col.effectiveTo'), render: (v) => v.effectiveTo ?? '—' },
            {
              key: 'updated',
              title: t('ca.col.updatedAt'),
              render: (v) => new Date(v.updatedAt).toLocaleString(lang),
            },
            {
              key: 'open',
              title: t('ca.col.actions'),
              render: (v) => (
                <Link
                  to={`/admin/catalog/versions/${v.id}/edit`}
                  aria-label={`${editable(v) ? t('ca.edit') : t('ca.view')}：${t('ca.versionN', { n: v.version })}`}
                >
                  {editable(v) ? t('ca.edit') : t('ca.view')}
                </Link>
              ),
            },
          ]}
        />
      </section>
      {selected && <VersionActions key={selected.id} version={selected} />}
      <DiffView
        versions={versions}
        initialTo={comparePrevious ? versions[0]?.id : (params.get('diff') ?? undefined)}
        initialFrom={comparePrevious ? versions[1]?.id : (params.get('against') ?? undefined)}
      />
      <ReviewLog implementation={implementation} />
    </>
  );
}
