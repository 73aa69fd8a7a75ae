import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { hasAnyRole, type Role } from './roles';
import { useMe } from './useMe';
import { NoAccessPage } from '../pages/NoAccessPage';
import { Loading } from '../components/Loading';

/** Shows its children only to a signed-in user holding one of the roles; others get sign-in or "no access". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (!me.data) {
    const back = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/inloggen?terug=${back}`} replace />;
  }
  if (!hasAnyRole(me.data.roles, roles)) return <NoAccessPage />;
  return <>{children}</>;
}
