// npm run license:verify -- license.pdf license.ses [--maker maker.pem]
// Checks a license file against its GB/T 38540 signature (SES_Signature) without the server or
// its database: the document's SM3, the seal's SM2 signature, the seal maker's signature on the
// seal, the certificates and the validity at signing time; with --maker, also that the seal was
// made by that (trusted) seal maker. Prints a report in Chinese and English.
// Exit code: 0 valid, 1 not valid, 2 wrong usage or unreadable input.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyDocumentSignature, type SignatureCheck } from '../platform/crypto/ses/index.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';

const USAGE = [
  '用法 Usage: npm run license:verify -- <证照文件 license.pdf> <签章文件 license.ses> [--maker <制章人证书 maker.pem>]',
  '  --maker  平台制章系统证书（PEM 或 DER），用于确认印章由该制章人制作',
  '           the seal maker certificate (PEM or DER) to check the seal was made by that maker',
].join('\n');

function fail(zh: string, en: string): never {
  console.error(`${zh}\n${en}\n\n${USAGE}`);
  process.exit(2);
}

function readInput(path: string, zh: string, en: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    return fail(`无法读取${zh}：${path}`, `Cannot read the ${en}: ${path} (${(error as Error).message})`);
  }
}

/** DER as is; PEM (any label) or bare base64 text decoded. */
function derOf(bytes: Buffer): Buffer {
  if (bytes[0] === 0x30) return bytes;
  const text = bytes
    .toString('latin1')
    .replace(/-----(BEGIN|END)[^-]*-----/g, '')
    .replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]+=*$/.test(text) ? Buffer.from(text, 'base64') : bytes;
}

let parsed: ReturnType<
  typeof parseArgs<{
    options: { maker: { type: 'string' }; help: { type: 'boolean'; short: 'h' } };
    allowPositionals: true;
  }>
>;
try {
  parsed = parseArgs({
    options: { maker: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  fail('参数有误', `Bad arguments: ${(error as Error).message}`);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [documentPath, signaturePath, ...extra] = parsed.positionals;
if (!documentPath || !signaturePath || extra.length)
  fail('需要证照文件和签章文件两个参数', 'Expected two files: the license and its signature');

const document = readInput(documentPath, '证照文件', 'license file');
const signature = derOf(readInput(signaturePath, '签章文件', 'signature file'));
const makerPath = parsed.values.maker;
const makerCertificateDer = makerPath
  ? derOf(readInput(makerPath, '制章人证书', 'maker certificate'))
  : undefined;

const check = verifyDocumentSignature(
  document,
  signature,
  makerCertificateDer ? { makerCertificateDer } : {},
);
console.log(report(check).join('\n'));
process.exitCode = check.valid ? 0 : 1;

function report(c: SignatureCheck): string[] {
  const time = (d: Date | null) => (d ? d.toISOString().replace('.000Z', 'Z') : '—');
  const v = (s: string | null) => s ?? '—';
  const lines = [
    '电子签章核验（GB/T 38540-2020） E-seal signature verification',
    `证照文件 File:              ${basename(documentPath!)}`,
    `  文件 SM3 File SM3:        ${sm3Hex(document)}`,
    `签章文件 Signature:         ${basename(signaturePath!)}`,
    `  签章记录的 SM3 Signed SM3: ${v(c.documentSm3)}`,
    `  印章名称 Seal name:        ${v(c.sealName)}`,
    `  印章编码 Seal ID (esID):   ${v(c.esId)}`,
    `  印章有效期 Seal validity:  ${time(c.sealValidFrom)} 至 to ${time(c.sealValidTo)}`,
    `  签章时间 Signed at:        ${time(c.signedAt)}`,
    `  原文属性 Property info:    ${v(c.propertyInfo)}`,
    `  签章人 Signer:             ${v(c.signerSubject)}`,
    `  制章人 Seal maker:         ${v(c.makerSubject)}`,
    makerPath
      ? `  制章人信任 Maker trust:    已与 ${basename(makerPath)} 核对 checked against ${basename(makerPath)}`
      : '  制章人信任 Maker trust:    未指定 --maker，未确认制章人 not checked (no --maker given)',
    '',
  ];
  if (c.valid) {
    lines.push(
      '结果：有效 — 文件与签章一致，签名验证通过',
      'Result: VALID — the file matches the signature and all signatures verify',
    );
  } else {
    lines.push('结果：无效 Result: NOT VALID');
    for (const p of c.problems) lines.push(`  ✗ ${p.zh}`, `    ${p.en} [${p.code}]`);
  }
  return lines;
}
