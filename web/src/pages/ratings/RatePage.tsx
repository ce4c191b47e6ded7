// RatePage (stub: filled in by issue #8 work).
export function RatePage() {
  return null;
}
