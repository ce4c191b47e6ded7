// ComplaintPage (stub: filled in by issue #8 work).
export function ComplaintPage() {
  return null;
}
