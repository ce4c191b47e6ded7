// NewComplaintPage (stub: filled in by issue #8 work).
export function NewComplaintPage() {
  return null;
}
