import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import type { components } from '../api/schema';

export type Me = components['schemas']['Me'];
export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (401). */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      const { data, response } = await api.GET('/api/me');
      if (response.status === 401) return null;
      if (!response.ok || !data) throw new ApiError(response.status, undefined);
      return data;
    },
    staleTime: 5 * 60_000,
  });
}

export type SignInMethods = components['schemas']['SignInMethods'];

/** How one can sign in here: the OpenID Connect provider's name when the host has one configured. */
export function useSignInMethods() {
  return useQuery({
    queryKey: ['auth', 'methods'] as const,
    queryFn: async (): Promise<SignInMethods> => unwrap(api.GET('/api/auth/methods')),
    staleTime: Infinity,
  });
}

/** The host's address that starts a sign-in at the OpenID Connect provider and comes back to `back`. */
export const openIdConnectSignIn = (back: string) => `/api/auth/oidc?terug=${encodeURIComponent(back)}`;

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { userName: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async () => {
      // The host issues a new antiforgery cookie for the new identity; /api/me tells who we are now.
      client.removeQueries();
      await client.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      client.clear();
      client.setQueryData(meQueryKey, null);
    },
    // After a sign-in through the provider its session ends too, else "Inloggen met …" lets the same person straight back in.
    onSuccess: (signedOut) => {
      if (signedOut?.endSession) window.location.assign(signedOut.endSession);
    },
  });
}
