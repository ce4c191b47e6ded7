// MyComplaintsPage (stub: filled in by issue #8 work).
export function MyComplaintsPage() {
  return null;
}
