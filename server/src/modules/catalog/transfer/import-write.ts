// The writing half of the import (import.service.ts decides, this applies): basic items with
// their adjustment-log rows, and implementations with their draft versions, in the caller's
// transaction.
import { eq, sql } from 'drizzle-orm';
import { uuidv7 } from '../../../platform/ids.ts';
import { publish } from '../../../platform/outbox/publish.ts';
import type { CatalogCtx } from '../catalog-access.ts';
import type { BasicItemContent } from '../content.ts';
import { codeAfter, highestSerial } from '../implementation-serial.ts';
import { catalogItem, catalogItemAdjustment, implementation, implementationVersion } from '../schema.ts';
import type { BasicRow } from './basic-rows.ts';
import type { ImplementationPlan } from './implementation-rows.ts';
import { SHEET } from './workbook-format.ts';

export type Tx = Parameters<Parameters<CatalogCtx['db']['transaction']>[0]>[0];

export interface ImportOutcome {
  dryRun: boolean;
  basicItems: { created: string[]; updated: string[]; unchanged: number };
  implementations: {
    created: { row: number; rowKey: string | null; code: string | null }[];
    newVersions: { row: number; code: string; version: number }[];
    unchanged: number;
  };
}

export interface StoredItem {
  id: string;
  content: BasicItemContent;
  /** The content when the item can take implementations (not retired). */
  usable: BasicItemContent | undefined;
}

export interface BasicDecision {
  created: BasicRow[];
  updated: BasicRow[];
  unchanged: number;
}

/** Applied directly, and kept in the adjustment log as approved requests of one bulk adjustment. */
export async function writeBasic(tx: Tx, ctx: CatalogCtx, d: BasicDecision, stored: Map<string, StoredItem>) {
  const now = new Date();
  for (const r of [...d.created, ...d.updated]) {
    const current = stored.get(r.content.basicCode);
    const id = current?.id ?? uuidv7();
    if (current)
      await tx
        .update(catalogItem)
        .set({ ...r.content, revision: sql`${catalogItem.revision} + 1`, updatedAt: now })
        .where(eq(catalogItem.id, id));
    else await tx.insert(catalogItem).values({ id, ...r.content, updatedAt: now });
    stored.set(r.content.basicCode, { id, content: r.content, usable: r.content });
    await tx.insert(catalogItemAdjustment).values({
      id: uuidv7(),
      itemId: id,
      kind: current ? 'change' : 'create',
      proposed: r.content,
      reason: `Excel 导入 · Excel import (${SHEET.basic} row ${r.row})`,
      status: 'approved',
      requestedBy: ctx.principal.accountId,
      decidedBy: ctx.principal.accountId,
      decidedAt: now,
    });
    await publish(tx, {
      type: 'catalog.item-changed',
      payload: { itemId: id, kind: current ? 'change' : 'create' },
    });
  }
}

export async function writeImplementations(
  tx: Tx,
  ctx: CatalogCtx,
  plans: ImplementationPlan[],
  usccOf: Map<string, string>,
  outcome: ImportOutcome,
  itemIds: Map<string, string>,
) {
  const lastSerial = new Map<string, number>();
  for (const p of plans) {
    if (p.kind === 'unchanged') continue;
    const versionId = uuidv7();
    if (p.kind === 'version') {
      const version = p.stored!.latest.version + 1;
      await tx.insert(implementationVersion).values({
        id: versionId,
        implementationId: p.stored!.id,
        version,
        status: 'draft',
        content: p.content,
        createdBy: ctx.principal.accountId,
      });
      outcome.implementations.newVersions.push({ row: p.row, code: p.stored!.code, version });
      continue;
    }
    const uscc = usccOf.get(p.agencyId)!;
    const last = lastSerial.get(uscc) ?? (await highestSerial(tx, uscc));
    const code = codeAfter(uscc, last);
    lastSerial.set(uscc, last + 1);
    const id = uuidv7();
    await tx.insert(implementation).values({
      id,
      code,
      itemId: itemIds.get(p.basicCode)!,
      agencyId: p.agencyId,
      regionCode: p.regionCode,
      createdBy: ctx.principal.accountId,
    });
    await tx.insert(implementationVersion).values({
      id: versionId,
      implementationId: id,
      version: 1,
      status: 'draft',
      content: p.content,
      createdBy: ctx.principal.accountId,
    });
    outcome.implementations.created.push({ row: p.row, rowKey: p.rowKey, code });
  }
}
