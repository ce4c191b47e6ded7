// ComplaintsAdminPage (stub: filled in by issue #8 work).
export function ComplaintsAdminPage() {
  return null;
}
