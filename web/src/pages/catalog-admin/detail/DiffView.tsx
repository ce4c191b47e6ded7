// 版本对比: pick two versions; lists every changed path with the value before and after.
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useDiff, type DiffChange, type VersionSummary } from '../../../api/catalog-admin.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useLabels } from '../labels.ts';

interface DiffViewProps {
  versions: readonly VersionSummary[];
  initialFrom?: string;
  initialTo?: string;
}

const show = (value: unknown, empty: string) =>
  value === undefined || value === null
    ? empty
    : typeof value === 'string'
      ? value
      : JSON.stringify(value, null, 1);

export function DiffView({ versions, initialFrom, initialTo }: DiffViewProps) {
  const { t } = useLabels();
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const [from, setFrom] = useState(initialFrom ?? sorted.at(-2)?.id);
  const [to, setTo] = useState(initialTo ?? sorted.at(-1)?.id);
  const [shown, setShown] = useState<[string, string] | null>(
    initialFrom && initialTo ? [initialTo, initialFrom] : null,
  );
  const diff = useDiff(shown?.[0], shown?.[1]);
  const options = sorted.map((v) => ({ value: v.id, label: t('ca.versionN', { n: v.version }) }));
  if (versions.length < 2) return null;
  return (
    <section className="admin-section" aria-labelledby="diff-title" data-testid="diff">
      <h2 id="diff-title" className="panel-title">
        {t('ca.diff')}
      </h2>
      <Space wrap className="ca-diff-pick">
        <label htmlFor="diff-from">{t('ca.diff.from')}</label>
        <Select
          id="diff-from"
          className="ca-version-select"
          value={from}
          onChange={setFrom}
          options={options}
        />
        <label htmlFor="diff-to">{t('ca.diff.to')}</label>
        <Select id="diff-to" className="ca-version-select" value={to} onChange={setTo} options={options} />
        <Button disabled={!from || !to || from === to} onClick={() => from && to && setShown([to, from])}>
          {t('ca.diff.show')}
        </Button>
      </Space>
      {from === to && <p className="ca-muted">{t('ca.diff.pick')}</p>}
      {diff.isFetching && <Loading rows={3} />}
      {diff.isError && <LoadError error={diff.error} onRetry={() => void diff.refetch()} headingLevel={3} />}
      {diff.data && !diff.isFetching && (
        <DataTable<DiffChange>
          label={t('a11y.table', { name: t('ca.diff') })}
          size="small"
          testId="diff-table"
          rows={diff.data}
          rowKey={(c) => c.path}
          empty={t('ca.diff.none')}
          columns={[
            { key: 'path', title: t('ca.col.path'), render: (c) => <code>{c.path}</code> },
            {
              key: 'before',
              title: t('ca.col.before'),
              render: (c) => <pre className="ca-value">{show(c.before, t('ca.diff.empty'))}</pre>,
            },
            {
              key: 'after',
              title: t('ca.col.after'),
              render: (c) => <pre className="ca-value">{show(c.after, t('ca.diff.empty'))}</pre>,
            },
          ]}
        />
      )}
    </section>
  );
}
