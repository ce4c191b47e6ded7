// RectificationPage (stub: filled in by issue #8 work).
export function RectificationPage() {
  return null;
}
