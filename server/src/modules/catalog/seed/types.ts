// The shape of the demo catalog (seed/*.ts): basic items and their implementations. The loader
// (demo-data.ts) inserts each implementation as one version published on DEMO_EFFECTIVE_FROM,
// with the implementation code made from the agency's USCC and the serial.
import type { BasicItemContent, ImplementationContent } from '../content.ts';

export const DEMO_EFFECTIVE_FROM = '2026-01-01';

export interface SeedImplementation {
  agencyId: string;
  regionCode: string;
  /** Unique per agency; the implementation code is the agency's USCC + this, six digits. */
  serial: number;
  content: ImplementationContent;
}

export interface SeedCatalog {
  items: readonly BasicItemContent[];
  implementations: readonly SeedImplementation[];
}
