// Issuing case documents through the service: stored with the case, numbered, downloadable by
// those who may see the case (audited for staff), verifiable by anyone through the QR code's hash.
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { implementationCode, insertSubmittedCase } from '../../../test/case-fixtures.ts';
import { testPlatform, type TestPlatform } from '../../../test/helpers.ts';
import { anonymous, signIn, type Caller } from '../../../test/identity-callers.ts';
import { compact, pdfQrCode, pdfText, popplerAvailable } from '../../../test/pdf-tools.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';
import { maskCaseNumber } from './documents.queries.ts';
import { issueDocument, verifyPath } from './documents.service.ts';
import { caseDocument, serviceCase } from './schema.ts';

const poppler = popplerAvailable();

describe('issuing, downloading and verifying', () => {
  let p: TestPlatform;
  let caseId: string;
  let zhangsan: Caller;
  let reviewer: Caller;
  let outsider: Caller;
  let otherPerson: Caller;

  beforeAll(async () => {
    p = await testPlatform();
    const code = await implementationCode(p.database.db, 'hx-xzspj', '食品经营许可');
    caseId = await insertSubmittedCase(p.database.db, { code, receivedOn: '2026-03-02' });
    zhangsan = await signIn(p.app, 'zhangsan');
    reviewer = await signIn(p.app, 'reviewer-hxsp');
    outsider = await signIn(p.app, 'reviewer-scjg');
    otherPerson = await signIn(p.app, 'lisi');
  });
  afterAll(() => p.dispose());

  const storage = () => localFileStorage(join(p.config.dataDir, 'files'));
  const row = async () =>
    (await p.database.db.select().from(serviceCase).where(eq(serviceCase.id, caseId)))[0]!;

  it('stores the PDF with the case under a readable, unique number, with the QR pointing at its hash', async () => {
    const c = await row();
    const facts = { reason: '申请事项依法不属于本机关职权范围。' };
    const first = await p.database.db.transaction((tx) =>
      issueDocument(tx, storage(), c, 'refusal-notice', facts, { publicUrl: 'https://zwfw.example.gov.cn/' }),
    );
    const second = await p.database.db.transaction((tx) =>
      issueDocument(tx, storage(), c, 'refusal-notice', facts),
    );
    expect(first.number).toBe(`HXXZSPJ-BSL-${c.caseNumber}-1`);
    expect(second.number).toBe(`HXXZSPJ-BSL-${c.caseNumber}-2`);
    expect(first.sm3).toMatch(/^[0-9a-f]{64}$/);
    expect(first.sm3).not.toBe(first.fileSm3);
    const rows = await p.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, caseId));
    expect(rows.map((r) => r.number).sort()).toEqual([first.number, second.number].sort());
    // The agency's name comes from the master data when the facts leave it out; the QR code
    // carries the public URL of the check.
    if (poppler) {
      const res = await zhangsan.request('GET', `/api/v1/cases/${caseId}/documents/${first.id}`);
      const text = compact(pdfText(res.rawPayload));
      expect(text).toContain('天津市河西区行政审批局');
      expect(text).toContain('张三');
      expect(text).toContain(first.number);
      expect(pdfQrCode(res.rawPayload)).toBe(
        `https://zwfw.example.gov.cn/api/v1/documents/verify/${first.sm3}`,
      );
    }
  });

  it('lets the applicant and the competent staff download it; staff downloads are audited', async () => {
    const c = await row();
    const doc = await p.database.db.transaction((tx) =>
      issueDocument(tx, storage(), c, 'correction-notice', { correctionItems: ['补充身份证明'] }),
    );
    const url = `/api/v1/cases/${caseId}/documents/${doc.id}`;
    const mine = await zhangsan.request('GET', url);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['content-disposition']).toBe(`attachment; filename="${doc.number}.pdf"`);
    expect(sm3Hex(mine.rawPayload)).toBe(doc.fileSm3);

    const audited = () =>
      p.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'case.document.read'), eq(auditLog.resourceId, doc.id)));
    expect(await audited()).toHaveLength(0);
    const staff = await reviewer.request('GET', url);
    expect(staff.statusCode, staff.body).toBe(200);
    expect(await audited()).toHaveLength(1);
  });

  it('hides it from everyone else (404, as for the case) and asks strangers to sign in', async () => {
    const c = await row();
    const doc = await p.database.db.transaction((tx) =>
      issueDocument(tx, storage(), c, 'acceptance-notice', {}),
    );
    const url = `/api/v1/cases/${caseId}/documents/${doc.id}`;
    expect((await outsider.request('GET', url)).statusCode).toBe(404);
    expect((await otherPerson.request('GET', url)).statusCode).toBe(404);
    expect((await anonymous(p.app).request('GET', url)).statusCode).toBe(401);
    // A document id of another case through this case's URL: 404.
    const other = await insertSubmittedCase(p.database.db, {
      code: c.implementationCode,
      receivedOn: '2026-03-02',
    });
    expect((await zhangsan.request('GET', `/api/v1/cases/${other}/documents/${doc.id}`)).statusCode).toBe(
      404,
    );
  });

  it('answers the public check by the QR hash or the file hash, with nothing personal', async () => {
    const c = await row();
    const doc = await p.database.db.transaction((tx) =>
      issueDocument(
        tx,
        storage(),
        c,
        'denial-decision',
        { reason: '不符合法定条件。' },
        { now: new Date('2026-03-05T03:00:00Z') },
      ),
    );
    const check = anonymous(p.app);
    const byContent = await check.request('GET', verifyPath(doc.sm3));
    expect(byContent.statusCode, byContent.body).toBe(200);
    expect(byContent.json()).toEqual({
      issued: true,
      kind: 'denial-decision',
      kindName: { zh: '不予行政许可决定书', en: 'Denial decision' },
      number: doc.number.replace(c.caseNumber!, maskCaseNumber(c.caseNumber)!),
      agency: { id: 'hx-xzspj', name: '天津市河西区行政审批局' },
      issuedOn: '2026-03-05',
      caseNumber: maskCaseNumber(c.caseNumber),
      matchedBy: 'content',
    });
    expect(byContent.body).not.toContain('张三');
    expect(byContent.body).not.toContain(c.caseNumber!);

    const byFile = await check.request('GET', verifyPath(doc.fileSm3.toUpperCase()));
    expect(byFile.json()).toMatchObject({ kind: 'denial-decision', matchedBy: 'file' });

    expect((await check.request('GET', verifyPath('0'.repeat(64)))).statusCode).toBe(404);
    expect((await check.request('GET', verifyPath('not-a-hash'))).statusCode).toBe(400);
  });

  it('masks case numbers, keeping both ends', () => {
    expect(maskCaseNumber('120103202603010001')).toBe('1201**********0001');
    expect(maskCaseNumber(null)).toBeNull();
  });
});
