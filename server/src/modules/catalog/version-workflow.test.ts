import { describe, expect, it } from 'vitest';
import { VERSION_STATUSES, type VersionStatus } from './schema.ts';
import {
  EDITABLE_STATUSES,
  VERSION_TRANSITIONS,
  availableActions,
  findTransition,
  isEditable,
  versionState,
  type VersionAction,
} from './version-workflow.ts';

const ACTIONS: VersionAction[] = ['submit', 'withdraw', 'return', 'approve', 'publish', 'retire'];

describe('VERSION_TRANSITIONS', () => {
  // The whole table, written out independently: every (status, action) pair is either here or refused.
  const expected: Record<string, [VersionStatus, string, boolean] | undefined> = {
    'draft submit': ['submitted', 'catalog.edit', false],
    'returned submit': ['submitted', 'catalog.edit', false],
    'submitted withdraw': ['draft', 'catalog.edit', false],
    'submitted return': ['returned', 'catalog.review', true],
    'approved return': ['returned', 'catalog.review', true],
    'submitted approve': ['approved', 'catalog.review', false],
    'approved publish': ['published', 'catalog.publish', false],
    'published retire': ['retired', 'catalog.publish', true],
  };

  it('allows exactly the declared transitions with their permission and comment rule', () => {
    for (const status of VERSION_STATUSES) {
      for (const action of ACTIONS) {
        const t = findTransition(status, action);
        const want = expected[`${status} ${action}`];
        if (!want) expect(t, `${status} ${action}`).toBeUndefined();
        else {
          expect(t?.to, `${status} ${action}`).toBe(want[0]);
          expect(t?.permission).toBe(want[1]);
          expect(t?.commentRequired).toBe(want[2]);
        }
      }
    }
  });

  it('declares each action once, with Chinese and English labels', () => {
    expect(VERSION_TRANSITIONS.map((t) => t.action).sort()).toEqual([...ACTIONS].sort());
    for (const t of VERSION_TRANSITIONS) {
      expect(t.zh).toMatch(/\p{Script=Han}/u);
      expect(t.en.length).toBeGreaterThan(0);
    }
  });

  it('never leaves retired, and nothing returns to published', () => {
    expect(availableActions('retired')).toEqual([]);
    expect(availableActions('published')).toEqual(['retire']);
    expect(availableActions('submitted').sort()).toEqual(['approve', 'return', 'withdraw']);
    expect(VERSION_TRANSITIONS.filter((t) => t.to === 'published').map((t) => t.from)).toEqual([
      ['approved'],
    ]);
  });
});

describe('EDITABLE_STATUSES', () => {
  it('only drafts and returned versions are editable', () => {
    expect(EDITABLE_STATUSES).toEqual(['draft', 'returned']);
    expect(VERSION_STATUSES.filter(isEditable)).toEqual(['draft', 'returned']);
  });
});

describe('versionState', () => {
  const today = '2026-03-15';
  const pub = (effectiveFrom: string | null, effectiveTo: string | null) =>
    versionState({ status: 'published', effectiveFrom, effectiveTo }, today);

  it('passes the unpublished statuses through', () => {
    for (const status of ['draft', 'submitted', 'returned', 'approved', 'retired'] as const) {
      expect(versionState({ status, effectiveFrom: '2020-01-01', effectiveTo: null }, today)).toBe(status);
    }
  });

  it('is scheduled before its effective date, in force from it, superseded from its end', () => {
    expect(pub('2026-03-16', null)).toBe('scheduled');
    expect(pub('2026-03-15', null)).toBe('in-force');
    expect(pub('2026-01-01', '2026-03-16')).toBe('in-force');
    expect(pub('2026-01-01', '2026-03-15')).toBe('superseded');
    expect(pub('2026-01-01', '2026-02-01')).toBe('superseded');
    expect(pub(null, null)).toBe('in-force');
  });
});
