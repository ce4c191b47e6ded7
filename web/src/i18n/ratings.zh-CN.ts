// Simplified Chinese texts of the ratings pages (issue #8).
export const ratingsZhCN = {} as const;
