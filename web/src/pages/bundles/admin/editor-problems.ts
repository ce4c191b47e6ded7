// Problems of a failed save mapped onto the bundle editor's controls: the 400's paths
// (/body/content/members/0/after) and the rules' (members[id=m1].after) become the dotted paths
// the controls are named by (members.0.after; see catalog-admin/editor/fields.tsx).
import { ApiError } from '../../../api/problem.ts';
import type { FieldProblem } from '../../catalog-admin/editor/fields.tsx';
import type { BundleContent } from '../types.ts';

/** `members[id=m1].after` → `members.0.after`, resolving ids against the content's lists. */
function resolveIds(path: string, content: BundleContent): string {
  return path.replace(/^(members|questions)\[id=([^\]]*)\]/, (whole, list: string, id: string) => {
    const items: readonly { id: string }[] = list === 'members' ? content.members : content.questions;
    const index = items.findIndex((x) => x.id === id);
    return index >= 0 ? `${list}.${index}` : list;
  });
}

export function bundlePath(path: string, content: BundleContent): string {
  const dotted = resolveIds(path, content)
    .replace(/^\/?body\/?/, '')
    .replace(/^\/?content\/?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\//, '')
    .replace(/\//g, '.');
  return dotted === '' ? 'content' : dotted;
}

/** The field problems of a failed save (none for a 409 or a network failure). */
export function saveProblems(error: unknown, content: BundleContent, zh: boolean): FieldProblem[] {
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return errors.map((e) => ({
    path: bundlePath(e.path, content),
    message: zh ? ((e as { messageZh?: string }).messageZh ?? e.message) : e.message,
  }));
}
