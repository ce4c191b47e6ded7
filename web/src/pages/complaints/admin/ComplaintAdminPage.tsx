// ComplaintAdminPage (stub: filled in by issue #8 work).
export function ComplaintAdminPage() {
  return null;
}
