// StatsDashboardPage (stub: filled in by issue #8 work).
export function StatsDashboardPage() {
  return null;
}
