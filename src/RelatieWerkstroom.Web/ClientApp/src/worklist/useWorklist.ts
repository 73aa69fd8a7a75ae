import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type WorklistItem = components['schemas']['WorklistItem'];
export type WorklistQuery = NonNullable<paths['/api/worklist']['get']['parameters']['query']>;

export const worklistKey = ['worklist'] as const;

/** One page of the worklist from the server (sorted by deadline there). */
export function useWorklist(query: WorklistQuery) {
  return useQuery({
    queryKey: [...worklistKey, query],
    queryFn: () => unwrap(api.GET('/api/worklist', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Claim or release one task; the worklist and the task are read again afterwards. */
export function useClaim() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ bookmarkId, claim }: { bookmarkId: string; claim: boolean }) =>
      unwrap(api.POST(claim ? '/api/tasks/{id}/claim' : '/api/tasks/{id}/release', { params: { path: { id: bookmarkId } } })),
    onSettled: async (_data, _error, { bookmarkId }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: worklistKey }),
        client.invalidateQueries({ queryKey: ['task', bookmarkId] }),
      ]);
    },
  });
}

/** The colleagues of the own team a team lead can give work to. */
export function useAssignees() {
  return useQuery({ queryKey: ['assignees'], queryFn: () => unwrap(api.GET('/api/worklist/assignees')), staleTime: 5 * 60_000 });
}

/** A team lead gives one task to a colleague; the worklist and the task are read again afterwards. */
export function useAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ bookmarkId, assignee }: { bookmarkId: string; assignee: string }) =>
      unwrap(api.POST('/api/tasks/{id}/assign', { params: { path: { id: bookmarkId } }, body: { assignee } })),
    onSettled: async (_data, _error, { bookmarkId }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: worklistKey }),
        client.invalidateQueries({ queryKey: ['task', bookmarkId] }),
      ]);
    },
  });
}
