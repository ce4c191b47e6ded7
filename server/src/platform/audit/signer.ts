// The platform's SM2 key that signs audit anchors: from AUDIT_SIGNING_KEY_FILE, or outside
// production a key made once under DATA_DIR/keys/.
import { loadPlatformKey } from '../crypto/platform-key.ts';
import { sm2PublicKeyFromPrivate, sm2Sign, sm2Verify } from '../crypto/sm2.ts';

export interface AnchorSigner {
  publicKeyPem: string;
  /** Base64 DER SM2 signature (GM/T 0003, default user id). */
  sign(message: string): string;
}

export function createAnchorSigner(privateKeyPem: string): AnchorSigner {
  return {
    publicKeyPem: sm2PublicKeyFromPrivate(privateKeyPem),
    sign: (message) => sm2Sign(Buffer.from(message, 'utf8'), privateKeyPem).toString('base64'),
  };
}

export function verifyAnchorSignature(message: string, signatureB64: string, publicKeyPem: string): boolean {
  return sm2Verify(Buffer.from(message, 'utf8'), Buffer.from(signatureB64, 'base64'), publicKeyPem);
}

export function loadAuditKey(config: { auditSigningKeyFile: string | undefined; dataDir: string }): string {
  return loadPlatformKey(config.auditSigningKeyFile, config.dataDir, 'audit');
}
