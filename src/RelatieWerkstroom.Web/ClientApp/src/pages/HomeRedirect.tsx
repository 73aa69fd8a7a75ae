import { Navigate } from 'react-router';
import { useMe } from '../auth/useMe';
import { Loading } from '../components/Loading';
import { homeFor } from '../layout/navigation';

/** `/` sends each person to the first screen of their role, or to sign-in. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  return <Navigate to={me.data ? homeFor(me.data.roles) : '/inloggen'} replace />;
}
