// The search index: one catalog_search_doc row per published version, with weighted tokens —
//   A the name; B keywords, canonical forms of the synonyms the version mentions, theme labels;
//   C conditions, material names, the result's name, FAQ questions; D the agency's names.
// A and B carry character bigrams too (the fallback that lets a question meet a name jieba cut
// differently); C and D carry jieba words only, which halves the index for little loss.
// Publication calls indexPublishedVersion; a later version taking over (or a retirement) calls
// closeSearchDoc; a synonym change calls reindexAll. Tokens reach SQL only as parameters.
import { and, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { agency } from '../../masterdata/schema.ts';
import { labelOf, THEMES } from '../codes.ts';
import type { ImplementationContent } from '../content.ts';
import { catalogSearchDoc, implementation, implementationVersion } from '../schema.ts';
import {
  bumpRevision,
  canonicalsIn,
  ensureDictionary,
  learnWords,
  reloadDictionary,
  unknownWords,
  type SearchDictionary,
} from './dictionary.ts';
import { tokensOf, vectorText } from './tokenizer.ts';

const BATCH = 200;

type Source = Awaited<ReturnType<typeof sources>>[number];

const sourceColumns = {
  versionId: implementationVersion.id,
  implementationId: implementation.id,
  code: implementation.code,
  agencyId: implementation.agencyId,
  regionCode: implementation.regionCode,
  status: implementationVersion.status,
  effectiveFrom: implementationVersion.effectiveFrom,
  effectiveTo: implementationVersion.effectiveTo,
  content: implementationVersion.content,
  agencyName: agency.name,
  agencyShortName: agency.shortName,
};

function sources(db: Db, where: SQL | undefined) {
  return db
    .select(sourceColumns)
    .from(implementationVersion)
    .innerJoin(implementation, eq(implementation.id, implementationVersion.implementationId))
    .innerJoin(agency, eq(agency.id, implementation.agencyId))
    .where(and(inArray(implementationVersion.status, ['published', 'retired']), where))
    .orderBy(implementationVersion.id);
}

/** The four weighted texts of a version (exported for tests and the relevance report). */
export function weightedTexts(c: ImplementationContent, agencyNames: string[], dictionary: SearchDictionary) {
  const body = [
    ...c.conditions.map((x) => x.text),
    ...c.materials.map((m) => m.name),
    c.result.name,
    ...c.faqs.map((f) => f.question),
  ];
  const themes = c.themes.flatMap((t) => labelOf(THEMES, t)?.zh ?? []);
  const mentioned = [c.name, ...c.keywords, ...body].join(' ');
  return {
    A: [c.name],
    B: [...c.keywords, ...canonicalsIn(mentioned, dictionary), ...themes],
    C: body,
    D: agencyNames,
  };
}

const vector = (texts: Record<'A' | 'B' | 'C' | 'D', string[]>): SQL => {
  // Bigrams for the short, decisive texts only; the body (C) and agency names (D) get words.
  const tokens = (w: 'A' | 'B' | 'C' | 'D') =>
    texts[w].flatMap((t) => tokensOf(t, { bigrams: w === 'A' || w === 'B' }));
  const part = (w: 'A' | 'B' | 'C' | 'D') =>
    sql`setweight(to_tsvector('simple', ${vectorText(tokens(w))}), ${w}::"char")`;
  return sql`(${part('A')} || ${part('B')} || ${part('C')} || ${part('D')})`;
};

function docOf(s: Source, dictionary: SearchDictionary) {
  if (!s.effectiveFrom) throw new Error(`search index: version ${s.versionId} has no effective date`);
  const c = s.content;
  return {
    versionId: s.versionId,
    implementationId: s.implementationId,
    code: s.code,
    name: c.name,
    agencyId: s.agencyId,
    agencyName: s.agencyName,
    regionCode: s.regionCode,
    itemType: c.itemType,
    serviceTargets: c.serviceTargets,
    themes: c.themes,
    handlingModes: c.handlingModes,
    cityWide: c.cityWide,
    effectiveFrom: s.effectiveFrom,
    effectiveTo: s.effectiveTo,
    tokens: vector(weightedTexts(c, [s.agencyName, s.agencyShortName], dictionary)),
  };
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

async function upsert(tx: Db, batch: Source[], dictionary: SearchDictionary): Promise<void> {
  if (!batch.length) return;
  await tx
    .insert(catalogSearchDoc)
    .values(batch.map((s) => docOf(s, dictionary)))
    .onConflictDoUpdate({
      target: catalogSearchDoc.versionId,
      set: {
        code: excluded('code'),
        name: excluded('name'),
        agencyId: excluded('agency_id'),
        agencyName: excluded('agency_name'),
        regionCode: excluded('region_code'),
        itemType: excluded('item_type'),
        serviceTargets: excluded('service_targets'),
        themes: excluded('themes'),
        handlingModes: excluded('handling_modes'),
        cityWide: excluded('city_wide'),
        effectiveFrom: excluded('effective_from'),
        effectiveTo: excluded('effective_to'),
        tokens: excluded('tokens'),
      },
    });
}

/**
 * Indexes a published version (idempotent). Words the dictionary did not know yet (a new item
 * name, a keyword) are learnt here and the revision is bumped so every replica learns them too.
 */
export async function indexPublishedVersion(tx: Db, versionId: string): Promise<void> {
  const dictionary = await ensureDictionary(tx);
  const [source] = await sources(tx, eq(implementationVersion.id, versionId));
  if (!source) throw new Error(`search index: version ${versionId} is not published`);
  const fresh = unknownWords([source.content.name, ...source.content.keywords, source.agencyName]);
  if (fresh.length) {
    learnWords(fresh);
    await bumpRevision(tx);
  }
  await upsert(tx, [source], dictionary);
}

/** Ends a version's document on `effectiveTo` (a later version took over, or it was retired). */
export async function closeSearchDoc(tx: Db, versionId: string, effectiveTo: string): Promise<void> {
  await tx.update(catalogSearchDoc).set({ effectiveTo }).where(eq(catalogSearchDoc.versionId, versionId));
}

/**
 * Rebuilds the documents that can still be found (in force today or later) with the dictionary
 * as `tx` sees it — call it after changing synonyms in the same transaction. Documents of
 * versions that ended before today are never searched again and keep their old tokens.
 * Returns how many documents were rebuilt.
 */
export async function reindexAll(tx: Db, today: string = businessDate()): Promise<number> {
  const dictionary = await reloadDictionary(tx);
  let count = 0;
  let after = '';
  for (;;) {
    const batch = await sources(
      tx,
      and(
        gt(implementationVersion.id, after || '00000000-0000-0000-0000-000000000000'),
        or(isNull(implementationVersion.effectiveTo), gt(implementationVersion.effectiveTo, today)),
      ),
    ).limit(BATCH);
    await upsert(tx, batch, dictionary);
    count += batch.length;
    if (batch.length < BATCH) return count;
    after = batch.at(-1)!.versionId;
  }
}
