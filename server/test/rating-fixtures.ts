// A rating inserted as the ratings work records one (row + `rating.created` in the same
// transaction), so the rectification tests do not depend on the rating routes.
import { eq } from 'drizzle-orm';
import { rating } from '../src/modules/ratings/schema.ts';
import { rectification } from '../src/modules/ratings/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { publish } from '../src/platform/outbox/publish.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { personId } from './case-fixtures.ts';

export interface RatingFixture {
  agencyId?: string;
  regionCode?: string;
  level?: number;
  /** The rater's username; null: an anonymous rating at a window. */
  rater?: string | null;
  comment?: string;
  itemName?: string;
  caseNumber?: string | null;
  followUpOf?: string | null;
}

export async function insertRating(db: Db, f: RatingFixture = {}): Promise<string> {
  const id = uuidv7();
  const raterId = f.rater === null ? null : await personId(db, f.rater ?? 'zhangsan');
  await db.transaction(async (tx) => {
    await tx.insert(rating).values({
      id,
      kind: 'window',
      caseNumber: f.caseNumber ?? null,
      followUpOf: f.followUpOf ?? null,
      agencyId: f.agencyId ?? 'hx-xzspj',
      regionCode: f.regionCode ?? '120103',
      itemName: f.itemName ?? '仅销售预包装食品备案',
      venueId: 'zwfw-120103',
      windowCode: 'SL01',
      channel: 'qr',
      raterType: raterId ? 'person' : null,
      raterId,
      level: f.level ?? 5,
      scores: { overall: f.level ?? 5 },
      comment: f.comment ?? '窗口让我来回跑了三次。',
      ratedOn: businessDate(),
    });
    await publish(tx, {
      type: 'rating.created',
      payload: {
        ratingId: id,
        caseId: null,
        level: f.level ?? 5,
        agencyId: f.agencyId ?? 'hx-xzspj',
        followUpOf: f.followUpOf ?? null,
      },
    });
  });
  return id;
}

export async function rectificationOf(db: Db, ratingId: string) {
  const [row] = await db.select().from(rectification).where(eq(rectification.ratingId, ratingId));
  return row;
}
