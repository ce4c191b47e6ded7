// The supported UI languages (BCP 47 tags, also used for <html lang>).
export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
