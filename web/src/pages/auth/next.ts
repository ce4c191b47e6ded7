// Where to go after signing in: the ?next= path when it stays on this site, otherwise a default.
export function safeNext(value: string | null, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
