// The options of the dashboard's three charts, from the overview rows (pure).
import type { EChartsCoreOption } from './echarts.ts';
import type { StatsRow } from './api.ts';

export interface ChartTexts {
  received: string;
  concluded: string;
  onTimeRate: string;
  satisfactionRate: string;
  cases: string;
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const tooltip = { renderMode: 'richText' as const };

/** Received and concluded per month (bars), on-time and satisfaction rates (lines, right axis). */
export function trendOption(rows: readonly StatsRow[], x: ChartTexts): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { ...tooltip, trigger: 'axis' },
    legend: { top: 0, data: [x.received, x.concluded, x.onTimeRate, x.satisfactionRate] },
    grid: { left: 48, right: 48, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((r) => r.key) },
    yAxis: [
      { type: 'value', name: x.cases, minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: x.received, type: 'bar', data: rows.map((r) => r.received) },
      { name: x.concluded, type: 'bar', data: rows.map((r) => r.concluded) },
      { name: x.onTimeRate, type: 'line', yAxisIndex: 1, data: rows.map((r) => pct(r.onTimeRate)) },
      {
        name: x.satisfactionRate,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => pct(r.satisfactionRate)),
      },
    ],
  };
}

/** The share of each channel in the cases received. */
export function channelOption(
  rows: readonly StatsRow[],
  label: (row: StatsRow) => string,
  title: string,
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { ...tooltip, trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        name: title,
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: rows.filter((r) => r.received > 0).map((r) => ({ name: label(r), value: r.received })),
      },
    ],
  };
}

/** The ten agencies with the most concluded cases, with their on-time rate. */
export function rankingOption(rows: readonly StatsRow[], x: ChartTexts): EChartsCoreOption {
  const top = [...rows]
    .sort((a, b) => b.concluded - a.concluded)
    .slice(0, 10)
    .reverse();
  return {
    animation: false,
    tooltip: { ...tooltip, trigger: 'axis' },
    legend: { top: 0, data: [x.concluded] },
    grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: top.map((r) => r.label),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      {
        name: x.concluded,
        type: 'bar',
        data: top.map((r) => r.concluded),
        label: { show: true, position: 'right' },
      },
    ],
  };
}
