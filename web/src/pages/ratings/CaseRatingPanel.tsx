// The rating panel of the applicant's case page: once the case is concluded, rate it now (on this
// device's channel, PC or mobile), see the ratings given, and add the one follow-up while allowed.
import { Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { deviceChannel, useCaseRatings, useFollowUp, useRateCase, type RatingView } from './api.ts';
import { channelLabel, levelLabel } from './labels.ts';
import { RatingForm } from './RatingForm.tsx';
import './ratings.css';

const RATABLE = ['concluded', 'delivered'];

export function CaseRatingPanel({ caseId, status }: { caseId: string; status: string }) {
  const open = RATABLE.includes(status);
  const ratings = useCaseRatings(caseId, open);
  if (!open || !ratings.data) return null;
  return <Panel caseId={caseId} data={ratings.data} />;
}

function Panel({
  caseId,
  data,
}: {
  caseId: string;
  data: NonNullable<ReturnType<typeof useCaseRatings>['data']>;
}) {
  const { t } = useI18n();
  const channel = deviceChannel();
  const [rating, setRating] = useState(false);
  const rate = useRateCase(caseId);
  const canRate = data.channelsLeft.includes(channel);
  return (
    <section className="rat-panel" aria-labelledby="rat-panel-title" data-testid="rating-panel">
      <h2 id="rat-panel-title">{t('rat.panel.title')}</h2>
      {data.ratings.length > 0 && (
        <>
          <h3 className="case-subtitle-small">{t('rat.panel.yours')}</h3>
          <ul className="rat-given">
            {data.ratings.map((r) => (
              <GivenRating key={r.id} rating={r} />
            ))}
          </ul>
        </>
      )}
      {canRate && !rating && (
        <>
          <p>{t('rat.panel.lead')}</p>
          <Button type="primary" size="large" onClick={() => setRating(true)}>
            {t('rat.panel.rateNow')}
          </Button>
        </>
      )}
      {canRate && rating && (
        <RatingForm
          indicators={data.indicators}
          submitLabel={t('rat.form.submit')}
          pending={rate.isPending}
          error={rate.error}
          onSubmit={(input) => rate.mutate({ ...input, channel }, { onSuccess: () => setRating(false) })}
          testId="case-rating-form"
        />
      )}
      {!canRate && data.ratings.length === 0 && <p className="case-muted">{t('rat.panel.done')}</p>}
    </section>
  );
}

function GivenRating({ rating }: { rating: RatingView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const follow = useFollowUp();
  return (
    <li data-testid="given-rating">
      <strong>{levelLabel(t, rating.level)}</strong> · {channelLabel(t, rating.channel)} · {rating.ratedOn}
      {rating.comment && <p className="rat-comment">{rating.comment}</p>}
      {rating.followUp && (
        <p>
          {t('rat.panel.followUpGiven')}：<strong>{levelLabel(t, rating.followUp.level)}</strong> ·{' '}
          {rating.followUp.ratedOn}
          {rating.followUp.comment && <> · {rating.followUp.comment}</>}
        </p>
      )}
      {rating.canFollowUp && !open && (
        <p>
          <span className="case-muted">
            {t('rat.panel.followUpUntil', { date: rating.followUpUntil ?? '' })}
          </span>{' '}
          <Button onClick={() => setOpen(true)}>{t('rat.panel.followUp')}</Button>
        </p>
      )}
      {rating.canFollowUp && open && (
        <>
          <h4 className="case-subtitle-small">{t('rat.panel.followUpTitle')}</h4>
          <RatingForm
            indicators={[]}
            submitLabel={t('rat.panel.followUpSubmit')}
            pending={follow.isPending}
            error={follow.error}
            onSubmit={(input) =>
              follow.mutate(
                { ...input, ratingId: rating.id, channel: deviceChannel() },
                { onSuccess: () => setOpen(false) },
              )
            }
            testId="follow-up-form"
          />
          <Button type="link" onClick={() => setOpen(false)}>
            {t('rat.panel.cancel')}
          </Button>
        </>
      )}
    </li>
  );
}
