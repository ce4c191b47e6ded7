// English texts of the stats pages. `satisfies` checks every key is there.
import type { statsZhCN } from './stats.zh-CN.ts';

export const statsEnUS = {} as const satisfies Record<keyof typeof statsZhCN, string>;
