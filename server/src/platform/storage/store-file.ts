// Accepting a file: the type is sniffed from its bytes (the client's claim and file name are
// ignored), checked against what the caller allows, hashed with SM3, stored, and recorded.
import { fileTypeFromBuffer } from 'file-type';
import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { sm3Hex } from '../crypto/sm3.ts';
import type { Db } from '../db/database.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { uuidv7 } from '../ids.ts';
import type { FileStorage } from './file-storage.ts';
import { storedFile } from './schema.ts';

export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'] as const;

export interface StoredFile {
  id: string;
  contentType: string;
  sizeBytes: number;
  sm3: string;
  originalName: string | null;
}

export async function sniffContentType(bytes: Buffer): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  // OFD (GB/T 33190) is a ZIP with OFD.xml at its root; file-type reports plain ZIP only.
  if (found?.mime === 'application/zip' && bytes.includes('OFD.xml')) return 'application/ofd';
  return found?.mime;
}

export async function storeFile(
  db: Db,
  storage: FileStorage,
  input: { bytes: Buffer; originalName?: string; allowed: readonly string[]; maxBytes: number },
): Promise<StoredFile> {
  if (input.bytes.length === 0) throw new AppError('BAD_REQUEST', { detail: 'the file is empty' });
  if (input.bytes.length > input.maxBytes)
    throw new AppError('BODY_TOO_LARGE', { detail: `at most ${input.maxBytes} bytes` });
  const contentType = await sniffContentType(input.bytes);
  if (!contentType || !input.allowed.includes(contentType)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { detail: `allowed: ${input.allowed.join(', ')}` });
  }
  const id = uuidv7();
  const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
  await storage.put(key, input.bytes);
  const file = {
    id,
    storageKey: key,
    contentType,
    sizeBytes: input.bytes.length,
    sm3: sm3Hex(input.bytes),
    originalName: input.originalName?.slice(0, 255) ?? null,
  };
  await db.insert(storedFile).values(file);
  return { id, contentType, sizeBytes: file.sizeBytes, sm3: file.sm3, originalName: file.originalName };
}

/** Streams a stored file with the type we sniffed, as a download, never rendered inline. */
export async function sendStoredFile(db: Db, storage: FileStorage, reply: FastifyReply, id: string) {
  const [file] = await db.select().from(storedFile).where(eq(storedFile.id, id));
  if (!file) throw notFound(`file ${id}`);
  return reply
    .type(file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.id}"`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'; sandbox")
    .send(await storage.get(file.storageKey));
}
