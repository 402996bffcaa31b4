import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { hasRole, homeFor, loadSession, session, takeReturnTo, type Role } from '@/auth/session';
import { adminRoutes } from './adminRoutes';
import { supervisionRoutes } from './supervisionRoutes';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    title?: string;
    /** The page shows its own h1 (the mobile layout's bar title is then not a heading). */
    ownHeading?: boolean;
    layout?: 'mobile' | 'console';
    /** Needs a signed-in user … */
    auth?: boolean;
    /** … holding one of these roles. */
    roles?: readonly Role[];
  }
}

const STAFF: readonly Role[] = ['HOTLINE_AGENT', 'CLERK', 'INSPECTOR', 'APPROVER', 'HANDLER', 'SUPERVISOR', 'ADMIN'];

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/public/HomePage.vue'), meta: { title: 'app.name', ownHeading: true } },
  { path: '/signin', name: 'signin', component: () => import('@/pages/SignInPage.vue'), meta: { title: 'auth.signIn' } },
  { path: '/report', name: 'report', component: () => import('@/pages/public/ReportPage.vue'), meta: { title: 'report.title' } },
  {
    // the private tracking code never goes into the URL (history, logs): it comes as
    // history state from the report page, or is typed in
    path: '/track',
    name: 'track',
    component: () => import('@/pages/public/TrackPage.vue'),
    meta: { title: 'track.title' },
  },
  {
    path: '/verify/:licenseNo?',
    name: 'verify',
    component: () => import('@/pages/public/VerifyPage.vue'),
    meta: { title: 'verify.title' },
  },
  {
    path: '/portal',
    name: 'portal',
    component: () => import('@/pages/portal/PortalHome.vue'),
    meta: { title: 'portal.title', auth: true, roles: ['RETAILER'] },
  },
  {
    path: '/portal/applications/new',
    name: 'application-new',
    component: () => import('@/pages/portal/ApplicationNewPage.vue'),
    meta: { title: 'application.newTitle', auth: true, roles: ['RETAILER'] },
  },
  {
    path: '/portal/applications/:id/edit',
    name: 'application-edit',
    component: () => import('@/pages/portal/ApplicationEditPage.vue'),
    meta: { title: 'application.edit', auth: true, roles: ['RETAILER'] },
    props: true,
  },
  {
    path: '/portal/applications/:id',
    name: 'application',
    component: () => import('@/pages/portal/ApplicationPage.vue'),
    meta: { title: 'application.detailTitle', auth: true, roles: ['RETAILER'] },
    props: true,
  },
  {
    path: '/portal/licenses/:licenseNo',
    name: 'license',
    component: () => import('@/pages/portal/LicensePage.vue'),
    meta: { title: 'license.title', auth: true, roles: ['RETAILER'] },
    props: true,
  },
  {
    path: '/portal/credit',
    name: 'credit',
    component: () => import('@/pages/portal/CreditPage.vue'),
    meta: { title: 'credit.title', auth: true, roles: ['RETAILER'] },
  },
  {
    path: '/portal/bundles',
    name: 'bundles',
    component: () => import('@/pages/portal/BundlesPage.vue'),
    meta: { title: 'bundle.mine', auth: true, roles: ['RETAILER'] },
  },
  {
    path: '/portal/bundles/new',
    name: 'bundle-new',
    component: () => import('@/pages/portal/BundleNewPage.vue'),
    meta: { title: 'bundle.newTitle', auth: true, roles: ['RETAILER'] },
  },
  {
    path: '/portal/bundles/:id',
    name: 'bundle',
    component: () => import('@/pages/portal/BundlePage.vue'),
    meta: { title: 'bundle.title', auth: true, roles: ['RETAILER'] },
    props: true,
  },
  {
    path: '/console',
    name: 'console',
    component: () => import('@/pages/console/ConsoleHome.vue'),
    meta: { title: 'console.title', layout: 'console', auth: true, roles: STAFF },
  },
  {
    path: '/console/cases',
    name: 'cases',
    component: () => import('@/pages/console/CasesPage.vue'),
    meta: { title: 'console.cases', layout: 'console', auth: true, roles: ['HOTLINE_AGENT', 'HANDLER', 'SUPERVISOR'] },
  },
  {
    path: '/console/cases/:id',
    name: 'case',
    component: () => import('@/pages/console/CaseDetailPage.vue'),
    meta: { title: 'cases.detail', layout: 'console', auth: true, roles: ['HOTLINE_AGENT', 'HANDLER', 'SUPERVISOR'] },
    props: true,
  },
  {
    path: '/console/calls/new',
    name: 'log-call',
    component: () => import('@/pages/console/LogCallPage.vue'),
    meta: { title: 'call.title', layout: 'console', auth: true, roles: ['HOTLINE_AGENT'] },
  },
  {
    path: '/console/complaints-queue',
    name: 'complaints-queue',
    component: () => import('@/pages/console/HandlerQueuePage.vue'),
    meta: { title: 'console.handlerQueue', layout: 'console', auth: true, roles: ['HANDLER'] },
  },
  {
    path: '/console/supervision',
    name: 'supervision',
    component: () => import('@/pages/console/SupervisionPage.vue'),
    meta: { title: 'cases.alerts', layout: 'console', auth: true, roles: ['SUPERVISOR'] },
  },
  {
    path: '/console/queue',
    name: 'work-queue',
    component: () => import('@/pages/console/WorkQueuePage.vue'),
    meta: { title: 'bureau.queue', layout: 'console', auth: true, roles: ['CLERK', 'APPROVER', 'SUPERVISOR'] },
  },
  {
    path: '/console/site-checks',
    name: 'site-checks',
    component: () => import('@/pages/console/WorkQueuePage.vue'),
    meta: { title: 'bureau.siteChecks', layout: 'console', auth: true, roles: ['INSPECTOR'] },
    props: { siteChecks: true },
  },
  {
    path: '/console/applications/:id',
    name: 'bureau-application',
    component: () => import('@/pages/console/BureauApplicationPage.vue'),
    meta: { title: 'bureau.detail', layout: 'console', auth: true, roles: ['CLERK', 'INSPECTOR', 'APPROVER', 'SUPERVISOR'] },
    props: true,
  },
  {
    path: '/console/credit-repairs',
    name: 'credit-repairs',
    component: () => import('@/pages/console/CreditRepairsPage.vue'),
    meta: { title: 'creditRepairs.title', layout: 'console', auth: true, roles: ['CLERK', 'SUPERVISOR', 'ADMIN'] },
  },
  {
    path: '/console/credit-profiles/:subject',
    name: 'credit-profile',
    component: () => import('@/pages/console/CreditProfilePage.vue'),
    meta: { title: 'creditProfile.title', layout: 'console', auth: true, roles: ['CLERK', 'SUPERVISOR', 'ADMIN', 'APPROVER'] },
    props: true,
  },
  {
    path: '/console/post-verifications',
    name: 'post-verifications',
    component: () => import('@/pages/console/PostVerificationsPage.vue'),
    meta: { title: 'postVerification.title', layout: 'console', auth: true, roles: ['INSPECTOR', 'CLERK', 'SUPERVISOR', 'ADMIN'] },
  },
  ...adminRoutes,
  ...supervisionRoutes,
  {
    path: '/console/statistics',
    name: 'statistics',
    component: () => import('@/pages/console/StatisticsPage.vue'),
    meta: { title: 'statistics.title', layout: 'console', auth: true, roles: ['CLERK', 'APPROVER', 'SUPERVISOR', 'ADMIN'] },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { title: 'errors.notFound' },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });

  router.beforeEach(async (to) => {
    // back from the gateway's login (which always lands on "/"): go where the user was
    if (to.path === '/' && !to.query.login) {
      const returnTo = takeReturnTo();
      if (returnTo && returnTo !== '/') return returnTo;
      if (returnTo === '/') {
        // signed in from the home page: start where this user works
        const user = await loadSession().catch(() => null);
        const home = homeFor(user);
        if (home !== '/') return home;
      }
    }
    if (!to.meta.auth) return true;
    try {
      await loadSession();
    } catch {
      // the gateway is unreachable: the page shows the error of its own calls
      return true;
    }
    if (!session.user) return { name: 'signin', query: { returnTo: to.fullPath } };
    if (to.meta.roles && !hasRole(...to.meta.roles)) {
      return { name: 'signin', query: { returnTo: to.fullPath, forbidden: '1' } };
    }
    return true;
  });

  return router;
}
