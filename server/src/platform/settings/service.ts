// Settings cascade agency → region (nearest first, up the region tree) → platform; within a
// scope the entry with the latest effective date on or before the asked date wins. Entries are
// never overwritten: a change is a new entry, audited, so the history is the table.
import { desc, eq } from 'drizzle-orm';
import { Check, Errors } from 'typebox/value';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { regionAncestors } from '../identifiers/region-code.ts';
import { uuidv7 } from '../ids.ts';
import { businessDate } from '../time/business-date.ts';
import { findSettingDefinition, type SettingDefinition } from './definitions.ts';
import { setting } from './schema.ts';
import { forgetSettingSnapshots, settingEntries } from './snapshot.ts';

export type SettingScope =
  { type: 'platform' } | { type: 'region'; id: string } | { type: 'agency'; id: string };

export interface ResolvedSetting {
  key: string;
  value: unknown;
  /** Where the value came from; `default` when nothing was set. */
  scope: SettingScope | { type: 'default' };
  effectiveFrom: string | null;
}

function definitionOf(key: string): SettingDefinition {
  const def = findSettingDefinition(key);
  if (!def) throw new AppError('SETTING_UNKNOWN', { detail: key });
  return def;
}

/** The value in force for an agency and/or region on a date (default: today in Asia/Shanghai). */
export async function resolveSetting(
  db: Db,
  key: string,
  at: { agencyId?: string; regionCode?: string; date?: string } = {},
): Promise<ResolvedSetting> {
  const def = definitionOf(key);
  const chain: SettingScope[] = [
    ...(at.agencyId ? [{ type: 'agency' as const, id: at.agencyId }] : []),
    ...(at.regionCode
      ? [at.regionCode, ...regionAncestors(at.regionCode)].map((id) => ({ type: 'region' as const, id }))
      : []),
    { type: 'platform' },
  ];
  const date = at.date ?? businessDate();
  const rows = (await settingEntries(db))
    .filter((r) => r.key === key && r.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));
  for (const scope of chain) {
    const hit = rows.find((r) => r.scopeType === scope.type && r.scopeId === ('id' in scope ? scope.id : ''));
    if (hit) return { key, value: hit.value, scope, effectiveFrom: hit.effectiveFrom };
  }
  return { key, value: def.default, scope: { type: 'default' }, effectiveFrom: null };
}

export async function putSetting(
  ctx: { db: Db; actor: AuditActor },
  input: { key: string; scope: SettingScope; value: unknown; effectiveFrom: string },
) {
  const def = definitionOf(input.key);
  if (!Check(def.schema, input.value)) {
    throw new AppError('VALIDATION_FAILED', {
      errors: Errors(def.schema, input.value).map((e) => ({
        path: `/body/value${e.instancePath}`,
        message: e.message ?? 'invalid',
        messageZh: '取值不符合要求',
      })),
    });
  }
  const scopeId = 'id' in input.scope ? input.scope.id : '';
  const created = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(setting)
      .values({
        id: uuidv7(),
        key: input.key,
        scopeType: input.scope.type,
        scopeId,
        value: input.value,
        effectiveFrom: input.effectiveFrom,
        createdBy: ctx.actor.id ?? 'system',
      })
      .onConflictDoNothing()
      .returning();
    if (!created)
      throw new AppError('CONFLICT', {
        detail: `${input.key} already has an entry for this scope from ${input.effectiveFrom}`,
      });
    await recordAudit(tx, ctx.actor, {
      action: 'setting.put',
      purpose: 'configure local rules',
      resource: { type: 'setting', id: `${input.key}@${input.scope.type}:${scopeId}` },
      detail: { value: input.value as never, effectiveFrom: input.effectiveFrom },
    });
    return created;
  });
  forgetSettingSnapshots();
  return created;
}

export async function settingHistory(db: Db, key: string) {
  definitionOf(key);
  return db
    .select()
    .from(setting)
    .where(eq(setting.key, key))
    .orderBy(desc(setting.effectiveFrom), desc(setting.createdAt));
}
