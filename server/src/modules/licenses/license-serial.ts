// The serial counter per license type, issuer and year. One upsert that increments and returns
// the new value: atomic under concurrency (the row lock serialises issuers of the same type),
// no gaps from read-then-write races, and the same statement on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { licenseSerial } from './license-identifier.ts';
import { licenseSerial as serialTable } from './schema.ts';

export async function nextLicenseSerial(
  tx: Db,
  typeCode: string,
  issuerCode: string,
  year: number,
): Promise<string> {
  const [row] = await tx
    .insert(serialTable)
    .values({ typeCode, issuerCode, year, last: 1 })
    .onConflictDoUpdate({
      target: [serialTable.typeCode, serialTable.issuerCode, serialTable.year],
      set: { last: sql`${serialTable.last} + 1` },
    })
    .returning({ last: serialTable.last });
  return licenseSerial(year, row!.last);
}
