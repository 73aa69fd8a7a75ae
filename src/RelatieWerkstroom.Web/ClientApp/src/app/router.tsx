import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import type { ReactNode } from 'react';
import { AccessLogPage } from '../admin/AccessLogPage';
import { IncidentsPage } from '../admin/IncidentsPage';
import { CaseSearchPage } from '../cases/CaseSearchPage';
import { DossierPage } from '../cases/DossierPage';
import { NewCasePage } from '../cases/NewCasePage';
import { RequireRole } from '../auth/RequireRole';
import { Roles, type Role } from '../auth/roles';
import { designerRoutes } from '../designer/routes';
import { AppLayout } from '../layout/AppLayout';
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading';
import { HomeRedirect } from '../pages/HomeRedirect';
import { NoAccessPage } from '../pages/NoAccessPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { TaskPage } from '../tasks/TaskPage';
import { WorklistPage } from '../worklist/WorklistPage';

// The dashboard carries the chart library: loaded only when an auditor opens it.
const DashboardPage = lazy(() => import('../audit/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ProcessMapPage = lazy(() => import('../audit/ProcessMapPage').then((m) => ({ default: m.ProcessMapPage })));
const RedTapePage = lazy(() => import('../audit/RedTapePage').then((m) => ({ default: m.RedTapePage })));
const CasesPage = lazy(() => import('../audit/CasesPage').then((m) => ({ default: m.CasesPage })));

const casework: readonly Role[] = [Roles.caseworker, Roles.teamlead, Roles.jurist];
const guard = (roles: readonly Role[], element: ReactNode) => <RequireRole roles={roles}>{element}</RequireRole>;

/** Every screen, with the roles that may open it (the host enforces the same table on the API). */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'inloggen', element: <SignInPage /> },
      { path: 'werkvoorraad', element: guard(casework, <WorklistPage />) },
      { path: 'taak/:id', element: guard(casework, <TaskPage />) },
      { path: 'melding/nieuw', element: guard([Roles.caseworker, Roles.teamlead], <NewCasePage />) },
      { path: 'dossiers', element: guard(casework, <CaseSearchPage />) },
      { path: 'dossier/:id', element: guard(casework, <DossierPage />) },
      { path: 'audit', element: guard([Roles.auditor], <Suspense fallback={<Loading />}><DashboardPage /></Suspense>) },
      { path: 'audit/procesmodel', element: guard([Roles.auditor], <Suspense fallback={<Loading />}><ProcessMapPage /></Suspense>) },
      { path: 'audit/knelpunten', element: guard([Roles.auditor], <Suspense fallback={<Loading />}><RedTapePage /></Suspense>) },
      { path: 'audit/zaken', element: guard([Roles.auditor], <Suspense fallback={<Loading />}><CasesPage /></Suspense>) },
      { path: 'beheer/incidenten', element: guard([Roles.administrator], <IncidentsPage />) },
      { path: 'beheer/toegangslog', element: guard([Roles.administrator], <AccessLogPage />) },
      { path: 'ontwerper', element: guard([Roles.designer], <Outlet />), children: designerRoutes },
      { path: 'geen-toegang', element: <NoAccessPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
