// Data hooks of the rating pages: what a link rates and rating through it, the applicant's
// ratings of a case (rate, follow up), my ratings, and the window clerk's code. Writes carry an
// Idempotency-Key, so a double tap or a retry never rates twice.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { paths } from '../../api/schema.gen.ts';
import { newIdempotencyKey } from '../cases/api.ts';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type InvitationView = Json<'/api/v1/rating-invitations/{token}', 'get', 200>;
export type RatingView = Json<'/api/v1/ratings', 'post', 201>;
export type CaseRatings = Json<'/api/v1/cases/{id}/ratings', 'get', 200>;
export type WindowInvitation = Json<'/api/v1/window-rating-invitations', 'post', 201>;

export interface RatingInput {
  level: number;
  scores: Record<string, number>;
  comment?: string;
}

const key = ['ratings'] as const;

export function useInvitation(token: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'invitation', token],
    enabled,
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/rating-invitations/{token}', { params: { path: { token } }, signal })),
  });
}

export function useRateByToken(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RatingInput) =>
      unwrap(
        api.POST('/api/v1/ratings', {
          params: { header: { 'idempotency-key': newIdempotencyKey() } },
          body: { token, ...input },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useCaseRatings(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'case', caseId],
    enabled,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/cases/{id}/ratings', { params: { path: { id: caseId } }, signal })),
  });
}

export function useRateCase(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RatingInput & { channel: 'pc' | 'mobile' }) =>
      unwrap(
        api.POST('/api/v1/cases/{id}/ratings', {
          params: { path: { id: caseId }, header: { 'idempotency-key': newIdempotencyKey() } },
          body: input,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ratingId, ...input }: RatingInput & { ratingId: string; channel: 'pc' | 'mobile' }) =>
      unwrap(
        api.POST('/api/v1/ratings/{id}/follow-up', {
          params: { path: { id: ratingId }, header: { 'idempotency-key': newIdempotencyKey() } },
          body: input,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useMyRatings() {
  return useInfiniteQuery({
    queryKey: [...key, 'mine'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/me/ratings', { params: { query: { cursor: pageParam } }, signal })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useWindowInvitation() {
  return useMutation({
    mutationFn: (body: { channel: 'qr' | 'tablet'; caseId?: string }) =>
      unwrap(
        api.POST('/api/v1/window-rating-invitations', {
          params: { header: { 'idempotency-key': newIdempotencyKey() } },
          body,
        }),
      ),
  });
}

/** The channel of an online rating made on this device. */
export const deviceChannel = (): 'pc' | 'mobile' =>
  typeof window !== 'undefined' && window.matchMedia('(max-width: 767px)').matches ? 'mobile' : 'pc';
