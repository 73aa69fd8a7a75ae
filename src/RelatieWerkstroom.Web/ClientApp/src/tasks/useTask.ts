import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

type JsonObject = components['schemas']['JsonObject'];
import { worklistKey } from '../worklist/useWorklist';

export type TaskDetails = components['schemas']['TaskDetails'];

export function useTask(id: string) {
  return useQuery({
    queryKey: ['task', id],
    queryFn: () => unwrap(api.GET('/api/tasks/{id}', { params: { path: { id } } })),
  });
}

/** One key per attempt: a retry of the same submission gets the first answer, never a second completion. */
const idempotencyKey = () => crypto.randomUUID();

export function useCompleteTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, fields }: { action: string; fields: Record<string, unknown> }) =>
      unwrap(api.POST('/api/tasks/{id}/complete', { params: { path: { id } }, body: { action, fields: fields as JsonObject }, headers: { 'Idempotency-Key': idempotencyKey() } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: worklistKey }), client.invalidateQueries({ queryKey: ['dossier'] })]),
  });
}

export function useDecide(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { option: string; reason: string | null }) =>
      unwrap(api.POST('/api/discretion/{id}/decide', { params: { path: { id } }, body, headers: { 'Idempotency-Key': idempotencyKey() } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: worklistKey }), client.invalidateQueries({ queryKey: ['dossier'] })]),
  });
}
