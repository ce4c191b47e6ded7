import { describe, expect, it } from 'vitest';
import { mod3736CheckChar } from '../../platform/identifiers/iso7064.ts';
import { formatLicenseIdentifier, licenseSerial, parseLicenseIdentifier } from './license-identifier.ts';

// 11120000MB1571593F is the Tianjin Government Service Office (DOMAIN.md §7).
const parts = {
  typeCode: '11120000MB1571593F001',
  issuerCode: '11120000MB1571593F',
  serial: licenseSerial(2026, 42),
  version: 1,
};

describe('GB/T 36904 license identifiers', () => {
  it('join the parts under 1.2.156.3005.2 with a MOD 37,36 check over the undotted parts', () => {
    const id = formatLicenseIdentifier(parts);
    expect(id.slice(0, -1)).toBe('1.2.156.3005.2.11120000MB1571593F001.11120000MB1571593F.202600000042.001.');
    // Independently: the check of the concatenation without dots.
    const check = mod3736CheckChar(
      '1215630052' + '11120000MB1571593F001' + '11120000MB1571593F' + '202600000042' + '001',
    );
    expect(id.at(-1)).toBe(check);
    expect(parseLicenseIdentifier(id)).toEqual(parts);
  });

  it('refuse a wrong check character, a bad USCC or a malformed version', () => {
    const id = formatLicenseIdentifier(parts);
    const wrong = id.slice(0, -1) + (id.at(-1) === '0' ? '1' : '0');
    expect(parseLicenseIdentifier(wrong)).toBeNull();
    expect(parseLicenseIdentifier(id.replace('.001.', '.01.'))).toBeNull();
    expect(() => formatLicenseIdentifier({ ...parts, issuerCode: '11120000MB1571593E' })).toThrow(/USCC/);
    expect(() => formatLicenseIdentifier({ ...parts, version: 1000 })).toThrow(/version/);
  });

  it('number the serial by year with eight digits', () => {
    expect(licenseSerial(2026, 1)).toBe('202600000001');
    expect(() => licenseSerial(2026, 0)).toThrow();
  });
});
