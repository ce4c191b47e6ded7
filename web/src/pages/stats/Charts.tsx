// The three charts: the monthly trend, the channel shares and the agencies' ranking. Each has a
// text alternative in its aria-label; the table below carries every figure.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/index.ts';
import type { StatsRow } from './api.ts';
import { Chart } from './Chart.tsx';
import { channelOption, rankingOption, trendOption, type ChartTexts } from './chart-options.ts';
import { channelName } from './channels.ts';
import { percent } from './format.ts';

interface ChartsProps {
  months: readonly StatsRow[];
  channels: readonly StatsRow[];
  agencies: readonly StatsRow[];
}

export function Charts({ months, channels, agencies }: ChartsProps) {
  const { t, lang } = useI18n();
  const texts: ChartTexts = useMemo(
    () => ({
      received: t('sta.col.received'),
      concluded: t('sta.col.concluded'),
      onTimeRate: t('sta.col.onTime'),
      satisfactionRate: t('sta.col.satisfaction'),
      cases: t('sta.cases'),
    }),
    [t],
  );
  const label = (r: StatsRow) => channelName(r.key, r.label, lang);
  const trend = useMemo(() => trendOption(months, texts), [months, texts]);
  const pie = useMemo(
    () => channelOption(channels, (r) => channelName(r.key, r.label, lang), t('sta.channels')),
    [channels, lang, t],
  );
  const ranking = useMemo(() => rankingOption(agencies, texts), [agencies, texts]);
  const received = channels.reduce((s, r) => s + r.received, 0);
  const channelParts = channels
    .filter((r) => r.received > 0)
    .map((r) => `${label(r)} ${percent(received ? r.received / received : null, lang)}`)
    .join('；');
  const rankingParts = [...agencies]
    .sort((a, b) => b.concluded - a.concluded)
    .slice(0, 10)
    .map((r) => `${r.label} ${r.concluded}`)
    .join('；');
  return (
    <div className="sta-charts">
      <section className="sta-section sta-card sta-wide" aria-labelledby="sta-trend-h">
        <h2 id="sta-trend-h" className="sta-h2">
          {t('sta.trend')}
        </h2>
        <Chart option={trend} label={t('sta.trendLabel')} testId="chart-trend" tall />
      </section>
      <section className="sta-section sta-card" aria-labelledby="sta-channels-h">
        <h2 id="sta-channels-h" className="sta-h2">
          {t('sta.channels')}
        </h2>
        <Chart option={pie} label={t('sta.channelsLabel', { parts: channelParts })} testId="chart-channels" />
      </section>
      <section className="sta-section sta-card" aria-labelledby="sta-ranking-h">
        <h2 id="sta-ranking-h" className="sta-h2">
          {t('sta.ranking')}
        </h2>
        <Chart
          option={ranking}
          label={t('sta.rankingLabel', { parts: rankingParts })}
          testId="chart-ranking"
        />
      </section>
    </div>
  );
}
