// English texts of the rectifications pages. `satisfies` checks every key is there.
import type { rectificationsZhCN } from './rectifications.zh-CN.ts';

export const rectificationsEnUS = {} as const satisfies Record<keyof typeof rectificationsZhCN, string>;
