// Data hooks of the applicant's case pages: prefill, my cases (page by page), one case, its
// deadline, uploads, drafts, submission and the applicant's actions. Creating writes carry an
// Idempotency-Key, so a double click or a retry after a lost response never acts twice.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { withCsrf } from '../../api/csrf.ts';
import { ApiError, isProblem, unwrap } from '../../api/problem.ts';
import type {
  CaseActionInput,
  CaseDetail,
  CaseInput,
  DraftInput,
  CaseStatus,
  CaseSummary,
  DeadlineExplanation,
  ListOf,
  MaterialObject,
  Prefill,
} from './types.ts';

const BASE = '/api/v1';

interface RequestOptions {
  body?: unknown;
  raw?: Blob;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  let body: BodyInit | undefined;
  if (options.raw) {
    headers.set('Content-Type', 'application/octet-stream');
    body = options.raw;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const response = await fetch(
    withCsrf(
      new Request(BASE + path, { method, headers, body, credentials: 'same-origin', signal: options.signal }),
    ),
  );
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = parseJson(text);
  if (!response.ok) throw new ApiError(response.status, isProblem(parsed) ? parsed : null);
  return parsed as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null; // not JSON (a proxy's error page): the status alone describes the failure
  }
}

/** A fresh Idempotency-Key (the allowed alphabet: letters, digits, -_.:). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const casesKey = ['cases'] as const;

export function usePrefill(implementationCode: string, enabled = true) {
  return useQuery({
    queryKey: [...casesKey, 'prefill', implementationCode],
    enabled,
    queryFn: ({ signal }) =>
      request<Prefill>('GET', `/cases/prefill?implementation=${encodeURIComponent(implementationCode)}`, {
        signal,
      }),
    staleTime: 60 * 1000,
  });
}

export function useMyCases(status: CaseStatus | undefined) {
  return useInfiniteQuery({
    queryKey: [...casesKey, 'mine', status ?? 'all'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams();
      if (status) query.set('status', status);
      if (pageParam) query.set('cursor', pageParam);
      return request<ListOf<CaseSummary>>('GET', `/cases/mine?${query}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: [...casesKey, 'detail', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => request<CaseDetail>('GET', `/cases/${encodeURIComponent(id ?? '')}`, { signal }),
  });
}

/** The deadline explanation; only asked for once the case was accepted (before that: 409). */
export function useDeadline(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...casesKey, 'deadline', id],
    enabled,
    queryFn: ({ signal }) =>
      request<DeadlineExplanation>('GET', `/cases/${encodeURIComponent(id)}/deadline`, { signal }),
    retry: false,
  });
}

/** Uploads one file: the body is the file itself (the server sniffs its type and hashes it). */
export function useUploadMaterial() {
  return useMutation({
    mutationFn: ({ file, name }: { file: File; name: string }) =>
      request<MaterialObject>('POST', `/materials?name=${encodeURIComponent(name.slice(0, 200))}`, {
        raw: file,
        headers: { 'X-File-Name': encodeURIComponent(file.name) },
      }),
  });
}

/** Stores a detail answer in the cache so the case page shows it without another round trip. */
function useStoreCase() {
  const client = useQueryClient();
  return async (detail: CaseDetail) => {
    client.setQueryData([...casesKey, 'detail', detail.id], detail);
    await client.invalidateQueries({ queryKey: [...casesKey, 'mine'] });
  };
}

export function useCreateCase() {
  const store = useStoreCase();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CaseInput; idempotencyKey: string }) =>
      request<CaseDetail>('POST', '/cases', { body: input, idempotencyKey }),
    onSuccess: store,
  });
}

export function useSaveDraft() {
  const store = useStoreCase();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: DraftInput }) =>
      request<CaseDetail>('PUT', `/cases/${encodeURIComponent(id)}/draft`, { body: input }),
    onSuccess: store,
  });
}

export function useDeleteDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<void>('DELETE', `/cases/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: [...casesKey, 'mine'] }),
  });
}

export function useCaseAction() {
  const store = useStoreCase();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      body,
      idempotencyKey,
    }: {
      id: string;
      body: CaseActionInput;
      idempotencyKey: string;
    }) => request<CaseDetail>('POST', `/cases/${encodeURIComponent(id)}/actions`, { body, idempotencyKey }),
    onSuccess: async (detail) => {
      await store(detail);
      await client.invalidateQueries({ queryKey: [...casesKey, 'deadline', detail.id] });
    },
  });
}

export const documentUrl = (caseId: string, documentId: string) =>
  `${BASE}/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}`;

export const materialFileUrl = (materialId: string) =>
  `${BASE}/materials/${encodeURIComponent(materialId)}/file`;

/** The guide of a case's implementation (for its form and venues); nothing is asked without a code. */
export function useCaseGuide(code: string | undefined) {
  return useQuery({
    queryKey: ['catalog-guide', code],
    enabled: Boolean(code),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/catalog/guides/{code}', { params: { path: { code: code ?? '' } }, signal })),
    staleTime: 5 * 60 * 1000,
  });
}
