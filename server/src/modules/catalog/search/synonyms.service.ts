// Synonym administration (catalog.publish, city-wide: a synonym changes the search of the whole
// installation). Each change is one transaction: the row, the dictionary revision (so every
// replica reloads within seconds), the rebuilt index, and the audit entry — all or nothing.
import { asc, eq, gt } from 'drizzle-orm';
import { scopesOf, type Principal } from '../../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { decodeCursor, page } from '../../../platform/http/cursor.ts';
import { searchSynonym } from '../schema.ts';
import { bumpRevision } from './dictionary.ts';
import { reindexAll } from './index.ts';
import { normalise } from './tokenizer.ts';

export interface SynonymAdminCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
}

const PURPOSE = 'maintain the catalog search synonyms';

/** A term as stored: the normalised text (NFKC, lower case, punctuation and spaces removed). */
export function synonymKey(text: string, path: string): string {
  const key = normalise(text).replace(/ /g, '');
  if (!key) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path, message: 'must contain letters or digits', messageZh: '须包含文字或数字' }],
    });
  }
  return key;
}

function requireCityWide(p: Principal): void {
  const cityWide = scopesOf(p, 'catalog.publish').some(
    (s) => s.agencyId === null && s.regionCode === null && s.venueId === null,
  );
  if (!cityWide)
    throw new AppError('FORBIDDEN', { detail: 'synonyms apply city-wide: a city-wide grant is needed' });
}

const columns = {
  term: searchSynonym.term,
  canonical: searchSynonym.canonical,
  createdBy: searchSynonym.createdBy,
  createdAt: searchSynonym.createdAt,
};

export async function listSynonyms(ctx: SynonymAdminCtx, query: { limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor, 1);
  const rows = await ctx.db
    .select(columns)
    .from(searchSynonym)
    .where(after ? gt(searchSynonym.term, after[0]!) : undefined)
    .orderBy(asc(searchSynonym.term))
    .limit(query.limit + 1);
  const { items, nextCursor } = page(rows, query.limit, (r) => [r.term]);
  return { items: items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), nextCursor };
}

export async function putSynonym(ctx: SynonymAdminCtx, rawTerm: string, input: { canonical: string }) {
  requireCityWide(ctx.principal);
  const term = synonymKey(rawTerm, '/params/term');
  const canonical = input.canonical.trim();
  if (synonymKey(canonical, '/body/canonical') === term) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        { path: '/body/canonical', message: 'must differ from the term', messageZh: '不能与词条相同' },
      ],
    });
  }
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select(columns).from(searchSynonym).where(eq(searchSynonym.term, term));
    const [row] = await tx
      .insert(searchSynonym)
      .values({ term, canonical, createdBy: ctx.principal.accountId })
      .onConflictDoUpdate({ target: searchSynonym.term, set: { canonical } })
      .returning(columns);
    const revision = await bumpRevision(tx);
    const reindexed = await reindexAll(tx);
    await recordAudit(tx, ctx.actor, {
      action: before ? 'catalog.synonym.change' : 'catalog.synonym.add',
      purpose: PURPOSE,
      resource: { type: 'search-synonym', id: term },
      detail: { canonical, previous: before?.canonical ?? null, revision, reindexed },
    });
    return { ...row!, createdAt: row!.createdAt.toISOString() };
  });
}

export async function deleteSynonym(ctx: SynonymAdminCtx, rawTerm: string): Promise<void> {
  requireCityWide(ctx.principal);
  const term = synonymKey(rawTerm, '/params/term');
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx.delete(searchSynonym).where(eq(searchSynonym.term, term)).returning(columns);
    if (!gone) throw notFound(`no synonym ${term}`);
    const revision = await bumpRevision(tx);
    const reindexed = await reindexAll(tx);
    await recordAudit(tx, ctx.actor, {
      action: 'catalog.synonym.delete',
      purpose: PURPOSE,
      resource: { type: 'search-synonym', id: term },
      detail: { canonical: gone.canonical, revision, reindexed },
    });
  });
}
