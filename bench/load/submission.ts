// Case submission under load: 居住证申领 submitted online (status submitted) by many citizens,
// each with its own photo and lease uploaded once beforehand (materials are reusable), the form
// from the citizen's own pre-fill, and a unique Idempotency-Key per request.
import { randomBytes } from 'node:crypto';
import type { Caller } from './sessions.ts';

export interface Submitter {
  caller: Caller;
  body: string;
}

const PDF = (tag: string) => Buffer.from(`%PDF-1.7\n% ${tag}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

async function call(
  base: string,
  caller: Caller,
  method: string,
  path: string,
  body?: BodyInit,
  headers = {},
) {
  const res = await fetch(base + path, { method, body, headers: { ...caller.headers, ...headers } });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const upload = (base: string, caller: Caller, name: string, tag: string) =>
  call(base, caller, 'POST', `/api/v1/materials?name=${encodeURIComponent(name)}`, PDF(tag), {
    'content-type': 'application/pdf',
    'x-file-name': encodeURIComponent(`${name}.pdf`),
  });

async function prepareOne(base: string, caller: Caller, code: string): Promise<Submitter> {
  const pre = await call(base, caller, 'GET', `/api/v1/cases/prefill?implementation=${code}`);
  const photo = await upload(base, caller, '一寸照片', `photo-${caller.accountId}`);
  const lease = await upload(base, caller, '租赁合同', `lease-${caller.accountId}`);
  const prefilled = (pre.formData ?? {}) as Record<string, unknown>;
  const body = {
    implementationCode: code,
    channel: 'mobile',
    answers: { basis: 'home', kind: 'new' },
    formData: {
      applicant: {
        ...(prefilled.applicant as Record<string, unknown>),
        gender: '1',
        address: '天津市河西区友谊路1号',
        residenceSince: '2024-03-01',
      },
    },
    materials: [
      { materialKey: 'photo', materialId: photo.id },
      { materialKey: 'lease', materialId: lease.id },
    ],
    submit: true,
  };
  return { caller, body: JSON.stringify(body) };
}

/** The citizens that can submit; the first one's submission is tried for real (errors say why). */
export async function prepareSubmitters(
  base: string,
  callers: readonly Caller[],
  code: string,
): Promise<{ submitters: Submitter[]; refused: string[] }> {
  const submitters: Submitter[] = [];
  const refused: string[] = [];
  for (const caller of callers) {
    try {
      const s = await prepareOne(base, caller, code);
      if (!submitters.length)
        await call(base, caller, 'POST', '/api/v1/cases', s.body, {
          'content-type': 'application/json',
          'idempotency-key': `bench-probe-${randomBytes(8).toString('hex')}`,
        });
      submitters.push(s);
    } catch (e) {
      refused.push(`${caller.accountId}: ${(e as Error).message}`);
    }
  }
  return { submitters, refused };
}

/** A unique Idempotency-Key per request, unique across runs too. */
export function keyMaker(): () => string {
  const run = randomBytes(6).toString('hex');
  let n = 0;
  return () => `bench-${run}-${n++}`;
}
