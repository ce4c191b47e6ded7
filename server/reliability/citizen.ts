// A signed-in citizen over real HTTP (fetch), and the smallest online application that can be
// submitted: 居住证申领, reissue on the job basis, with one reused photo (see cases-apply-online).
import { DEMO_PASSWORD } from '../src/modules/identity/demo-accounts.ts';

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes
}

export interface Citizen {
  /** Sends to `baseUrl` (any replica: sessions live in the database). */
  req(
    baseUrl: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

async function readReply(res: Response): Promise<Reply> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept as text for the assertion message
  }
  return { status: res.status, body };
}

export async function login(baseUrl: string, username: string): Promise<Citizen> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    signal: AbortSignal.timeout(15_000),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookies = new Map<string, string>();
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = cookies.get('tb_csrf') ?? '';
  return {
    req: async (base, method, path, body, headers = {}) => {
      const raw = Buffer.isBuffer(body);
      const r = await fetch(`${base}${path}`, {
        method,
        headers: {
          cookie,
          ...(method !== 'GET' && { 'x-csrf-token': csrf }),
          ...(body !== undefined && !raw && { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body !== undefined && { body: raw ? new Uint8Array(body as Buffer) : JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
      return readReply(r);
    },
  };
}

const PDF = Buffer.from('%PDF-1.7\n% reliability photo\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Uploads one photo and builds the body of a submitted 居住证申领 (reissue) that reuses it. */
export async function residenceReissueBody(
  citizen: Citizen,
  baseUrl: string,
  implementationCode: string,
): Promise<Record<string, unknown>> {
  const photo = await citizen.req(
    baseUrl,
    'POST',
    `/api/v1/materials?name=${encodeURIComponent('一寸照片')}`,
    PDF,
    { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('一寸照片.pdf') },
  );
  if (photo.status !== 201) throw new Error(`upload: ${photo.status} ${JSON.stringify(photo.body)}`);
  const pre = await citizen.req(baseUrl, 'GET', `/api/v1/cases/prefill?implementation=${implementationCode}`);
  if (pre.status !== 200) throw new Error(`prefill: ${pre.status} ${JSON.stringify(pre.body)}`);
  const prefilled = pre.body.formData as { applicant: Record<string, unknown> };
  return {
    implementationCode,
    channel: 'mobile',
    answers: { basis: 'job', kind: 'reissue' },
    formData: {
      applicant: {
        ...prefilled.applicant,
        gender: '1',
        address: '天津市河西区友谊路1号',
        residenceSince: '2024-03-01',
      },
    },
    materials: [{ materialKey: 'photo', materialId: photo.body.id }],
    submit: true,
  };
}

/** The implementation code of 居住证申领 at 河西公安分局 (found as test/case-fixtures.ts does). */
export const RESIDENCE_SQL = `select i.code from implementation i where i.agency_id = 'hx-gafj' and exists (
  select 1 from implementation_version v where v.implementation_id = i.id and v.status = 'published'
  and v.content->>'name' = '居住证申领')`;
