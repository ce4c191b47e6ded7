// Paths of problems (400 validation, 422 rules, the rule report) mapped onto the editor: to the
// dotted form the controls use, and to the tab that holds the field.
import type { ImplementationContent } from '../content-types.ts';
import { normalisePath } from './fields.tsx';

export const TAB_KEYS = [
  'basics',
  'situations',
  'materials',
  'form',
  'procedure',
  'limits',
  'modes',
  'venues',
] as const;
export type TabKey = (typeof TAB_KEYS)[number];

const TAB_OF: Record<string, TabKey> = {
  questions: 'situations',
  conditions: 'situations',
  materials: 'materials',
  form: 'form',
  procedure: 'procedure',
  specialProcedures: 'procedure',
  intermediaryServices: 'procedure',
  caseType: 'limits',
  statutoryLimit: 'limits',
  promisedLimit: 'limits',
  limitNote: 'limits',
  fee: 'limits',
  handlingModes: 'modes',
  visits: 'modes',
  visitsReason: 'modes',
  onlineDepth: 'modes',
  onlineUrl: 'modes',
  minRealNameLevel: 'modes',
  cityWide: 'modes',
  crossProvince: 'modes',
  commitment: 'modes',
  notInCentre: 'modes',
  notOnline: 'modes',
  appointment: 'modes',
  onlinePayment: 'modes',
  acceptingVenues: 'venues',
};

export const tabOf = (path: string): TabKey => TAB_OF[path.split('.')[0] ?? ''] ?? 'basics';

/**
 * The rule report names list entries by local id (`materials[id=licence].licenseType`); the
 * controls are addressed by index (`materials.2.licenseType`). Resolves ids against the content.
 */
export function resolvePath(path: string, content: ImplementationContent): string {
  let p = path;
  for (let guard = 0; guard < 5 && p.includes('[id='); guard++) {
    p = p.replace(/^(.*?)\[id=([^\]]*)\]/, (_m, prefix: string, id: string) => {
      const list = normalisePath(prefix)
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], content);
      const index = Array.isArray(list) ? list.findIndex((x) => (x as { id?: string }).id === id) : -1;
      return index >= 0 ? `${prefix}.${index}` : prefix;
    });
  }
  return normalisePath(p);
}
