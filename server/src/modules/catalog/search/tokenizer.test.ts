import { describe, expect, it } from 'vitest';
import { canonicalsIn, type SearchDictionary } from './dictionary.ts';
import { selectiveTokens } from './query.ts';
import {
  addDictionaryWords,
  isSafeToken,
  meaningfulText,
  normalise,
  orQueryText,
  tokensOf,
  vectorText,
} from './tokenizer.ts';

describe('normalise', () => {
  it('folds full-width forms, lower-cases Latin, turns punctuation into spaces', () => {
    expect(normalise('ＫＴＶ（卡拉ＯＫ）、１２３')).toBe('ktv 卡拉 ok 123');
    expect(normalise('城市道路占用、挖掘许可')).toBe('城市道路占用 挖掘许可');
  });

  it('separates Han runs from Latin and digit runs, so PostgreSQL sees one word per token', () => {
    expect(normalise('2号楼abc办理')).toBe('2 号楼 abc 办理');
  });
});

describe('tokensOf', () => {
  it('keeps the meaningful words and drops the stopwords of a colloquial question', () => {
    const tokens = tokensOf('开饭店要办什么证');
    expect(tokens).toEqual(expect.arrayContaining(['饭店', '证']));
    for (const stop of ['要', '办', '什么']) expect(tokens).not.toContain(stop);
  });

  it('adds the character bigrams of the CJK runs left between stopwords', () => {
    const tokens = tokensOf('开饭店要办什么证');
    expect(tokens).toEqual(expect.arrayContaining(['开饭', '饭店']));
    // A bigram never bridges a stopword: 店要 / 要办 / 什么 are not tokens.
    for (const bridge of ['店要', '要办', '办什', '么证']) expect(tokens).not.toContain(bridge);
  });

  it('gives bigrams for words jieba does not know, so both sides still meet', () => {
    expect(tokensOf('犇骉羴')).toEqual(expect.arrayContaining(['犇骉', '骉羴']));
  });

  it('keeps Latin and digits as lower-case tokens', () => {
    expect(tokensOf('KTV 营业')).toEqual(expect.arrayContaining(['ktv', '营业']));
  });

  it('emits only safe tokens whatever the input (quotes, backslashes, tsquery operators)', () => {
    const nasty = `'); drop table x; -- \\' "a" & | ! ( ) : * <-> 饭店'|'餐饮`;
    const tokens = tokensOf(nasty);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      expect(isSafeToken(t), t).toBe(true);
      expect(t).not.toMatch(/['"\\&|!():*<>\-;\s]/);
    }
    const query = orQueryText(tokens)!;
    expect(query).toMatch(/^'[^'\\]+'( \| '[^'\\]+')*$/);
  });

  it('returns nothing for stopwords and punctuation alone', () => {
    expect(tokensOf('请问我怎么办？！')).toEqual([]);
    expect(orQueryText(tokensOf(`'"\\&|!():*`))).toBeNull();
    expect(meaningfulText('我想要怎么办')).toBe('');
  });
});

describe('vectorText and orQueryText', () => {
  it('drop anything that is not a safe token', () => {
    expect(vectorText(['饭店', "a'b", 'x y', 'ok'])).toBe('饭店 ok');
    expect(orQueryText(['饭店', '饭店', "'|'", 'ok'])).toBe("'饭店' | 'ok'");
  });
});

describe('addDictionaryWords', () => {
  it('keeps a taught name in one piece', () => {
    expect(tokensOf('我要办犇骉羴鱻许可')).not.toContain('犇骉羴鱻许可');
    addDictionaryWords(['犇骉羴鱻许可']);
    expect(tokensOf('我要办犇骉羴鱻许可')).toContain('犇骉羴鱻许可');
  });
});

describe('canonicalsIn', () => {
  const dictionary: SearchDictionary = {
    revision: 1,
    df: new Map(),
    docs: 0,
    statsAt: 0,
    synonyms: new Map([
      ['饭店', '餐饮'],
      ['餐饮', '食品经营'],
      ['食品经营', '餐饮'], // a loop must end
      ['ktv', '公共场所卫生'],
    ]),
  };

  it('finds the terms a text contains and follows a canonical that is itself a term', () => {
    expect(canonicalsIn('开饭店要办什么证', dictionary).sort()).toEqual(['食品经营', '餐饮'].sort());
  });

  it('compares normalised text (full-width, case, punctuation)', () => {
    expect(canonicalsIn('开 ＫＴＶ！', dictionary)).toEqual(['公共场所卫生']);
    expect(canonicalsIn('结婚登记', dictionary)).toEqual([]);
  });
});

describe('selectiveTokens', () => {
  const stats = (docs: number, df: Record<string, number>): SearchDictionary => ({
    revision: 1,
    synonyms: new Map(),
    df: new Map(Object.entries(df)),
    docs,
    statsAt: 0,
  });

  it('leaves the tokens most documents have out of the candidate selection', () => {
    const d = stats(5000, { 许可: 2600, 排污: 12, 排污许可: 10, 污许: 10 });
    expect(selectiveTokens(['排污', '许可', '排污许可', '污许'], d)).toEqual(['排污', '排污许可', '污许']);
  });

  it('keeps every token in a small catalog, and the two rarest when all are common', () => {
    expect(selectiveTokens(['许可', '登记'], stats(90, { 许可: 60, 登记: 50 }))).toEqual(['许可', '登记']);
    const d = stats(5000, { 许可: 2600, 登记: 1200, 申请: 3000 });
    expect(selectiveTokens(['许可', '登记', '申请'], d)).toEqual(['登记', '许可']);
  });
});
