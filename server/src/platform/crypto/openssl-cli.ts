// Test support: the openssl command line (OpenSSL ≥ 3.0) as an independent SM2/SM3, X.509 and
// DER implementation. Interop tests skip only on a developer machine whose openssl cannot make an
// SM2 signature with a distinguishing ID (-rawin, distid); in CI that is an error.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SM2_DEFAULT_USER_ID } from './sm2.ts';

export function openssl(args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('openssl', args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? failed.message}` };
  }
}

/** The `pkeyutl` options of SM2 with SM3 and a user ID (GM/T 0009's default unless given). */
export const sm2PkeyutlArgs = (userId: string = SM2_DEFAULT_USER_ID) => [
  '-rawin',
  '-digest',
  'sm3',
  '-pkeyopt',
  `distid:${userId}`,
];

/**
 * Why the openssl CLI cannot serve as an SM2 verifier here, or null when it can. Probes by making
 * an SM2 key and a signature with a distinguishing ID in `workDir`. Throws in CI.
 */
export function opensslSm2Problem(workDir: string): string | null {
  const file = (name: string) => join(workDir, name);
  const problem = (() => {
    const key = openssl(['genpkey', '-algorithm', 'SM2', '-out', file('probe.pem')]);
    if (!key.ok) return `openssl CLI missing or without SM2: ${key.output.split('\n')[0]}`;
    writeFileSync(file('probe.msg'), 'probe');
    const args = ['pkeyutl', '-sign', '-inkey', file('probe.pem'), '-in', file('probe.msg')];
    const signed = openssl([...args, '-out', file('probe.sig'), ...sm2PkeyutlArgs()]);
    return signed.ok
      ? null
      : `openssl pkeyutl cannot sign SM2 with -rawin/distid: ${signed.output.split('\n')[0]}`;
  })();
  if (problem && process.env.CI) throw new Error(`the openssl interop tests must run in CI: ${problem}`);
  return problem;
}
