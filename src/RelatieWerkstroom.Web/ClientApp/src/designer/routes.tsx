import type React from 'react';
import type { RouteObject } from 'react-router';
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading';
import { WorkflowListPage } from './pages/WorkflowListPage';

// The canvas (React Flow) is loaded only when a workflow is opened.
const DesignerPage = lazy(() => import('./pages/DesignerPage').then((m) => ({ default: m.DesignerPage })));
const InstancePage = lazy(() => import('./pages/InstancePage').then((m) => ({ default: m.InstancePage })));

const suspended = (element: React.ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** The designer's screens under /ontwerper. */
export const designerRoutes: RouteObject[] = [
  { index: true, element: <WorkflowListPage /> },
  { path: 'instanties/:instanceId', element: suspended(<InstancePage />) },
  { path: ':definitionId', element: suspended(<DesignerPage />) },
];
