import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (401/403/404/409) will not change by asking again.
      retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
