// The holder-visible access log (license_access): every verification, authorized use, staff
// look-up and case use of a license by someone other than its holder. Anonymous verifiers are
// recorded by a masked address only — enough for the holder to tell places apart, not to track.
import { and, desc, eq } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { afterCursor, createdAtText } from '../cases/keyset.ts';
import { findStaffPlace } from '../identity/staff-place.ts';
import type { LicenseAccessKind } from './codes.ts';
import type { LicenseAccessEntry } from './licenses.schemas.ts';
import { licenseAccess } from './schema.ts';

export interface AccessActor {
  actorType: string;
  actorId: string | null;
  actorName: string;
  agencyId: string | null;
}

/** 10.1.2.3 → 10.1.*.*; IPv6 keeps its first three groups. */
export function maskOrigin(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.\d+\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.*.*`;
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}:*`;
  return '*';
}

export async function accessActorOf(db: Db, p: Principal | null, ip: string): Promise<AccessActor> {
  if (!p)
    return {
      actorType: 'anonymous',
      actorId: null,
      actorName: `匿名 anonymous (${maskOrigin(ip)})`,
      agencyId: null,
    };
  const agencyId = p.kind === 'staff' ? ((await findStaffPlace(db, p.accountId))?.agencyId ?? null) : null;
  return {
    actorType: p.actingFor ? 'enterprise-agent' : p.kind,
    actorId: p.actingFor ? p.actingFor.id : p.accountId,
    actorName: p.name,
    agencyId,
  };
}

export async function logAccess(
  db: Db,
  actor: AccessActor,
  entry: {
    licenseId: string;
    kind: LicenseAccessKind;
    purpose?: string | null;
    result?: string | null;
    authorizationId?: string | null;
    caseId?: string | null;
  },
): Promise<void> {
  await db.insert(licenseAccess).values({
    id: uuidv7(),
    licenseId: entry.licenseId,
    kind: entry.kind,
    ...actor,
    purpose: entry.purpose ?? null,
    result: entry.result ?? null,
    authorizationId: entry.authorizationId ?? null,
    caseId: entry.caseId ?? null,
  });
}

/** One license's accesses, newest first, keyset-paged by (at, id). */
export async function listAccesses(
  db: Db,
  licenseId: string,
  q: { cursor?: string; limit: number },
): Promise<{ items: LicenseAccessEntry[]; nextCursor: string | null }> {
  const rows = await db
    .select({ a: licenseAccess, at: createdAtText(licenseAccess.at) })
    .from(licenseAccess)
    .where(
      and(eq(licenseAccess.licenseId, licenseId), afterCursor(licenseAccess.at, licenseAccess.id, q.cursor)),
    )
    .orderBy(desc(licenseAccess.at), desc(licenseAccess.id))
    .limit(q.limit + 1);
  const result = page(rows, q.limit, (r) => [r.at, r.a.id]);
  return {
    items: result.items.map(({ a }) => ({
      id: a.id,
      kind: a.kind,
      actorName: a.actorName,
      agencyId: a.agencyId,
      purpose: a.purpose,
      result: a.result,
      caseId: a.caseId,
      at: a.at.toISOString(),
    })),
    nextCursor: result.nextCursor,
  };
}
