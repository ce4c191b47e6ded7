// English texts of the complaints pages. `satisfies` checks every key is there.
import type { complaintsZhCN } from './complaints.zh-CN.ts';

export const complaintsEnUS = {} as const satisfies Record<keyof typeof complaintsZhCN, string>;
