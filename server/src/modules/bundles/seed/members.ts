// Building blocks of the demo bundles: a member names a demo implementation by its agency and
// name, and its implementation code is computed as the catalog demo loader computes it (the
// agency's USCC from the masterdata seed + the seed serial), so a code never goes stale.
import { implementationCode } from '../../catalog/implementation-code.ts';
import { DEMO_CATALOG } from '../../catalog/seed/index.ts';
import type { SeedImplementation } from '../../catalog/seed/types.ts';
import { agencies } from '../../masterdata/seed/index.ts';
import type { BundleContent, BundleMember } from '../content.ts';

/** A demo bundle: inserted as `YJS<region><serial>` with one published version. */
export interface SeedBundle {
  regionCode: string;
  serial: number;
  content: BundleContent;
}

export const HEXI = '120103';
export const HEXI_VENUE = 'zwfw-120103';
export const HOTLINE = '022-12345';

/** The demo implementation of `agencyId` named `name`; throws unless exactly one. */
export function demoImplementation(agencyId: string, name: string): SeedImplementation {
  const found = DEMO_CATALOG.implementations.filter(
    (i) => i.agencyId === agencyId && i.content.name === name,
  );
  if (found.length !== 1) throw new Error(`${found.length} demo implementations «${name}» of ${agencyId}`);
  return found[0]!;
}

/** The implementation code of a seed implementation, as the catalog demo loader issues it. */
export function demoCodeOf(seed: SeedImplementation): string {
  const uscc = agencies.find((a) => a.id === seed.agencyId)?.uscc;
  if (!uscc) throw new Error(`no demo agency ${seed.agencyId}`);
  return implementationCode(uscc, seed.serial);
}

export const demoImplementationCode = (agencyId: string, name: string): string =>
  demoCodeOf(demoImplementation(agencyId, name));

type MemberSpec = Partial<Pick<BundleMember, 'after' | 'when' | 'answers' | 'note'>>;

export function member(id: string, agencyId: string, name: string, spec: MemberSpec = {}): BundleMember {
  return {
    id,
    implementationCode: demoImplementationCode(agencyId, name),
    after: spec.after ?? [],
    answers: spec.answers ?? {},
    ...(spec.when && { when: spec.when }),
    ...(spec.note && { note: spec.note }),
  };
}

export const yesNo = (id: string, text: string, yes = '是', no = '否') => ({
  id,
  text,
  options: [
    { id: 'yes', label: yes },
    { id: 'no', label: no },
  ],
});
