// /admin/bundles/versions/:id/edit — a catalog editor changes a draft (or returned) version of a
// 一件事 definition and saves it whole (PUT); back on the version page the publication rules
// run on what was saved (an order cycle, a member not in force…).
import { Alert, Input } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { Field, idOf } from '../../catalog-admin/editor/fields.tsx';
import { useLabels } from '../../catalog-admin/labels.ts';
import { useAdminBundles, useBundleVersion, useSaveBundleVersion } from '../api.ts';
import type { BundleVersionDetail } from '../types.ts';
import { BundleForm } from './BundleForm.tsx';
import '../../catalog-admin/catalog-admin.css';
import '../bundles.css';

const EDITABLE: readonly string[] = ['draft', 'returned'];

export function BundleEditorPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const version = useBundleVersion(id);
  const title = version.data
    ? t('bdl.ed.title', { name: version.data.content.name, n: version.data.version })
    : t('bdl.ed.edit');
  const trail = [{ to: '/admin/bundles', title: t('bdl.admin.title') }];
  if (version.data)
    trail.push({
      to: `/admin/bundles/versions/${id}`,
      title: t('bdl.admin.versionTitle', { name: version.data.content.name, n: version.data.version }),
    });
  return (
    <AdminFrame title={title} trail={trail}>
      {version.isPending ? (
        <Loading rows={8} />
      ) : version.isError ? (
        <LoadError error={version.error} onRetry={() => void version.refetch()} headingLevel={2} />
      ) : (
        <Editor key={version.data.id} version={version.data} />
      )}
    </AdminFrame>
  );
}

/** The lead agency, read-only: its name from the definitions list, else its id. */
function LeadAgency({ version }: { version: BundleVersionDetail }) {
  const { t } = useI18n();
  const list = useAdminBundles();
  const bundle = list.data?.items.find((b) => b.code === version.bundleCode);
  const id = version.content.leadAgencyId;
  return (
    <Field label={t('bdl.ed.leadAgency')} path="leadAgencyId" hint={t('bdl.ed.leadFixed')}>
      <Input id={idOf('leadAgencyId')} readOnly value={bundle ? `${bundle.leadAgencyName}（${id}）` : id} />
    </Field>
  );
}

function Editor({ version }: { version: BundleVersionDetail }) {
  const { t } = useI18n();
  const { state } = useLabels();
  const navigate = useNavigate();
  const save = useSaveBundleVersion(version.id);
  const back = `/admin/bundles/versions/${version.id}`;
  const readOnly = !EDITABLE.includes(version.status);
  return (
    <BundleForm
      initial={version.content}
      lead={() => <LeadAgency version={version} />}
      submit={(content) => save.mutateAsync(content)}
      onSaved={() => void navigate(back, { state: { saved: true } })}
      back={{ to: back, label: t('bdl.ed.cancel') }}
      readOnly={
        readOnly && (
          <Alert
            className="form-alert"
            type="info"
            showIcon
            title={t('bdl.ed.readOnly', { state: state(version.state) })}
          />
        )
      }
    />
  );
}
