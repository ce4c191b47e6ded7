// The signed-in staff member: name, agency, venue and window, and each permission with its scope.
import { Descriptions, Tag } from 'antd';
import type { Grant, Me } from '../../api/identity.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n, type Translate } from '../../i18n/index.ts';

export function scopeText(g: Omit<Grant, 'permission'>, t: Translate): string {
  const parts = [
    g.agencyId && t('staff.scopeAgency', { id: g.agencyId }),
    g.regionCode && t('staff.scopeRegion', { id: g.regionCode }),
    g.venueId && t('staff.scopeVenue', { id: g.venueId }),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : t('staff.scopeAll');
}

export function StaffCard({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <section className="staff-card" aria-labelledby="staff-card-title" data-testid="staff-card">
      <h2 id="staff-card-title" className="section-title">
        {t('staff.card')}
      </h2>
      <Descriptions
        className="me-descriptions"
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('staff.name'), children: <strong>{me.name}</strong> },
          { key: 'agency', label: t('staff.agency'), children: me.staff?.agencyId ?? '—' },
          { key: 'venue', label: t('staff.venue'), children: me.staff?.venueId ?? '—' },
          { key: 'window', label: t('staff.window'), children: me.staff?.windowCode ?? '—' },
          {
            key: 'mfa',
            label: t('staff.secondFactor'),
            children: me.secondFactor ? t('staff.secondFactorOn') : t('staff.secondFactorOff'),
          },
        ]}
      />
      <h3 className="staff-grants-title">{t('staff.grants')}</h3>
      <DataTable<Grant>
        label={t('a11y.table', { name: t('staff.grants') })}
        rowKey={(g) => `${g.permission}|${g.agencyId ?? ''}|${g.regionCode ?? ''}|${g.venueId ?? ''}`}
        size="small"
        rows={me.grants}
        columns={[
          { key: 'permission', title: t('staff.permission'), render: (g) => <Tag>{g.permission}</Tag> },
          { key: 'scope', title: t('staff.scope'), render: (g) => scopeText(g, t) },
        ]}
      />
    </section>
  );
}
