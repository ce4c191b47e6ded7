// Fixtures for the catalog's staff API tests: a basic item of its own (so the demo catalog can
// neither collide with it nor change it) and helpers that create an
// implementation and move a version through review and publication over HTTP.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { catalogItem } from '../src/modules/catalog/schema.ts';
import { basicItemOf, validContent } from '../src/modules/catalog/test-fixtures.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import type { Caller } from './identity-callers.ts';

export const today = () => businessDate();
export const inDays = (n: number) => addCalendarDays(businessDate(), n);

/** A fresh basic item for the fixture content (its data elements are in the base dictionary). */
export async function catalogFixture(db: Db): Promise<{ itemId: string; content: ImplementationContent }> {
  const content = { ...validContent(), basicCode: `T${randomBytes(5).toString('hex').toUpperCase()}` };
  const itemId = uuidv7();
  await db.insert(catalogItem).values({ id: itemId, ...basicItemOf(content) });
  return { itemId, content };
}

export function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

export interface Draft {
  code: string;
  versionId: string;
}

export async function createDraft(
  editor: Caller,
  itemId: string,
  content: ImplementationContent,
  at: { agencyId: string; regionCode: string } = { agencyId: 'tj-scjgw', regionCode: '120000' },
): Promise<Draft> {
  const body = ok(
    await editor.request('POST', '/api/v1/catalog/implementations', { basicItemId: itemId, ...at, content }),
    201,
  );
  return { code: body.code, versionId: body.versions[0].id };
}

export const act = (caller: Caller, versionId: string, body: Record<string, unknown>) =>
  caller.request('POST', `/api/v1/catalog/versions/${versionId}/actions`, body);

/** submit (editor) → approve (reviewer) → publish (reviewer) on `effectiveFrom`. */
export async function publishVersion(
  editor: Caller,
  reviewer: Caller,
  versionId: string,
  effectiveFrom = today(),
) {
  ok(await act(editor, versionId, { action: 'submit' }));
  ok(await act(reviewer, versionId, { action: 'approve' }));
  return ok(await act(reviewer, versionId, { action: 'publish', effectiveFrom }));
}
