// npm run audit:verify — walks the audit hash chain and the signed anchors; exits 1 and names
// the first broken link if anything was altered, removed or re-signed.
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { loadAuditKey } from '../platform/audit/signer.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { sm2PublicKeyFromPrivate } from '../platform/crypto/sm2.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const trusted = sm2PublicKeyFromPrivate(loadAuditKey(config));
  const report = await verifyAuditChain(database.db, trusted);
  console.log(JSON.stringify(report, null, 2));
  if (!report.ok) {
    console.error(`Audit chain broken at seq ${report.firstBroken?.seq}: ${report.firstBroken?.reason}`);
    process.exitCode = 1;
  } else {
    console.log(
      `Audit chain intact: ${report.chained} rows chained, ${report.anchorsChecked} signed anchors verified, ${report.unsealed} awaiting the sealer.`,
    );
  }
} finally {
  await database.close();
}
