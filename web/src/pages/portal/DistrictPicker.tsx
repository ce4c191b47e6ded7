// The districts of the city, from the regions API; choosing one filters the venue directory.
import { EnvironmentOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button } from 'antd';
import type { Region } from '../../api/types.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SectionHeader } from '../../components/SectionHeader.tsx';
import { useI18n } from '../../i18n/index.ts';
import { localName } from '../../i18n/localName.ts';

interface DistrictPickerProps {
  districts: UseQueryResult<Region[]>;
  selected: string | undefined;
  onSelect: (code: string | undefined) => void;
}

export function DistrictPicker({ districts, selected, onSelect }: DistrictPickerProps) {
  const { t, lang } = useI18n();
  const choices: { code: string | undefined; label: string }[] = [
    { code: undefined, label: t('districts.all') },
    ...(districts.data ?? []).map((d) => ({ code: d.code, label: localName(d, lang) })),
  ];

  return (
    <section className="container section" aria-labelledby="districts-title">
      <SectionHeader id="districts-title" title={t('districts.title')} subtitle={t('districts.subtitle')} />
      {districts.isPending && <Loading rows={2} />}
      {districts.isError && <LoadError error={districts.error} onRetry={() => void districts.refetch()} />}
      {districts.isSuccess && (
        <ul className="district-grid" data-testid="district-list">
          {choices.map((choice) => {
            const pressed = choice.code === selected;
            return (
              <li key={choice.code ?? 'all'}>
                <Button
                  block
                  type={pressed ? 'primary' : 'default'}
                  aria-pressed={pressed}
                  icon={choice.code ? <EnvironmentOutlined aria-hidden /> : undefined}
                  onClick={() => onSelect(choice.code)}
                >
                  {choice.label}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
