// The deterministic randomness of the demo history: one seeded PRNG (mulberry32) so that every
// fresh start makes the same year, and the synthetic people and companies it invents. None of
// them has an account: their subject ids are random UUIDs, so no demo user's lists fill up.
import { gb11643CheckChar } from '../../../platform/identifiers/gb11643.ts';
import { usccCheckChar } from '../../../platform/identifiers/uscc.ts';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  hex(chars: number): string;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return randomOf(() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  });
}

/** The Random helpers over any uniform [0, 1) source (the benchmark generator brings its own). */
export function randomOf(next: () => number): Random {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (choices) => {
      const total = choices.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) if ((r -= w) < 0) return value;
      return choices[choices.length - 1]![0];
    },
    hex: (chars) => Array.from({ length: chars }, () => int(0, 15).toString(16)).join(''),
  };
}

/** A random-looking UUID (version 4 layout) from the PRNG: an applicant that is nobody's account. */
export function randomUuid(r: Random): string {
  const variant = r.pick(['8', '9', 'a', 'b']);
  return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${variant}${r.hex(3)}-${r.hex(12)}`;
}

/** A UUIDv7 for a row made at `at` (time-ordered like the ids the platform makes then). */
export function uuidv7At(r: Random, at: Date): string {
  const ms = at.getTime().toString(16).padStart(12, '0');
  const variant = r.pick(['8', '9', 'a', 'b']);
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${r.hex(3)}-${variant}${r.hex(3)}-${r.hex(12)}`;
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华红梅鑫斌宇浩凯琳晨欣怡子涵梓轩雨桐思远佳豪一诺';
const COMPANY_WORDS = [
  '津程',
  '海河',
  '渤瑞',
  '融创',
  '立信',
  '华泰',
  '汇通',
  '鑫源',
  '博远',
  '恒达',
  '德润',
  '嘉禾',
];
const COMPANY_KINDS = [
  '科技有限公司',
  '商贸有限公司',
  '餐饮管理有限公司',
  '建筑工程有限公司',
  '物流有限公司',
  '医药连锁有限公司',
];

export function personName(r: Random): string {
  const given = r.chance(0.6) ? r.pick([...GIVEN]) + r.pick([...GIVEN]) : r.pick([...GIVEN]);
  return r.pick([...SURNAMES]) + given;
}

export function companyName(r: Random): string {
  return `天津${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_KINDS)}`;
}

/** A well-formed citizen ID (GB 11643 check character) of someone born 1950–2004 in `region`. */
export function citizenId(r: Random, region: string): string {
  const y = r.int(1950, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  const first17 = `${region}${y}${m}${d}${String(r.int(1, 999)).padStart(3, '0')}`;
  return first17 + gb11643CheckChar(first17);
}

const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A well-formed USCC (GB 32100 check character) of a company registered in `region`. */
export function uscc(r: Random, region: string): string {
  const body = Array.from({ length: 9 }, () => r.pick([...USCC_BODY])).join('');
  const first17 = `91${region}${body}`;
  return first17 + usccCheckChar(first17);
}
