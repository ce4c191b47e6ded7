// The areas of the web shell: portal (/), sign-in and personal space, staff workbench
// (/workbench) and admin (/admin). Guarded pages redirect to the matching sign-in page.
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from './components/RequireAuth.tsx';
import { AppShell } from './layout/AppShell.tsx';
import { RouteError } from './layout/RouteError.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { OidcClientsPage } from './pages/admin/OidcClientsPage.tsx';
import { RolesPage } from './pages/admin/RolesPage.tsx';
import { StaffDetailPage } from './pages/admin/StaffDetailPage.tsx';
import { StaffListPage } from './pages/admin/StaffListPage.tsx';
import { LoginPage } from './pages/auth/LoginPage.tsx';
import { CatalogListPage } from './pages/catalog-admin/CatalogListPage.tsx';
import { DetailPage as CatalogDetailPage } from './pages/catalog-admin/detail/DetailPage.tsx';
import { ReviewQueuePage } from './pages/catalog-admin/ReviewQueuePage.tsx';
import { OidcLoginPage } from './pages/auth/OidcLoginPage.tsx';
import { RegisterPage } from './pages/auth/RegisterPage.tsx';
import { StaffLoginPage } from './pages/auth/StaffLoginPage.tsx';
import { MePage } from './pages/me/MePage.tsx';
import { MyCasesPage } from './pages/cases/MyCasesPage.tsx';
import { AdminBundlesPage } from './pages/bundles/admin/AdminBundlesPage.tsx';
import { BundleStatsPage } from './pages/bundles/admin/BundleStatsPage.tsx';
import { BundleEditorPage } from './pages/bundles/admin/BundleEditorPage.tsx';
import { BundleVersionPage } from './pages/bundles/admin/BundleVersionPage.tsx';
import { NewBundlePage } from './pages/bundles/admin/NewBundlePage.tsx';
import { BundleCasePage } from './pages/bundles/BundleCasePage.tsx';
import { BundleGuidePage } from './pages/bundles/BundleGuidePage.tsx';
import { BundlesPage } from './pages/bundles/BundlesPage.tsx';
import { MyBundleCasesPage } from './pages/bundles/MyBundleCasesPage.tsx';
import { MyLicensesPage } from './pages/licenses/MyLicensesPage.tsx';
import { VerifyPage as LicenseVerifyPage } from './pages/licenses/VerifyPage.tsx';
import { SharedDetailPage } from './pages/licenses/authorized/SharedDetailPage.tsx';
import { SharedListPage } from './pages/licenses/authorized/SharedListPage.tsx';
import { SealsPage } from './pages/admin/seals/SealsPage.tsx';
import { LicenseLookupDetailPage } from './pages/workbench/licenses/LookupDetailPage.tsx';
import { LicenseLookupPage } from './pages/workbench/licenses/LookupPage.tsx';
import { GuidePage } from './pages/catalog/GuidePage.tsx';
import { GuidePrintPage } from './pages/catalog/GuidePrintPage.tsx';
import { SearchPage } from './pages/catalog/SearchPage.tsx';
import { WorkbenchGuidePage, WorkbenchGuideSearchPage } from './pages/catalog/WorkbenchGuides.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { HomePage } from './pages/portal/HomePage.tsx';
import { VenuePage } from './pages/portal/VenuePage.tsx';
import { WorkbenchPage } from './pages/workbench/WorkbenchPage.tsx';
import { CaseDetailPage as StaffCaseDetailPage } from './pages/workbench/cases/CaseDetailPage.tsx';
import { CaseQueuePage } from './pages/workbench/cases/CaseQueuePage.tsx';
import { WindowRatingPage } from './pages/workbench/ratings/WindowRatingPage.tsx';
import { MyRatingsPage } from './pages/ratings/MyRatingsPage.tsx';
import { RatePage } from './pages/ratings/RatePage.tsx';
import { RectificationPage } from './pages/rectifications/RectificationPage.tsx';
import { RectificationsPage } from './pages/rectifications/RectificationsPage.tsx';
import { ComplaintPage } from './pages/complaints/ComplaintPage.tsx';
import { MyComplaintsPage } from './pages/complaints/MyComplaintsPage.tsx';
import { NewComplaintPage } from './pages/complaints/NewComplaintPage.tsx';
import { ComplaintAdminPage } from './pages/complaints/admin/ComplaintAdminPage.tsx';
import { ComplaintsAdminPage } from './pages/complaints/admin/ComplaintsAdminPage.tsx';
import { NewComplaintEntryPage } from './pages/complaints/admin/NewComplaintEntryPage.tsx';

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'venues/:id', element: <VenuePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'guides/:code', element: <GuidePage /> },
      { path: 'guides/:code/print', element: <GuidePrintPage /> },
      // 一件事: the portal area and guide are public; the wizard (with @rjsf) is its own chunk.
      { path: 'bundles', element: <BundlesPage /> },
      { path: 'bundles/:code', element: <BundleGuidePage /> },
      {
        path: 'bundles/:code/apply',
        lazy: async () => {
          const { BundleApplyPage } = await import('./pages/bundles/BundleApplyPage.tsx');
          return {
            Component: () => (
              <RequireAuth loginPath="/login">
                <BundleApplyPage />
              </RequireAuth>
            ),
          };
        },
      },
      {
        path: 'me/bundle-cases',
        element: (
          <RequireAuth loginPath="/login">
            <MyBundleCasesPage />
          </RequireAuth>
        ),
      },
      {
        path: 'me/bundle-cases/:id',
        element: (
          <RequireAuth loginPath="/login">
            <BundleCasePage />
          </RequireAuth>
        ),
      },
      // 好差评: the rating page opens from an SMS link or a QR code, signed in or not.
      { path: 'rate/:token', element: <RatePage /> },
      {
        path: 'me/ratings',
        element: (
          <RequireAuth loginPath="/login">
            <MyRatingsPage />
          </RequireAuth>
        ),
      },
      // 办不成事: anyone may report (anonymously too); tracking needs a sign-in.
      { path: 'complaints/new', element: <NewComplaintPage /> },
      {
        path: 'me/complaints',
        element: (
          <RequireAuth loginPath="/login">
            <MyComplaintsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'me/complaints/:id',
        element: (
          <RequireAuth loginPath="/login">
            <ComplaintPage />
          </RequireAuth>
        ),
      },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      {
        path: 'oidc-login',
        element: (
          <RequireAuth loginPath="/login">
            <OidcLoginPage />
          </RequireAuth>
        ),
      },
      {
        path: 'me',
        element: (
          <RequireAuth loginPath="/login">
            <MePage />
          </RequireAuth>
        ),
      },
      {
        path: 'me/cases',
        element: (
          <RequireAuth loginPath="/login">
            <MyCasesPage />
          </RequireAuth>
        ),
      },
      {
        // The case page and the apply wizard carry @rjsf (the application form): own chunks.
        path: 'me/cases/:id',
        lazy: async () => {
          const { CasePage } = await import('./pages/cases/CasePage.tsx');
          return {
            Component: () => (
              <RequireAuth loginPath="/login">
                <CasePage />
              </RequireAuth>
            ),
          };
        },
      },
      {
        path: 'me/licenses',
        element: (
          <RequireAuth loginPath="/login">
            <MyLicensesPage />
          </RequireAuth>
        ),
      },
      // 授权给我的证照 for a person acting for an enterprise (static segments outrank me/licenses/:id).
      { path: 'me/licenses/authorized', element: <SharedListPage area="me" /> },
      { path: 'me/licenses/authorized/:authorizationId', element: <SharedDetailPage area="me" /> },
      {
        // One license carries the QR encoder (亮证): its own chunk.
        path: 'me/licenses/:id',
        lazy: async () => {
          const { LicensePage } = await import('./pages/licenses/LicensePage.tsx');
          return {
            Component: () => (
              <RequireAuth loginPath="/login">
                <LicensePage />
              </RequireAuth>
            ),
          };
        },
      },
      { path: 'licenses/verify', element: <LicenseVerifyPage /> },
      {
        path: 'apply/:code',
        lazy: async () => {
          const { ApplyPage } = await import('./pages/cases/ApplyPage.tsx');
          return {
            Component: () => (
              <RequireAuth loginPath="/login">
                <ApplyPage />
              </RequireAuth>
            ),
          };
        },
      },
      { path: 'workbench/login', element: <StaffLoginPage /> },
      { path: 'workbench/guides', element: <WorkbenchGuideSearchPage /> },
      { path: 'workbench/guides/:code', element: <WorkbenchGuidePage /> },
      { path: 'workbench/cases', element: <CaseQueuePage /> },
      {
        // Window acceptance carries @rjsf (the application form): its own chunk.
        path: 'workbench/cases/new',
        lazy: async () => ({
          Component: (await import('./pages/workbench/cases/NewCasePage.tsx')).NewCasePage,
        }),
      },
      { path: 'workbench/cases/:id', element: <StaffCaseDetailPage /> },
      { path: 'workbench/licenses', element: <LicenseLookupPage /> },
      { path: 'workbench/licenses/authorized', element: <SharedListPage area="workbench" /> },
      {
        path: 'workbench/licenses/authorized/:authorizationId',
        element: <SharedDetailPage area="workbench" />,
      },
      { path: 'workbench/licenses/:id', element: <LicenseLookupDetailPage /> },
      { path: 'workbench/window-rating', element: <WindowRatingPage /> },
      { path: 'workbench/:section?', element: <WorkbenchPage /> },
      { path: 'admin/staff', element: <StaffListPage /> },
      { path: 'admin/staff/:id', element: <StaffDetailPage /> },
      { path: 'admin/roles', element: <RolesPage /> },
      { path: 'admin/oidc-clients', element: <OidcClientsPage /> },
      { path: 'admin/seals', element: <SealsPage /> },
      { path: 'admin/bundles', element: <AdminBundlesPage /> },
      { path: 'admin/bundles/stats', element: <BundleStatsPage /> },
      { path: 'admin/bundles/new', element: <NewBundlePage /> },
      { path: 'admin/bundles/versions/:id', element: <BundleVersionPage /> },
      { path: 'admin/bundles/versions/:id/edit', element: <BundleEditorPage /> },
      { path: 'admin/rectifications', element: <RectificationsPage /> },
      { path: 'admin/rectifications/:id', element: <RectificationPage /> },
      { path: 'admin/complaints', element: <ComplaintsAdminPage /> },
      { path: 'admin/complaints/new', element: <NewComplaintEntryPage /> },
      { path: 'admin/complaints/:id', element: <ComplaintAdminPage /> },
      {
        // The dashboard carries ECharts: its own chunk, loaded when opened.
        path: 'admin/stats',
        lazy: async () => ({
          Component: (await import('./pages/stats/StatsDashboardPage.tsx')).StatsDashboardPage,
        }),
      },
      { path: 'admin/catalog', element: <CatalogListPage /> },
      { path: 'admin/catalog/review', element: <ReviewQueuePage /> },
      {
        // The editor carries @rjsf (the form preview): its own chunk, loaded when opened.
        path: 'admin/catalog/versions/:id/edit',
        lazy: async () => ({
          Component: (await import('./pages/catalog-admin/editor/EditorPage.tsx')).EditorPage,
        }),
      },
      { path: 'admin/catalog/:code', element: <CatalogDetailPage /> },
      { path: 'admin/:section?', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
