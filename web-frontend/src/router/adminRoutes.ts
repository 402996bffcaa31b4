import type { RouteRecordRaw } from 'vue-router';

/** Reference-data screens of the ADMIN role (the deadline settings are readable by supervisors too). */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/console/admin/calendar',
    name: 'admin-calendar',
    component: () => import('@/pages/console/admin/CalendarPage.vue'),
    meta: { title: 'admin.calendar.title', layout: 'console', auth: true, roles: ['ADMIN'] },
  },
  {
    path: '/console/admin/jurisdictions',
    name: 'admin-jurisdictions',
    component: () => import('@/pages/console/admin/JurisdictionSettingsPage.vue'),
    meta: { title: 'admin.jurisdiction.title', layout: 'console', auth: true, roles: ['ADMIN'] },
  },
  {
    path: '/console/admin/e-cigarette-plan',
    name: 'admin-ecig-plan',
    component: () => import('@/pages/console/admin/ECigarettePlanPage.vue'),
    meta: { title: 'admin.ecigPlan.title', layout: 'console', auth: true, roles: ['ADMIN'] },
  },
  {
    path: '/console/admin/sensitive-places',
    name: 'admin-sensitive-places',
    component: () => import('@/pages/console/admin/SensitivePlacesPage.vue'),
    meta: { title: 'admin.places.title', layout: 'console', auth: true, roles: ['ADMIN', 'CLERK', 'SUPERVISOR'] },
  },
  {
    path: '/console/admin/barred-applicants',
    name: 'admin-barred',
    component: () => import('@/pages/console/admin/BarredApplicantsPage.vue'),
    meta: { title: 'admin.barred.title', layout: 'console', auth: true, roles: ['ADMIN'] },
  },
  {
    path: '/console/admin/commitment-templates',
    name: 'admin-templates',
    component: () => import('@/pages/console/admin/CommitmentTemplatesPage.vue'),
    meta: { title: 'admin.templates.title', layout: 'console', auth: true, roles: ['ADMIN'] },
  },
  {
    path: '/console/admin/categories',
    name: 'admin-categories',
    component: () => import('@/pages/console/admin/CategoriesPage.vue'),
    meta: { title: 'admin.categories.title', layout: 'console', auth: true, roles: ['ADMIN'] },
  },
  {
    path: '/console/admin/deadline-settings',
    name: 'admin-deadlines',
    component: () => import('@/pages/console/admin/DeadlineSettingsPage.vue'),
    meta: { title: 'admin.deadlines.title', layout: 'console', auth: true, roles: ['ADMIN', 'SUPERVISOR'] },
  },
];
