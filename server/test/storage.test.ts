import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/database.ts';
import { localFileStorage } from '../src/platform/storage/local-file-storage.ts';
import { storedFile } from '../src/platform/storage/schema.ts';
import { DOCUMENT_TYPES, storeFile } from '../src/platform/storage/store-file.ts';
import { sm3Hex } from '../src/platform/crypto/sm3.ts';
import { testDatabase } from './helpers.ts';

// A minimal valid PNG (1×1) and PDF header, built here rather than read from fixtures.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let database: Database;
let root: string;
beforeAll(async () => {
  database = await testDatabase();
  root = mkdtempSync(join(tmpdir(), 'tongban-files-'));
});
afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

const count = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(storedFile))[0]!.n;

describe('file storage', () => {
  it('stores a PNG with its sniffed type and SM3 hash, and reads the same bytes back', async () => {
    const storage = localFileStorage(root);
    const file = await storeFile(database.db, storage, {
      bytes: PNG,
      originalName: 'photo.pdf',
      allowed: DOCUMENT_TYPES,
      maxBytes: 1024,
    });
    expect(file.contentType).toBe('image/png'); // the bytes decide, not the name
    expect(file.sm3).toBe(sm3Hex(PNG));
    const [row] = await database.db.select().from(storedFile).where(eq(storedFile.id, file.id));
    expect(row?.sizeBytes).toBe(PNG.length);
    const back = await storage.get(row!.storageKey);
    const chunks: Buffer[] = [];
    for await (const c of back) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(PNG)).toBe(true);
  });

  it('accepts a PDF when PDFs are allowed', async () => {
    const file = await storeFile(database.db, localFileStorage(root), {
      bytes: PDF,
      allowed: DOCUMENT_TYPES,
      maxBytes: 1024,
    });
    expect(file.contentType).toBe('application/pdf');
  });

  it('refuses text dressed as a PDF, an empty file and an oversize file, and records nothing', async () => {
    const before = await count();
    const storage = localFileStorage(root);
    await expect(
      storeFile(database.db, storage, {
        bytes: Buffer.from('<script>alert(1)</script>'),
        originalName: 'x.pdf',
        allowed: DOCUMENT_TYPES,
        maxBytes: 1024,
      }),
    ).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    await expect(
      storeFile(database.db, storage, { bytes: Buffer.alloc(0), allowed: DOCUMENT_TYPES, maxBytes: 1024 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      storeFile(database.db, storage, { bytes: PNG, allowed: DOCUMENT_TYPES, maxBytes: 10 }),
    ).rejects.toMatchObject({ code: 'BODY_TOO_LARGE' });
    await expect(
      storeFile(database.db, storage, { bytes: PNG, allowed: ['application/pdf'], maxBytes: 1024 }),
    ).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    expect(await count()).toBe(before);
  });

  it('never accepts a storage key that could escape its root', async () => {
    const storage = localFileStorage(root);
    await expect(storage.put('../escape', PNG)).rejects.toThrow(/unsafe/);
    await expect(storage.get('a/../../etc/passwd').then(text)).rejects.toThrow(/unsafe/);
  });
});
