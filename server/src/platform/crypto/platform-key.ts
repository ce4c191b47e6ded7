// The platform's own SM2 keys (audit anchors, the seal maker, show-license codes): read from the
// configured PEM file, or — outside production, where config.ts demands the file — made once
// under DATA_DIR/keys/ so that development works without setup.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSm2KeyPair } from './sm2.ts';

export function loadPlatformKey(file: string | undefined, dataDir: string, name: string): string {
  if (file) return readFileSync(file, 'utf8');
  const path = join(dataDir, 'keys', `${name}-sm2.pem`);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, generateSm2KeyPair().privateKeyPem, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first ('wx' refuses to overwrite): use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(path, 'utf8');
}
