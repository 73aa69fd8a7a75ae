import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { hostFetch } from '../api/hostFetch';
import type { components, paths } from '../api/schema';

export type Dossier = components['schemas']['Dossier'];
export type DossierEvent = components['schemas']['DossierEvent'];
export type ClockView = components['schemas']['ClockView'];
export type CaseFileSummary = components['schemas']['CaseFileSummary'];
export type IntakeKind = components['schemas']['IntakeKind'];
export type CaseSearchQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;
export type ClockAction = 'suspend' | 'resume' | 'extend' | 'ingebrekestelling';

export const dossierKey = (id: string) => ['dossier', id] as const;

/** One case file; the host writes the opening to the access log. */
export function useDossier(id: string) {
  return useQuery({
    queryKey: dossierKey(id),
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id } } })),
    retry: false,
    // Work on a task moves the case on: the dossier is read again each time it is opened.
    refetchOnMount: 'always',
  });
}

/** A page of the team's case files. */
export function useCaseSearch(query: CaseSearchQuery) {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => unwrap(api.GET('/api/cases', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** What the team takes in. */
export function useIntakeKinds() {
  return useQuery({ queryKey: ['case-kinds'], queryFn: () => unwrap(api.GET('/api/cases/kinds')), staleTime: 10 * 60_000 });
}

/** Opens a case file; one key per form, so a resent or double-clicked form opens one dossier. */
export function useOpenCase() {
  const client = useQueryClient();
  const [key] = useState(() => crypto.randomUUID());
  return useMutation({
    mutationFn: (body: { kind: string; bsn: string; name: string; title: string | null }) =>
      unwrap(api.POST('/api/cases', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['cases'] }), client.invalidateQueries({ queryKey: ['worklist'] })]),
  });
}

export function useAddNote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id } }, body: { text } })),
    onSuccess: () => client.invalidateQueries({ queryKey: dossierKey(id) }),
  });
}

export interface ClockChange {
  reason: string | null;
  legalBasis: string | null;
  extension: string | null;
  furtherDelayGround: string | null;
  on: string | null;
}

export function useClockAction(id: string, clock: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, change }: { action: ClockAction; change: ClockChange }) => {
      const params = { path: { id, clock } };
      const body = change;
      switch (action) {
        case 'suspend':
          return unwrap(api.POST('/api/cases/{id}/clocks/{clock}/suspend', { params, body }));
        case 'resume':
          return unwrap(api.POST('/api/cases/{id}/clocks/{clock}/resume', { params, body }));
        case 'ingebrekestelling':
          // The day the ingebrekestelling was received is the form's date.
          return unwrap(api.POST('/api/cases/{id}/clocks/{clock}/ingebrekestelling', { params, body: { receivedOn: change.on ?? null } }));
        default:
          return unwrap(api.POST('/api/cases/{id}/clocks/{clock}/extend', { params, body }));
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: dossierKey(id) }),
  });
}

/** The address of a document (opened in the page or downloaded as a file). */
export const documentUrl = (caseFileId: string, documentId: string, download: boolean) =>
  `/api/cases/${encodeURIComponent(caseFileId)}/documents/${encodeURIComponent(documentId)}${download ? '?download=true' : ''}`;

/** A document's text, read through the API (and so written to the access log). */
export function useDocumentText(caseFileId: string, documentId: string | null) {
  return useQuery({
    queryKey: ['document', caseFileId, documentId],
    enabled: documentId !== null,
    queryFn: async () => {
      const response = await hostFetch(documentUrl(caseFileId, documentId!, false));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    },
  });
}
