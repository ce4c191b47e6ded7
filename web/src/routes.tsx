// The three areas of the web shell: portal (/), staff workbench (/workbench) and admin (/admin).
import { createBrowserRouter } from 'react-router-dom';
import { AppShell } from './layout/AppShell.tsx';
import { RouteError } from './layout/RouteError.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { HomePage } from './pages/portal/HomePage.tsx';
import { VenuePage } from './pages/portal/VenuePage.tsx';
import { WorkbenchPage } from './pages/workbench/WorkbenchPage.tsx';

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'venues/:id', element: <VenuePage /> },
      { path: 'workbench/:section?', element: <WorkbenchPage /> },
      { path: 'admin/:section?', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
