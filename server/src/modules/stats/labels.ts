// Labels of the statistics' group keys that are codes rather than master-data rows.
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { labelOf } from '../catalog/codes.ts';
import { CHANNELS } from '../cases/codes.ts';
import { implementation, implementationVersion } from '../catalog/schema.ts';
import { COMPLAINT_CHANNELS } from '../complaints/codes.ts';
import { RATING_CHANNELS } from '../ratings/codes.ts';

/** The rollup's channel is a case channel, a complaint channel or (window ratings) a rating channel. */
export function channelLabel(code: string): string {
  return (
    labelOf(CHANNELS, code)?.zh ??
    labelOf(COMPLAINT_CHANNELS, code)?.zh ??
    labelOf(RATING_CHANNELS, code)?.zh ??
    code
  );
}

export const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

/** Implementation code → the name of its latest version; '' (no implementation) → 未关联事项. */
export async function itemLabels(db: Db, codes: string[]): Promise<Map<string, string>> {
  const found = await db
    .selectDistinctOn([implementation.code], {
      code: implementation.code,
      name: sql<string>`${implementationVersion.content}->>'name'`,
    })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(inArray(implementation.code, codes))
    .orderBy(implementation.code, desc(implementationVersion.version));
  const map = new Map(found.map((r) => [r.code, r.name]));
  if (codes.includes('')) map.set('', '未关联事项');
  return map;
}
