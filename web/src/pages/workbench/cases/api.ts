// Calls of the staff case pages (queue, window acceptance, case detail and its actions). The shapes
// mirror server/src/modules/cases/cases.schemas.ts; writes carry an Idempotency-Key (a retry after a
// lost answer does not file or act twice) and the CSRF header.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { withCsrf } from '../../../api/csrf.ts';
import { api } from '../../../api/client.ts';
import { ApiError, isProblem, unwrap, type Problem } from '../../../api/problem.ts';
import type { paths } from '../../../api/schema.gen.ts';
import type { GetOk } from '../../../api/types.ts';

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'correction-requested',
  'refused',
  'accepted',
  'reviewed',
  'suspended',
  'concluded',
  'delivered',
  'withdrawn',
  'terminated',
  'revoked',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type Urgency = 'green' | 'yellow' | 'red';
export type QueueView = 'venue' | 'agency';

export const DOCUMENT_KINDS = [
  'acceptance-notice',
  'refusal-notice',
  'correction-notice',
  'deficiency-notice',
  'special-procedure-notice',
  'approval-decision',
  'denial-decision',
  'termination-notice',
  'revocation-decision',
  'delivery-receipt',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CHANNELS = [
  'pc',
  'mobile',
  'window',
  'assisted',
  'kiosk',
  'third-party-app',
  'hotline',
  'system',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Staff actions the action panel knows a form for (the server's allowedActions decides). */
export const STAFF_ACTIONS = [
  'submit',
  'accept',
  'accept-and-conclude',
  'request-correction',
  'resubmit',
  'refuse',
  'supplement',
  'assign',
  'review-pass',
  'return',
  'start-special-procedure',
  'end-special-procedure',
  'extend',
  'approve',
  'deny',
  'deliver',
  'forward',
  'confirm-receipt',
  'verify-commitment',
  'revoke',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export function isStaffAction(value: string): value is StaffAction {
  return (STAFF_ACTIONS as readonly string[]).includes(value);
}

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type ActionsPost = paths['/api/v1/cases/{id}/actions']['post'];
type CasesPost = paths['/api/v1/cases']['post'];

export type CaseDetail = GetOk<'/api/v1/cases/{id}'>;
export type CaseSummary = GetOk<'/api/v1/cases/queue'>['items'][number];
export type CaseMaterial = CaseDetail['materials'][number];
export type CaseActionEntry = CaseDetail['actions'][number];
export type CaseDocument = CaseDetail['documents'][number];
export type DeadlineExplanation = GetOk<'/api/v1/cases/{id}/deadline'>;
export type ApplicantFound = GetOk<'/api/v1/cases/applicants'>;
/** 免证办: a held e-license of the walk-in applicant that can stand in for a material. */
export type MaterialLicense = ApplicantFound['licenses'][number];
export type MaterialObject = Json<paths['/api/v1/materials']['post']['responses'][201]>;
export type CaseActionBody = Json<ActionsPost['requestBody']> & { action: StaffAction };
export type NewWindowCase = Json<CasesPost['requestBody']>;
export type AssistReason = NonNullable<NewWindowCase['assistedConsent']>['reason'];
export type AssistMethod = NonNullable<NewWindowCase['assistedConsent']>['method'];

/** A problem answer may name the actions allowed now (409 CASE_ACTION_NOT_ALLOWED / CASE_CHANGED). */
export function allowedActionsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.problem) return [];
  const allowed = (error.problem as Problem & { allowedActions?: unknown }).allowedActions;
  return Array.isArray(allowed) ? allowed.filter((a): a is string => typeof a === 'string') : [];
}

const idempotencyKey = () => ({ 'idempotency-key': crypto.randomUUID() });
const PAGE = 20;

export function useCaseQueue(view: QueueView, status: CaseStatus | undefined) {
  return useInfiniteQuery({
    queryKey: ['cases', 'queue', view, status ?? ''],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/cases/queue', {
          params: {
            query: { view, limit: PAGE, ...(status && { status }), ...(pageParam && { cursor: pageParam }) },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const caseKey = (id: string) => ['cases', 'detail', id] as const;

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })),
  });
}

/** The deadline explanation; null before acceptance (the server answers 409 then). */
export function useDeadline(id: string, enabled: boolean, seq: number) {
  return useQuery({
    queryKey: ['cases', 'deadline', id, seq],
    enabled,
    queryFn: async ({ signal }) => {
      try {
        return await unwrap(api.GET('/api/v1/cases/{id}/deadline', { params: { path: { id } }, signal }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) return null;
        throw error;
      }
    },
  });
}

export function lookupApplicant(kind: 'idNumber' | 'uscc', value: string, implementation?: string) {
  return unwrap(
    api.GET('/api/v1/cases/applicants', {
      params: { query: { [kind]: value, ...(implementation && { implementation }) } },
    }),
  );
}

export function createCase(input: NewWindowCase) {
  return unwrap(api.POST('/api/v1/cases', { params: { header: idempotencyKey() }, body: input }));
}

export function saveDraft(id: string, body: { materials: { materialKey: string; materialId: string }[] }) {
  return unwrap(api.PUT('/api/v1/cases/{id}/draft', { params: { path: { id } }, body }));
}

export function actOnCase(id: string, body: CaseActionBody) {
  return unwrap(
    api.POST('/api/v1/cases/{id}/actions', { params: { path: { id }, header: idempotencyKey() }, body }),
  );
}

/** A scan uploaded at the window for the case's applicant: the file itself is the body. */
export async function uploadMaterial(file: File, name: string, caseId: string): Promise<MaterialObject> {
  const query = new URLSearchParams({ name, caseId });
  const request = withCsrf(
    new Request(`/api/v1/materials?${query.toString()}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
      credentials: 'same-origin',
    }),
  );
  const response = await fetch(request);
  const parsed = parseJson(await response.text());
  if (!response.ok) throw new ApiError(response.status, isProblem(parsed) ? parsed : null);
  return parsed as MaterialObject;
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null; // not JSON (a proxy's error page): the status alone describes the failure
  }
}

export function useCaseAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseActionBody) => actOnCase(id, body),
    onSuccess: (detail) => {
      client.setQueryData(caseKey(id), detail);
      void client.invalidateQueries({ queryKey: ['cases', 'queue'] });
    },
    onError: (error) => {
      // 409: the case moved on (or the action is not allowed now): show what it is now.
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: caseKey(id) });
    },
  });
}

export const materialFileUrl = (materialId: string) =>
  `/api/v1/materials/${encodeURIComponent(materialId)}/file`;
export const documentUrl = (caseId: string, documentId: string) =>
  `/api/v1/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}`;
