import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type InstanceSummary = components['schemas']['InstanceSummary'];
export type RetryResult = components['schemas']['RunResult'];

export const incidentsKey = ['instances', 'faulted'] as const;
export const incidentsPageSize = 25;

/** One page of faulted instances, newest fault first (the server sorts and pages). */
export function useIncidents(page: number) {
  return useQuery({
    queryKey: [...incidentsKey, page],
    queryFn: () =>
      unwrap(api.GET('/api/instances', { params: { query: { status: 'Faulted', page, pageSize: incidentsPageSize } } })),
    placeholderData: keepPreviousData,
  });
}

/** Runs a faulted instance again from the step that failed; the list is read again afterwards. */
export function useRetry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/instances/{id}/retry', { params: { path: { id } } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['instances'] });
    },
  });
}
