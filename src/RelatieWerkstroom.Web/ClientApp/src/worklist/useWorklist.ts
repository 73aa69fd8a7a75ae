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

/** Claims (or releases) one task on the server; nothing is read again (see {@link useWorkChanged}). */
export const claimTask = (bookmarkId: string, claim: boolean) =>
  unwrap(api.POST(claim ? '/api/tasks/{id}/claim' : '/api/tasks/{id}/release', { params: { path: { id: bookmarkId } } }));

/** A team lead gives one task to a colleague; nothing is read again (see {@link useWorkChanged}). */
export const assignTask = (bookmarkId: string, assignee: string) =>
  unwrap(api.POST('/api/tasks/{id}/assign', { params: { path: { id: bookmarkId } }, body: { assignee } }));

/** Marks the worklist and the given tasks as changed, so the screens that show them read them again. */
export function useWorkChanged() {
  const client = useQueryClient();
  return (bookmarkIds: readonly string[]) =>
    Promise.all([
      client.invalidateQueries({ queryKey: worklistKey }),
      ...bookmarkIds.map((id) => client.invalidateQueries({ queryKey: ['task', id] })),
    ]);
}

/** Claim or release one task; the worklist and the task are read again afterwards. */
export function useClaim() {
  const changed = useWorkChanged();
  return useMutation({
    mutationFn: ({ bookmarkId, claim }: { bookmarkId: string; claim: boolean }) => claimTask(bookmarkId, claim),
    onSettled: (_data, _error, { bookmarkId }) => changed([bookmarkId]),
  });
}

/** The colleagues of the own team a team lead can give work to. */
export function useAssignees() {
  return useQuery({ queryKey: ['assignees'], queryFn: () => unwrap(api.GET('/api/worklist/assignees')), staleTime: 5 * 60_000 });
}
