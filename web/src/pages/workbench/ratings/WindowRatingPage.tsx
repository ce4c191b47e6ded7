// WindowRatingPage (stub: filled in by issue #8 work).
export function WindowRatingPage() {
  return null;
}
