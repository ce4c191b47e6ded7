// Fixtures for the bundle guide and administration tests: member implementations inserted as
// published versions in force (so a test can shape their forms and materials freely — a
// conflicting form could never pass the catalog's own review), bundle contents, and a bundle
// inserted as published, independent of the seed bundles.
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, or, gte } from 'drizzle-orm';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { buildFormSchema, type FormField } from '../src/modules/catalog/form-schema.ts';
import { implementation, implementationVersion } from '../src/modules/catalog/schema.ts';
import { fixtureDataElements, validContent } from '../src/modules/catalog/test-fixtures.ts';
import type { BundleContent, BundleMember } from '../src/modules/bundles/content.ts';
import { bundle, bundleVersion } from '../src/modules/bundles/schema.ts';
import { license } from '../src/modules/licenses/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { businessDate } from '../src/platform/time/business-date.ts';

export const form = (fields: FormField[]) => buildFormSchema(fields, fixtureDataElements());

/** An implementation with one published version in force from `from` (default today). */
export async function memberImplementation(
  db: Db,
  itemId: string,
  content: ImplementationContent,
  at: { agencyId: string; regionCode: string; from?: string } = {
    agencyId: 'tj-scjgw',
    regionCode: '120000',
  },
): Promise<string> {
  const code = `TBTEST${randomBytes(6).toString('hex').toUpperCase()}`;
  const id = uuidv7();
  await db
    .insert(implementation)
    .values({ id, code, itemId, agencyId: at.agencyId, regionCode: at.regionCode, createdBy: 'test' });
  await db.insert(implementationVersion).values({
    id: uuidv7(),
    implementationId: id,
    version: 1,
    status: 'published',
    content,
    effectiveFrom: at.from ?? businessDate(),
    createdBy: 'test',
    publishedAt: new Date(),
  });
  return code;
}

/** The fixture content with `enterprise.name` limited differently: a form conflict. */
export function conflictingContent(): ImplementationContent {
  const c = validContent();
  c.name = '冲突测试事项';
  const schema = c.form.schema as {
    properties: { enterprise: { properties: { name: { maxLength?: number } } } };
  };
  schema.properties.enterprise.properties.name.maxLength = 50;
  return c;
}

type MemberInput = Pick<BundleMember, 'id' | 'implementationCode'> & Partial<BundleMember>;

export function bundleContent(members: MemberInput[], over: Partial<BundleContent> = {}): BundleContent {
  return {
    name: '测试开办一件事',
    target: 'enterprise',
    lifeEvent: 'establishment',
    summary: '测试用一件事：许可和公章刻制一次办。',
    leadAgencyId: 'hx-xzspj',
    promisedLimit: { value: 8, unit: 'working-days' },
    questions: [
      {
        id: 'need-seal',
        text: '是否需要刻制公章',
        options: [
          { id: 'yes', label: '需要' },
          { id: 'no', label: '不需要' },
        ],
      },
    ],
    members: members.map((m) => ({ after: [], answers: {}, ...m })),
    visits: 1,
    venueIds: ['zwfw-120103'],
    consultationPhone: '022-28000000',
    keywords: ['开办'],
    ...over,
  };
}

/** A bundle inserted with one published version in force from `from` (default today). */
export async function insertPublishedBundle(
  db: Db,
  content: BundleContent,
  at: { code?: string; regionCode?: string; from?: string } = {},
): Promise<{ code: string; bundleId: string; versionId: string }> {
  const regionCode = at.regionCode ?? '120116';
  const code = at.code ?? `YJS${regionCode}${String(100 + Math.floor(Math.random() * 900))}`;
  const bundleId = uuidv7();
  const versionId = uuidv7();
  await db.insert(bundle).values({
    id: bundleId,
    code,
    regionCode,
    leadAgencyId: content.leadAgencyId,
    createdBy: 'test',
  });
  await db.insert(bundleVersion).values({
    id: versionId,
    bundleId,
    version: 1,
    status: 'published',
    content,
    effectiveFrom: at.from ?? businessDate(),
    createdBy: 'test',
    publishedAt: new Date(),
  });
  return { code, bundleId, versionId };
}

/** The type code of a valid license the person holds (the demo licenses give zhangsan some). */
export async function heldLicenseType(db: Db, personId: string): Promise<string> {
  const [row] = await db
    .select({ typeCode: license.typeCode })
    .from(license)
    .where(
      and(
        eq(license.holderType, 'person'),
        eq(license.holderSubjectId, personId),
        eq(license.status, 'valid'),
        or(isNull(license.validTo), gte(license.validTo, businessDate())),
      ),
    )
    .limit(1);
  if (!row) throw new Error('the demo person holds no valid license');
  return row.typeCode;
}
