// The session cookies' flags: httpOnly and SameSite always, Secure in production.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/identity/demo-accounts.ts';
import { DEV_SECRET_PREFIX } from '../src/platform/config/spec.ts';
import { generateSm2KeyPair } from '../src/platform/crypto/sm2.ts';
import { sm3 } from '../src/platform/crypto/sm3.ts';
import { browser } from './browser.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await testPlatform();
});
afterAll(() => platform.dispose());

describe('session cookie flags', () => {
  const flagsOf = (res: {
    cookies: { name: string; secure?: boolean; httpOnly?: boolean; sameSite?: string }[];
  }) => Object.fromEntries(res.cookies.map((c) => [c.name, c]));

  it('are httpOnly + SameSite=Lax for the session, not Secure in test mode', async () => {
    const res = await browser(platform.app).login('zhangsan', DEMO_PASSWORD);
    const c = flagsOf(res);
    expect(c.tb_session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(c.tb_session!.secure).toBeFalsy();
    expect(c.tb_csrf!.httpOnly).toBeFalsy();
  });

  it('are Secure in production mode', async () => {
    // Production refuses the public dev secrets; the dev keys' derived bytes, given as real keys,
    // still read the demo data of the template database.
    const key = (name: string) => sm3(`${DEV_SECRET_PREFIX}${name}`).toString('base64');
    const prod = await testPlatform({ NODE_ENV: 'production', ...(await productionEnv(key)) });
    try {
      const res = await browser(prod.app).login('zhangsan', DEMO_PASSWORD);
      expect(res.statusCode, res.body).toBe(200);
      const c = flagsOf(res);
      expect(c.tb_session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
      expect(c.tb_csrf).toMatchObject({ secure: true });
    } finally {
      await prod.dispose();
    }
  });
});

async function productionEnv(key: (name: string) => string): Promise<Record<string, string>> {
  const file = join(platform.config.dataDir, 'audit-sm2.pem');
  writeFileSync(file, generateSm2KeyPair().privateKeyPem, { mode: 0o600 });
  return {
    FIELD_ENCRYPTION_KEY: key('field-key'),
    BLIND_INDEX_KEY: key('blind-index-key'),
    AUDIT_SIGNING_KEY_FILE: file,
    // The OpenID Provider's signing keys the test platform made for itself.
    OIDC_JWKS_FILE: join(platform.config.dataDir, 'keys', 'oidc-jwks.json'),
  };
}
