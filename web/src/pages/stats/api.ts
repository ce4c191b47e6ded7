// Calls of the supervision dashboard: the overview (GET /api/v1/stats/overview) per dimension,
// and the URLs of its downloads (Excel export, monthly bulletin) — plain links, the session cookie
// carries the credential and the browser saves the file.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { GetOk } from '../../api/types.ts';

export type StatsReport = GetOk<'/api/v1/stats/overview'>;
export type StatsRow = StatsReport['rows'][number];
export type Dimension = 'agency' | 'region' | 'item' | 'channel' | 'month';
export const DIMENSIONS: readonly Dimension[] = ['agency', 'region', 'item', 'channel', 'month'];

export interface StatsFilter {
  from: string;
  to: string;
  agencyId?: string;
  regionCode?: string;
  channel?: string;
}

const clean = (f: StatsFilter) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as StatsFilter;

export function useStats(filter: StatsFilter, by: Dimension, enabled = true) {
  const query = { ...clean(filter), by };
  return useQuery({
    queryKey: ['stats', 'overview', query],
    retry: false,
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stats/overview', { params: { query }, signal })),
  });
}

export function exportUrl(filter: StatsFilter, by: Dimension): string {
  return `/api/v1/stats/overview/export?${new URLSearchParams({ ...clean(filter), by }).toString()}`;
}

export function bulletinUrl(month: string, format: 'pdf' | 'xlsx'): string {
  return `/api/v1/stats/bulletins/${encodeURIComponent(month)}?format=${format}`;
}

/** YYYY-MM of a date in China time. */
export function monthOf(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(date)
    .slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}
