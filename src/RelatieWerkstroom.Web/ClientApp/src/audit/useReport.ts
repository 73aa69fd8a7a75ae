import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { ReportQuery } from './reportFilters';

export type FrictionReport = components['schemas']['FrictionReport'];

/** The friction report for the filters; the previous figures stay visible (marked busy) while new ones load. */
export function useReport(query: ReportQuery) {
  return useQuery({
    queryKey: ['report', query],
    queryFn: () => unwrap(api.GET('/api/reports/friction', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
