// 受理场所: where the item is accepted (就近办): a venue, how it accepts (own window,
// comprehensive window, delegated acceptance, authorised handling) and optionally which windows.
import { Select } from 'antd';
import { useVenueOptions } from '../../../api/catalog-admin.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { AcceptingVenue } from '../content-types.ts';
import { CodeField, Field, idOf, WordsField } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';

export function VenuesTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const venues = useVenueOptions();
  const options = (venues.data ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.code}）` }));
  return (
    <div className="ca-tab">
      <ListEditor<AcceptingVenue>
        title={t('ca.f.venues')}
        name={t('ca.f.venue')}
        path="acceptingVenues"
        items={content.acceptingVenues}
        max={500}
        onChange={(acceptingVenues) => patch({ acceptingVenues })}
        create={() => ({ venueId: '', mode: 'comprehensive' })}
        render={(v, update, path) => (
          <div className="ca-grid">
            <Field label={t('ca.f.venueId')} path={`${path}.venueId`}>
              <Select
                id={idOf(`${path}.venueId`)}
                showSearch={{ optionFilterProp: 'label' }}
                loading={venues.isPending}
                value={v.venueId || undefined}
                onChange={(venueId: string) => update({ ...v, venueId })}
                options={
                  v.venueId && !options.some((o) => o.value === v.venueId)
                    ? [{ value: v.venueId, label: v.venueId }, ...options]
                    : options
                }
              />
            </Field>
            <CodeField
              label={t('ca.f.mode')}
              path={`${path}.mode`}
              table="acceptanceMode"
              value={v.mode}
              onChange={(mode) => update({ ...v, mode })}
            />
            <WordsField
              label={t('ca.f.windowCodes')}
              path={`${path}.windowCodes`}
              hint={t('ca.f.windowCodesHint')}
              value={v.windowCodes ?? []}
              onChange={(codes) => {
                const next = { ...v };
                if (codes.length) next.windowCodes = codes;
                else delete next.windowCodes;
                update(next);
              }}
            />
          </div>
        )}
      />
    </div>
  );
}
