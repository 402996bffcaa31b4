import type { RouteRecordRaw } from 'vue-router';

/**
 * Supervision after the license (issue 17): 码上查烟 on the inspector's phone (portal style),
 * the supervisor's and approver's console pages, and the public random-check results (公示).
 */
export const supervisionRoutes: RouteRecordRaw[] = [
  {
    path: '/inspect',
    name: 'inspect',
    component: () => import('@/pages/inspect/MyVisitsPage.vue'),
    meta: { title: 'inspection.myVisits', auth: true, roles: ['INSPECTOR'] },
  },
  {
    path: '/inspect/scan',
    name: 'inspect-scan',
    component: () => import('@/pages/inspect/ScanPage.vue'),
    meta: { title: 'inspection.scan.title', auth: true, roles: ['INSPECTOR'] },
  },
  {
    path: '/inspect/visits/:id',
    name: 'inspect-visit',
    component: () => import('@/pages/inspect/VisitRecordPage.vue'),
    meta: { title: 'inspection.record.title', auth: true, roles: ['INSPECTOR'] },
    props: true,
  },
  {
    path: '/random-checks',
    name: 'random-checks',
    component: () => import('@/pages/public/RandomChecksPage.vue'),
    meta: { title: 'inspection.publicResults.title' },
  },
  {
    path: '/console/inspection/plans',
    name: 'inspection-plans',
    component: () => import('@/pages/console/supervision/InspectionPlanPage.vue'),
    meta: { title: 'inspection.plan.title', layout: 'console', auth: true, roles: ['SUPERVISOR'] },
  },
  {
    path: '/console/inspection/visits',
    name: 'inspection-visits',
    component: () => import('@/pages/console/supervision/InspectionVisitsPage.vue'),
    meta: { title: 'inspection.visits.title', layout: 'console', auth: true, roles: ['SUPERVISOR', 'APPROVER', 'ADMIN'] },
  },
  {
    path: '/console/inspection/visits/:id',
    name: 'inspection-visit',
    component: () => import('@/pages/console/supervision/InspectionVisitPage.vue'),
    meta: { title: 'inspection.visit.title', layout: 'console', auth: true, roles: ['SUPERVISOR', 'APPROVER', 'ADMIN', 'INSPECTOR'] },
    props: true,
  },
  {
    path: '/console/inspection/warnings',
    name: 'inspection-warnings',
    component: () => import('@/pages/console/supervision/WarningsPage.vue'),
    meta: { title: 'inspection.warnings.title', layout: 'console', auth: true, roles: ['SUPERVISOR'] },
  },
  {
    path: '/console/inspection/rectifications',
    name: 'inspection-rectifications',
    component: () => import('@/pages/console/supervision/RectificationsPage.vue'),
    meta: {
      title: 'inspection.rectifications.title',
      layout: 'console',
      auth: true,
      roles: ['SUPERVISOR', 'APPROVER', 'ADMIN', 'INSPECTOR'],
    },
  },
  {
    path: '/console/inspection/statistics',
    name: 'inspection-statistics',
    component: () => import('@/pages/console/supervision/SupervisionStatisticsPage.vue'),
    meta: { title: 'inspection.statistics.title', layout: 'console', auth: true, roles: ['SUPERVISOR', 'ADMIN'] },
  },
];
