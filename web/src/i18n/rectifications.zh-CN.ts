// Simplified Chinese texts of the rectifications pages (issue #8).
export const rectificationsZhCN = {} as const;
