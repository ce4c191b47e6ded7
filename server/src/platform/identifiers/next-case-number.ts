// Case numbers: region + business date + a serial from the database sequence. A sequence never
// hands out one value twice, whatever the number of replicas, and needs no counter row that
// concurrent submissions would queue on. (Gaps after a rollback are expected and harmless.)
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import { businessDate } from '../time/business-date.ts';
import { formatCaseNumber } from './case-number.ts';

export async function nextCaseNumber(db: Db, regionCode: string, at: Date = new Date()): Promise<string> {
  const [row] = await queryRows<{ n: string }>(db, sql`select nextval('case_number_seq')::text as n`);
  return formatCaseNumber({ regionCode, businessDate: businessDate(at), sequence: BigInt(row!.n) });
}
