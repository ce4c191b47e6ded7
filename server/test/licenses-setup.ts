// Test helpers of the licenses module: the module's dependencies for a test platform, and a seal
// for an agency made directly (any validity, also in the past) without going through HTTP.
import { deflateSync, crc32 } from 'node:zlib';
import type { Platform } from '../src/compose.ts';
import type { SealPicture } from '../src/platform/crypto/ses/index.ts';
import type { Db } from '../src/platform/db/database.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/record.ts';
import type { SealType } from '../src/modules/licenses/codes.ts';
import { licenseDeps, type LicenseDeps } from '../src/modules/licenses/deps.ts';
import type { ESealRow } from '../src/modules/licenses/schema.ts';
import { insertSeal } from '../src/modules/licenses/seal-make.ts';
import { getSealMaker } from '../src/modules/licenses/seal-maker.ts';

const DAY = 86_400_000;

/** The licenses module's dependencies as the platform's routes see them. */
export const testLicenseDeps = (p: Pick<Platform, 'config'>): LicenseDeps =>
  licenseDeps({ config: p.config });

export interface TestSealOptions {
  sealType?: SealType;
  /** Default: now (a seal valid from now on). */
  validFrom?: Date;
  /** Default: a year after validFrom. */
  validTo?: Date;
  /** Default: the generated red round seal. */
  picture?: SealPicture;
}

/** An active seal of the agency, made by the platform's seal maker (as POST /seals would). */
export async function createTestSeal(
  db: Db,
  deps: LicenseDeps,
  agencyId: string,
  opts: TestSealOptions = {},
): Promise<ESealRow> {
  const maker = await getSealMaker(db, deps);
  const validFrom = opts.validFrom ?? new Date();
  const validTo = opts.validTo ?? new Date(validFrom.getTime() + 365 * DAY);
  return db.transaction((tx) =>
    insertSeal(tx, deps, maker, {
      agencyId,
      sealType: opts.sealType ?? 2,
      validFrom,
      validTo,
      ...(opts.picture && { picture: opts.picture }),
      createdBy: null,
      actor: SYSTEM_ACTOR,
      purpose: 'test',
    }),
  );
}

/** A real PNG of one colour (RGBA, 8 bits), `width` × `height` pixels. */
export function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 4, Buffer.from([0xd0, 0x10, 0x10, 0xff])),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
