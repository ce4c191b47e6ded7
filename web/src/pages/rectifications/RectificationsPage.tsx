// RectificationsPage (stub: filled in by issue #8 work).
export function RectificationsPage() {
  return null;
}
