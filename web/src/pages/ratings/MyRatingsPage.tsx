// MyRatingsPage (stub: filled in by issue #8 work).
export function MyRatingsPage() {
  return null;
}
