// The document font must draw every character of the 通用规范汉字表 (8,105 characters), rare
// name characters included: an official document cannot print a citizen's name as boxes.
// The table's characters in the basic CJK block all lie in U+4E00–U+9FCF, so that whole range
// is checked; the table's Extension A characters and its characters in the supplementary planes
// (mostly Extension E, encoded for the table) are listed one by one, as transcribed from the
// table's published character list (the check of all 8,105 is recorded in decision 0006).
import { describe, expect, it } from 'vitest';
import { documentFont, missingGlyphs } from './fonts.ts';

/** Every Extension A character of the 通用规范汉字表. */
const TABLE_EXTENSION_A =
  '㑇㑊㕮㘎㙍㙘㙦㛃㛚㛹㟃㠇㠓㤘㥄㧐㧑㧟㫰㬊㬎㬚㭎㭕㮾㰀㳇㳘㳚㴔㵐㶲㸆㸌㺄㻬㽏㿠䁖䂮䃅䃎䅟䌹䎃䎖䏝䏡䏲䐃䓖䓛䓨䓫䓬䗖䗛䗪䗴䜣䝙䢺䢼䣘䥽䦃䲟䲠䲢䴓䴔䴕䴖䴗䴘䴙䶮';

/** Every character of the 通用规范汉字表 outside the Basic Multilingual Plane. */
const TABLE_SUPPLEMENTARY =
  '𠅤𠙶𠳐𡎚𡐓𣗋𣲗𣲘𣸣𤧛𤩽𤫉𥔲𥕢𥖨𥻗𦈡𦒍𦙶𦝼𦭜𦰡𧿹𨐈𨙸𨚕𨟠𨭉𨱇𨱏𨱑𨱔𨺙𩽾𩾃𩾌𪟝𪣻𪤗𪨰𪨶𪩘𪾢𫄧𫄨𫄷𫄸𫇭𫌀𫍣𫍯𫍲𫍽𫐄𫐐𫐓𫑡𫓧𫓯𫓶𫓹𫔍𫔎𫔶𫖮𫖯𫖳𫗧𫗴𫘜𫘝𫘦𫘧𫘨𫘪𫘬𫚕𫚖𫚭𫛭𫞩𫟅𫟦𫟹𫟼𫠆𫠊𫠜𫢸𫫇𫭟𫭢𫭼𫮃𫰛𫵷𫶇𫷷𫸩' +
  '𬀩𬀪𬂩𬃊𬇕𬇙𬇹𬉼𬊈𬊤𬌗𬍛𬍡𬍤𬒈𬒔𬒗𬕂𬘓𬘘𬘡𬘩𬘫𬘬𬘭𬘯𬙂𬙊𬙋𬜬𬜯𬞟𬟁𬟽𬣙𬣞𬣡𬣳𬤇𬤊𬤝𬨂𬨎𬩽𬪩𬬩𬬭𬬮𬬱𬬸𬬹𬬻𬬿𬭁𬭊𬭎𬭚𬭛𬭤𬭩𬭬𬭯𬭳𬭶𬭸𬭼𬮱𬮿𬯀𬯎𬱖𬱟𬳵𬳶𬳽𬳿𬴂𬴃𬴊𬶋𬶍𬶏𬶐𬶟𬶠𬶨𬶭𬶮𬷕𬸘𬸚𬸣𬸦𬸪𬹼𬺈𬺓';

/** Characters often met in names (all in the table). */
const NAME_CHARACTERS = '䶮堃喆犇淼赟玥珺琇瑄璟旻晔昉昇鿍鿎鿏𫓧𬬻𬍛';

describe('document font coverage', () => {
  it('draws every character of U+4E00–U+9FCF, where the table’s basic-block characters lie', () => {
    const font = documentFont();
    const missing: string[] = [];
    for (let cp = 0x4e00; cp <= 0x9fcf; cp++)
      if (!font.hasGlyphForCodePoint(cp)) missing.push(cp.toString(16));
    expect(missing).toEqual([]);
  });

  it('draws the table’s Extension A characters, 䶮 among them', () => {
    expect([...TABLE_EXTENSION_A]).toHaveLength(77);
    expect(missingGlyphs(TABLE_EXTENSION_A)).toEqual([]);
  });

  it('draws the table’s characters in the supplementary planes', () => {
    expect([...TABLE_SUPPLEMENTARY]).toHaveLength(196);
    for (const ch of TABLE_SUPPLEMENTARY) expect(ch.codePointAt(0)).toBeGreaterThan(0xffff);
    expect(missingGlyphs(TABLE_SUPPLEMENTARY)).toEqual([]);
  });

  it('draws rare name characters, in both weights', () => {
    expect(missingGlyphs(NAME_CHARACTERS)).toEqual([]);
    expect(missingGlyphs(NAME_CHARACTERS, 'bold')).toEqual([]);
  });

  it('reports what it cannot draw (a Tangut character), once each', () => {
    expect(missingGlyphs('张\u{17000}三\u{17000}')).toEqual(['\u{17000}']);
  });

  it('loads each weight once per process', () => {
    expect(documentFont('regular')).toBe(documentFont('regular'));
    expect(documentFont('bold')).not.toBe(documentFont('regular'));
  });
});
