// Route guard: renders its children for a signed-in account of the right kind, and sends
// everyone else to the sign-in page with a way back (?next=) to where they wanted to go.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth.ts';
import type { AccountKind } from '../api/identity.ts';
import { LoadError } from './LoadError.tsx';
import { Loading } from './Loading.tsx';

interface RequireAuthProps {
  kind?: AccountKind;
  loginPath: string;
  children: ReactNode;
}

export function RequireAuth({ kind, loginPath, children }: RequireAuthProps) {
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) {
    return (
      <div className="container page">
        <Loading rows={6} />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="container page">
        <LoadError error={me.error} onRetry={() => void me.refetch()} headingLevel={2} />
      </div>
    );
  }
  if (!me.data || (kind && me.data.kind !== kind)) {
    const next = encodeURIComponent(pathname + search);
    return <Navigate to={`${loginPath}?next=${next}`} replace />;
  }
  return children;
}
