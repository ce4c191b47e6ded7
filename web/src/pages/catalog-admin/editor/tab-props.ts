import type { ImplementationContent } from '../content-types.ts';

/** Every editor tab gets the whole content and patches the parts it edits. */
export interface TabProps {
  content: ImplementationContent;
  patch: (changes: Partial<ImplementationContent>) => void;
}
