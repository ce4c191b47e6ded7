// Simplified Chinese texts of the stats pages (issue #8).
export const statsZhCN = {} as const;
