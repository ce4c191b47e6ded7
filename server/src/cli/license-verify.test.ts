// The standalone verifier run as a user runs it: a separate node process, files on disk, no
// server and no database; exit code and report checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOCUMENT, makeSealFixture, signSample } from '../platform/crypto/ses/test-fixtures.ts';

const CLI = fileURLToPath(new URL('./license-verify.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tongban-license-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: Buffer | string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

function run(...args: string[]): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const fixture = makeSealFixture();
const pdf = file('license.pdf', SAMPLE_DOCUMENT);
const ses = file('license.ses', signSample(fixture));
const makerPem = file(
  'maker.pem',
  `-----BEGIN CERTIFICATE-----\n${fixture.maker.certificateDer.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`,
);

describe('license:verify', () => {
  it('accepts a signed license: exit 0, report in Chinese and English', () => {
    const { status, out } = run(pdf, ses, '--maker', makerPem);
    expect(out).toContain('结果：有效');
    expect(out).toContain('Result: VALID');
    expect(out).toContain('天津市市场监督管理委员会电子证照专用章');
    expect(out).toContain('2026-11-28T08:30:15Z');
    expect(out).toContain('checked against maker.pem');
    expect(status).toBe(0);
  });

  it('says when the maker was not checked', () => {
    const { status, out } = run(pdf, ses);
    expect(out).toContain('not checked (no --maker given)');
    expect(status).toBe(0);
  });

  it('rejects a tampered license file: exit 1, the reason in both languages', () => {
    const tampered = Buffer.from(SAMPLE_DOCUMENT);
    tampered[tampered.length - 3]! ^= 0x20;
    const { status, out } = run(file('tampered.pdf', tampered), ses);
    expect(out).toContain('结果：无效');
    expect(out).toContain('Result: NOT VALID');
    expect(out).toContain('文件与签章不符');
    expect(out).toContain('[document-hash-mismatch]');
    expect(status).toBe(1);
  });

  it('rejects a seal from another maker when --maker is given (DER accepted too)', () => {
    const otherMaker = file('other-maker.der', makeSealFixture().maker.certificateDer);
    const { status, out } = run(pdf, ses, '--maker', otherMaker);
    expect(out).toContain('[untrusted-maker]');
    expect(status).toBe(1);
  });

  it('rejects a signature file that is not DER', () => {
    const { status, out } = run(pdf, file('garbage.ses', 'garbage'));
    expect(out).toContain('[malformed]');
    expect(status).toBe(1);
  });

  it('wrong usage or a missing file: exit 2 with the usage', () => {
    expect(run(pdf).status).toBe(2);
    const missing = run(pdf, join(dir, 'nope.ses'));
    expect(missing.out).toContain('无法读取签章文件');
    expect(missing.status).toBe(2);
    expect(run(pdf, ses, '--bogus').status).toBe(2);
  });
});
