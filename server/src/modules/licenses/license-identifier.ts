// GB/T 36904-2018 e-license identifiers:
//   1.2.156.3005.2.{type code}.{issuer code}.{serial}.{version}.{check}
// type code = the defining body's USCC + 3 digits (21 characters); issuer code = the issuing
// agency's USCC; version = 3 digits; check = ISO/IEC 7064 MOD 37,36 over every part before it
// with the dots removed. The serial is ours: the issue year and an 8-digit counter per type and
// issuer (license_serial), so numbers never collide across replicas and read well on the face.
import { mod3736CheckChar } from '../../platform/identifiers/iso7064.ts';
import { isValidUscc } from '../../platform/identifiers/uscc.ts';

export const LICENSE_OID_ROOT = '1.2.156.3005.2';

export interface LicenseIdentifierParts {
  typeCode: string;
  issuerCode: string;
  serial: string;
  /** 1-based; written as 3 digits. */
  version: number;
}

/** True for a type code: a valid USCC followed by three digits. */
export function isLicenseTypeCodeValue(code: string): boolean {
  return /^[0-9A-Z]{18}\d{3}$/.test(code) && isValidUscc(code.slice(0, 18));
}

/** The serial for the n-th license of a type and issuer in a year: `2026` + 8 digits. */
export function licenseSerial(year: number, n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99_999_999) throw new Error(`serial counter out of range: ${n}`);
  return `${year}${String(n).padStart(8, '0')}`;
}

export function formatLicenseIdentifier(parts: LicenseIdentifierParts): string {
  if (!isLicenseTypeCodeValue(parts.typeCode)) throw new Error(`not a license type code: ${parts.typeCode}`);
  if (!isValidUscc(parts.issuerCode)) throw new Error(`not a USCC: ${parts.issuerCode}`);
  if (!/^[0-9A-Z]{1,32}$/.test(parts.serial)) throw new Error(`bad serial: ${parts.serial}`);
  if (!Number.isInteger(parts.version) || parts.version < 1 || parts.version > 999)
    throw new Error(`bad version: ${parts.version}`);
  const body = [LICENSE_OID_ROOT, parts.typeCode, parts.issuerCode, parts.serial, pad3(parts.version)].join(
    '.',
  );
  return `${body}.${mod3736CheckChar(body.replaceAll('.', ''))}`;
}

/** The parts of a well-formed identifier whose check character matches; null otherwise. */
export function parseLicenseIdentifier(identifier: string): LicenseIdentifierParts | null {
  const m =
    /^1\.2\.156\.3005\.2\.([0-9A-Z]{21})\.([0-9A-Z]{18})\.([0-9A-Z]{1,32})\.(\d{3})\.([0-9A-Z])$/.exec(
      identifier,
    );
  if (!m) return null;
  const [, typeCode, issuerCode, serial, version, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const body = identifier.slice(0, -2).replaceAll('.', '');
  if (mod3736CheckChar(body) !== check) return null;
  if (!isLicenseTypeCodeValue(typeCode) || !isValidUscc(issuerCode)) return null;
  return { typeCode, issuerCode, serial, version: Number(version) };
}

const pad3 = (n: number) => String(n).padStart(3, '0');
