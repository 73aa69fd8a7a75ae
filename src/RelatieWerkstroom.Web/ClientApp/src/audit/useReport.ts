import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { ReportQuery } from './reportFilters';

export type FrictionReport = components['schemas']['FrictionReport'];
export type ReportChoices = components['schemas']['ReportChoices'];
export type ProcessMap = components['schemas']['ProcessMap'];
export type CasePage = components['schemas']['CasePage'];
export type RedTapeStep = components['schemas']['RedTapeStepView'];

/** What the drill-down is about, besides the report filters. */
export interface CaseCriteria {
  origin?: string;
  step?: string;
  discretion?: string;
  option?: string;
}

/** The friction report for the filters; the previous figures stay visible (marked busy) while new ones load. */
export function useReport(query: ReportQuery) {
  return useQuery({
    queryKey: ['report', query],
    queryFn: () => unwrap(api.GET('/api/reports/friction', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The workflows (with versions) and teams the filters offer. */
export function useReportChoices() {
  return useQuery({
    queryKey: ['report-choices'],
    queryFn: () => unwrap(api.GET('/api/reports/choices')),
    staleTime: 5 * 60_000,
  });
}

/** The process map of one workflow for the filters (none while no workflow is chosen). */
export function useProcessMap(workflow: string, query: ReportQuery) {
  return useQuery({
    queryKey: ['process-map', workflow, query],
    queryFn: () => unwrap(api.GET('/api/reports/process-map', { params: { query: { ...query, workflow: [workflow] } } })),
    enabled: workflow !== '',
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One page of the pseudonymised cases behind a figure. */
export function useCases(query: ReportQuery, criteria: CaseCriteria, page: number) {
  return useQuery({
    queryKey: ['report-cases', query, criteria, page],
    queryFn: () => unwrap(api.GET('/api/reports/cases', { params: { query: { ...query, ...criteria, page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The caseworkers' red-tape flags per step for the filters (period of the flag, one workflow, one team). */
export function useRedTape(query: ReportQuery) {
  return useQuery({
    queryKey: ['red-tape', query],
    queryFn: () =>
      unwrap(api.GET('/api/reports/red-tape', { params: { query: { from: query.from, to: query.to, workflow: query.workflow?.[0], team: query.team?.[0] } } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
