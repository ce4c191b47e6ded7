// E-license benchmark (issue #6): what each step of issuing and verifying a license costs — seal
// key, seal picture, the A4 PDF, the SES signature and its verification — and the online check
// of a 亮证 code (signature, expiry, the code's row, the license's status, the access log) on the
// demo data. In process, one at a time: the figures are per core. The HTTP route is rate-limited
// per address by design (60/min), so it is not load-tested here. Prints figures; asserts nothing.
//   npm run licenses -w bench                    (embedded PGlite)
//   DATABASE_URL=postgres://… npm run licenses -w bench
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import { createPlatform } from '../server/src/compose.ts';
import { DEMO_PERSONS } from '../server/src/modules/identity/demo-accounts.ts';
import { account } from '../server/src/modules/identity/schema.ts';
import { licenseDeps } from '../server/src/modules/licenses/deps.ts';
import { makeShowTokenFor } from '../server/src/modules/licenses/library.service.ts';
import { renderLicensePdf, type LicensePdfSpec } from '../server/src/modules/licenses/license-pdf.ts';
import { eSeal, license } from '../server/src/modules/licenses/schema.ts';
import { sealKeyAad } from '../server/src/modules/licenses/seal-make.ts';
import { verifyLicense } from '../server/src/modules/licenses/verify.service.ts';
import type { Principal } from '../server/src/platform/access/principal.ts';
import { loadConfig } from '../server/src/platform/config/config.ts';
import { signDocument, verifyDocumentSignature } from '../server/src/platform/crypto/ses/index.ts';
import { sm3 } from '../server/src/platform/crypto/sm3.ts';
import { generateSm2KeyPair } from '../server/src/platform/crypto/sm2.ts';
import { sealDrawing, sealSvg } from '../server/src/platform/documents/seal-picture.ts';

const loadBefore = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  PORT: '0',
});
const platform = await createPlatform(config);
const db = platform.database.db;
const deps = licenseDeps({ config });

async function time(step: string, runs: number, fn: () => unknown): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(runs - 1, Math.floor(p * runs))]!.toFixed(1);
  const perSecond = (1000 * runs) / ms.reduce((a, b) => a + b, 0);
  console.log(`| ${step} | ${runs} | ${q(0.5)} | ${q(0.99)} | ${perSecond.toFixed(0)} |`);
}

try {
  const [zhangsan] = await db.select().from(account).where(eq(account.username, 'zhangsan'));
  const [held] = await db
    .select()
    .from(license)
    .where(and(eq(license.holderName, DEMO_PERSONS[0]!.name), eq(license.status, 'valid')))
    .limit(1);
  const [seal] = await db.select().from(eSeal).where(eq(eSeal.id, held!.sealId));
  const sealKey = deps.crypto.cipher.decrypt(seal!.privateKeyEnc, sealKeyAad(seal!.id));
  const spec: LicensePdfSpec = {
    typeName: '就业创业证',
    licenseNumber: held!.licenseNumber,
    identifier: held!.identifier,
    face: [['姓名', DEMO_PERSONS[0]!.name]],
    holderName: DEMO_PERSONS[0]!.name,
    holderIdLabel: '居民身份证',
    holderIdNumber: DEMO_PERSONS[0]!.idNumber,
    issuerName: held!.issuerName,
    issueDate: held!.issueDate,
    validFrom: held!.validFrom,
    validTo: held!.validTo,
    verifyUrl: `${config.publicUrl}/licenses/verify?id=${held!.identifier}`,
    seal: {
      name: seal!.name,
      picture: {
        type: seal!.pictureType,
        data: seal!.picture,
        widthMm: seal!.pictureWidthMm,
        heightMm: seal!.pictureHeightMm,
      },
    },
    createdAt: new Date(),
  };
  const pdf = await renderLicensePdf(spec);
  const sign = () =>
    signDocument({
      sesSeal: seal!.sesSeal,
      sealPrivateKeyPem: sealKey,
      documentSm3: sm3(pdf),
      signedAt: new Date(),
      propertyInfo: 'bench',
    });
  const signature = sign();
  const principal = {
    kind: 'person',
    accountId: zhangsan!.id,
    name: 'bench',
    actingFor: null,
    grants: [],
    sessionId: null,
  } as Principal;
  const actor = { type: 'person' as const, id: zhangsan!.id };
  const libraryCtx = { db, deps, principal, actor, ip: '127.0.0.1' };
  const { token } = await makeShowTokenFor(libraryCtx, held!.id);

  console.log(
    `\nE-licenses — ${cpus().length} CPUs, ${platform.database.kind}, load before ${loadBefore}; ` +
      `license PDF ${pdf.length} B, SES_Signature ${signature.length} B, 亮证 code ${token.length} chars\n`,
  );
  console.log('| step | runs | p50 ms | p99 ms | per second |\n|---|---|---|---|---|');
  await time('SM2 key pair (a new seal)', 50, () => generateSm2KeyPair());
  await time('seal picture: glyph outlines → SVG', 50, () =>
    sealSvg(sealDrawing(seal!.name, { centre: '电子证照专用章' })),
  );
  await time('license PDF: A4, seal, QR', 30, () => renderLicensePdf(spec));
  await time('SES_Signature: SM3 of the PDF + SM2 sign', 100, sign);
  await time('SES_Signature verify: hash, 2 signatures, chain', 100, () =>
    verifyDocumentSignature(pdf, signature),
  );
  await time('亮证 code: make (SM2 sign, row)', 100, () => makeShowTokenFor(libraryCtx, held!.id));
  await time('亮证 code: online verify (SM2, rows, access log)', 200, () =>
    verifyLicense({ db, deps, principal: null, ip: '127.0.0.1' }, { token }),
  );
} finally {
  await platform.close();
  rmSync(dataDir, { recursive: true, force: true });
}
