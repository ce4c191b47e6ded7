// Simplified Chinese texts of the complaints pages (issue #8).
export const complaintsZhCN = {} as const;
