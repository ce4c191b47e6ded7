// /admin/bundles/new — a catalog editor creates a 一件事: region and lead agency (fixed from
// then on), basics, questions and members; the server assigns the code and makes version 1 a
// draft, whose page the editor lands on with the publication rules run.
import { Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { AgencyPicker } from '../../catalog-admin/AgencyPicker.tsx';
import { Field, idOf } from '../../catalog-admin/editor/fields.tsx';
import { useCreateBundle } from '../api.ts';
import type { BundleContent } from '../types.ts';
import { BundleForm } from './BundleForm.tsx';
import '../../catalog-admin/catalog-admin.css';
import '../bundles.css';

const BLANK: BundleContent = {
  name: '',
  target: 'person',
  lifeEvent: 'birth',
  summary: '',
  leadAgencyId: '',
  promisedLimit: { value: 20, unit: 'working-days' },
  questions: [],
  members: [{ id: 'm-1', implementationCode: '', after: [], answers: {} }],
  visits: 1,
  venueIds: [],
  consultationPhone: '',
  keywords: [],
};

export function NewBundlePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateBundle();
  const [regionCode, setRegionCode] = useState('120103');
  return (
    <AdminFrame
      title={t('bdl.ed.createTitle')}
      lead={t('bdl.ed.createLead')}
      trail={[{ to: '/admin/bundles', title: t('bdl.admin.title') }]}
    >
      <BundleForm
        initial={BLANK}
        lead={(content, patch) => (
          <div className="ca-grid">
            <Field label={t('bdl.ed.region')} path="regionCode" hint={t('bdl.ed.regionHint')}>
              <Input
                id={idOf('regionCode')}
                value={regionCode}
                maxLength={6}
                inputMode="numeric"
                onChange={(e) => setRegionCode(e.target.value.trim())}
              />
            </Field>
            <Field label={t('bdl.ed.leadAgency')} path="leadAgencyId" hint={t('bdl.ed.leadFixed')}>
              <AgencyPicker
                id={idOf('leadAgencyId')}
                value={content.leadAgencyId || undefined}
                onChange={(leadAgencyId) => patch({ leadAgencyId: leadAgencyId ?? '' })}
              />
            </Field>
          </div>
        )}
        submit={(content) => create.mutateAsync({ regionCode, content })}
        onSaved={(id) => void navigate(`/admin/bundles/versions/${id}`, { state: { saved: true } })}
        back={{ to: '/admin/bundles', label: t('bdl.admin.back') }}
      />
    </AdminFrame>
  );
}
