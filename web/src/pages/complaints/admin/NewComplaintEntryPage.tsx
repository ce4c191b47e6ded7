// NewComplaintEntryPage (stub: filled in by issue #8 work).
export function NewComplaintEntryPage() {
  return null;
}
