// Step 2 of window acceptance: search the catalog (the same search API as the portal), pick an
// implementation and answer its situation questions. The picked code and the answers live in the
// URL (?item=…&s.question=option) so a reload keeps them.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Radio } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMe } from '../../../api/auth.ts';
import { api } from '../../../api/client.ts';
import { unwrap } from '../../../api/problem.ts';
import { useI18n } from '../../../i18n/index.ts';
import { useCatalogSearch, type Answers, type Guide, type Narrowed } from '../../catalog/queries.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';

interface ItemSearchProps {
  onPick: (code: string) => void;
}

export function ItemSearch({ onPick }: ItemSearchProps) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  const search = useCatalogSearch({ q }, !!q);
  const hits = search.data?.pages.flatMap((p) => p.items) ?? [];
  const zh = zhWhenForeign(lang);
  return (
    <div>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(value.trim() || undefined);
        }}
      >
        <label htmlFor="wc-item-search" className="wc-label">
          {t('wc.new.itemSearch')}
        </label>
        <div className="wc-row">
          <Input
            id="wc-item-search"
            value={value}
            maxLength={100}
            onChange={(e) => setValue(e.target.value)}
          />
          <Button htmlType="submit" icon={<SearchOutlined aria-hidden />} loading={search.isFetching}>
            {t('wc.new.itemSearchButton')}
          </Button>
        </div>
      </form>
      {q && !search.isPending && hits.length === 0 && <p className="wc-muted">{t('wc.new.itemNone')}</p>}
      {hits.length > 0 && (
        <ul className="wc-hits" aria-label={t('wc.new.itemSearch')}>
          {hits.map((hit) => (
            <li key={hit.implementationCode} className="wc-hit">
              <span>
                <span className="wc-hit-name" lang={zh}>
                  {hit.name}
                </span>{' '}
                <span className="wc-muted" lang={zh}>
                  {hit.agency.name}
                </span>
              </span>
              <Button
                onClick={() => onPick(hit.implementationCode)}
                aria-label={`${t('wc.new.itemPick')}：${hit.name}（${hit.agency.name}）`}
              >
                {t('wc.new.itemPick')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface SituationProps {
  guide: Guide;
  narrowed: Narrowed;
  onAnswer: (questionId: string, optionId: string) => void;
}

/** The situation questions that apply so far, as radio groups; the checklist follows them. */
export function SituationQuestions({ guide, narrowed, onAnswer }: SituationProps) {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const zh = zhWhenForeign(lang);
  const venue = me?.staff?.venueId;
  const atVenue = !venue || guide.content.acceptingVenues.some((v) => v.venueId === venue);
  return (
    <div>
      {!atVenue && (
        <Alert
          className="form-alert"
          type="warning"
          showIcon
          title={t('wc.new.notAtVenue', { venue: venue ?? '' })}
        />
      )}
      {narrowed.questions.length === 0 && <p className="wc-muted">{t('wc.new.noQuestions')}</p>}
      {narrowed.questions.map((q) => (
        <fieldset key={q.id} className="wc-question">
          <legend lang={zh}>{q.text}</legend>
          {q.help && (
            <p className="wc-muted" lang={zh}>
              {q.help}
            </p>
          )}
          <Radio.Group
            name={`situation-${q.id}`}
            value={narrowed.answered[q.id]}
            onChange={(e) => onAnswer(q.id, e.target.value as string)}
            options={q.options.map((o) => ({ value: o.id, label: <span lang={zh}>{o.label}</span> }))}
          />
        </fieldset>
      ))}
    </div>
  );
}

/** The picked implementation's guide (same cache entry as the guide page); idle without a code. */
export function usePickedGuide(code: string) {
  return useQuery({
    queryKey: ['catalog-guide', code],
    enabled: !!code,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/catalog/guides/{code}', { params: { path: { code } }, signal })),
    staleTime: 5 * 60 * 1000,
  });
}

/** The guide narrowed by the answers: the questions to show and the materials that apply. */
export function usePickedSituation(code: string, answers: Answers) {
  return useQuery({
    queryKey: ['catalog-situation', code, answers],
    enabled: !!code,
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/api/v1/catalog/guides/{code}/situation', {
          params: { path: { code } },
          body: { answers },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}
