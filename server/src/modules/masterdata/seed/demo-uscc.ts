// Demo unified social credit codes (GB 32100-2015) for seeded agencies.
//
// Layout: registration authority + organisation category (2 chars), the 6-digit region code, a
// 9-character organisation code, the check character. Demo organisation codes are 'TB' (Tongban)
// followed by a 7-digit serial; they are well-formed and pass the check character, but they are NOT
// the agencies' real codes. The only real code in the seed data is 11120000MB1571593F (天津市人民政府
// 政务服务办公室), written out literally in agencies-city.ts.

import { usccCheckChar } from '../../../platform/identifiers/uscc.ts';

/**
 * Registration authority + category: '11' government organ (机关), '12' public institution (事业单位),
 * '13' people's organisation registered by the establishment office (群众团体), '91' enterprise.
 */
export type UsccCategory = '11' | '12' | '13' | '91';

export function demoUscc(category: UsccCategory, regionCode: string, serial: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`region code must have 6 digits: ${regionCode}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9_999_999) {
    throw new RangeError(`demo serial out of range: ${serial}`);
  }
  const body = `${category}${regionCode}TB${String(serial).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}
