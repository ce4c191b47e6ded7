// E-seal administration (/admin/seals): pick an agency, see its seals (picture, name, esID,
// status, validity, uses), make a new one and revoke one with a reason. A revoked or expired seal
// can no longer sign; its past signatures stay verifiable.
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../api/auth.ts';
import { problemTitle } from '../../../api/problem.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { AgencyPicker } from '../../catalog-admin/AgencyPicker.tsx';
import { AUTHORIZATION_STATUSES, SEAL_TYPES } from '../../licenses/labels.ts';
import { AdminFrame } from '../AdminFrame.tsx';
import { sealPictureUrl, useRevokeSeal, useSeals, type SealSummary } from './api.ts';
import { NewSealForm } from './NewSealForm.tsx';
import { SealUses } from './SealUses.tsx';
import '../../licenses/licenses.css';

export function SealsPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('seal.title')} lead={t('seal.lead')}>
      <Seals />
    </AdminFrame>
  );
}

function Seals() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const [agencyId, setAgencyId] = useState<string | undefined>(me?.staff?.agencyId);
  const seals = useSeals(agencyId);
  const [revoking, setRevoking] = useState<SealSummary | null>(null);
  const [showingUses, setShowingUses] = useState<SealSummary | null>(null);
  const tone = (s: SealSummary['status']) => (s === 'active' ? 'ok' : s === 'expired' ? 'warn' : 'bad');
  const statusText = (s: SealSummary['status']) =>
    s === 'revoked' ? t('seal.revoked') : codeLabel(AUTHORIZATION_STATUSES, s, lang);

  return (
    <>
      <div className="lic-field">
        <label htmlFor="seal-agency" className="lic-label">
          {t('seal.agency')}
        </label>
        <AgencyPicker
          id="seal-agency"
          value={agencyId}
          onChange={setAgencyId}
          placeholder={t('seal.agencyPick')}
        />
      </div>
      {agencyId && (
        <section className="admin-panel" aria-labelledby="seal-list-title">
          <h2 id="seal-list-title" className="section-title">
            {t('seal.list')}
          </h2>
          {seals.isPending ? (
            <Loading rows={3} />
          ) : seals.isError ? (
            <LoadError error={seals.error} onRetry={() => void seals.refetch()} />
          ) : (
            <DataTable<SealSummary>
              label={t('a11y.table', { name: t('seal.list') })}
              testId="seal-list"
              rows={seals.data}
              rowKey={(s) => s.id}
              empty={t('seal.empty')}
              columns={[
                {
                  key: 'picture',
                  title: t('seal.picture'),
                  render: (s) => (
                    <img
                      className="seal-thumb"
                      src={sealPictureUrl(s.id)}
                      alt={t('seal.pictureOf', { name: s.name })}
                    />
                  ),
                },
                {
                  key: 'name',
                  title: t('seal.name'),
                  render: (s) => (
                    <>
                      <strong>{s.name}</strong>
                      <br />
                      <span className="lic-muted">{codeLabel(SEAL_TYPES, String(s.sealType), lang)}</span>
                    </>
                  ),
                },
                {
                  key: 'esId',
                  title: t('seal.esId'),
                  render: (s) => <span className="lic-mono lic-break">{s.esId}</span>,
                },
                {
                  key: 'status',
                  title: t('seal.status'),
                  render: (s) => (
                    <>
                      <span className={`lic-badge lic-tone-${tone(s.status)}`}>{statusText(s.status)}</span>
                      {s.revokeReason && <span className="lic-muted lic-block">{s.revokeReason}</span>}
                    </>
                  ),
                },
                {
                  key: 'validity',
                  title: t('seal.validity'),
                  render: (s) => `${formatDateTime(s.validFrom, lang)} – ${formatDateTime(s.validTo, lang)}`,
                },
                {
                  key: 'uses',
                  title: t('seal.uses'),
                  render: (s) => (
                    <Button
                      type="link"
                      className="lic-count-link"
                      onClick={() => setShowingUses(s)}
                      aria-label={t('seal.usesOpen', { count: s.useCount, esId: s.esId })}
                    >
                      {s.useCount}
                    </Button>
                  ),
                },
                {
                  key: 'action',
                  title: t('seal.action'),
                  render: (s) =>
                    s.status === 'active' ? (
                      <Button
                        danger
                        onClick={() => setRevoking(s)}
                        aria-label={t('seal.revokeNamed', { esId: s.esId })}
                      >
                        {t('seal.revoke')}
                      </Button>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          )}
          {showingUses && <SealUses seal={showingUses} onClose={() => setShowingUses(null)} />}
          {revoking && <RevokeForm seal={revoking} onDone={() => setRevoking(null)} />}
        </section>
      )}
      {agencyId && <NewSealForm agencyId={agencyId} />}
    </>
  );
}

function RevokeForm({ seal, onDone }: { seal: SealSummary; onDone: () => void }) {
  const { t, lang } = useI18n();
  const revoke = useRevokeSeal();
  return (
    <div className="lic-subform" data-testid="seal-revoke">
      <h3 className="lic-subtitle">{t('seal.revokeTitle', { name: seal.name })}</h3>
      <p className="lic-muted">{t('seal.revokeLead')}</p>
      <Form<{ reason: string }>
        layout="vertical"
        name="seal-revoke"
        onFinish={({ reason }) =>
          revoke.mutate({ id: seal.id, reason: reason.trim() }, { onSuccess: onDone })
        }
      >
        <Form.Item
          name="reason"
          label={t('seal.reason')}
          rules={[{ required: true, whitespace: true, message: t('lic.required') }]}
        >
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <div className="lic-actions">
          <Button danger type="primary" htmlType="submit" loading={revoke.isPending}>
            {t('seal.revokeConfirm')}
          </Button>
          <Button onClick={onDone}>{t('seal.cancel')}</Button>
        </div>
      </Form>
      {revoke.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          title={problemTitle(revoke.error, lang) ?? t('state.errorNetwork')}
        />
      )}
    </div>
  );
}
