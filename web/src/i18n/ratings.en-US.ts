// English texts of the ratings pages. `satisfies` checks every key is there.
import type { ratingsZhCN } from './ratings.zh-CN.ts';

export const ratingsEnUS = {} as const satisfies Record<keyof typeof ratingsZhCN, string>;
