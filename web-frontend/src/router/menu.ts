import type { Role } from '@/auth/session';

export interface MenuItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: string;
  roles: readonly Role[];
}

/** The console menu; each entry is shown to the roles that may use it. */
export const CONSOLE_MENU: readonly MenuItem[] = [
  { to: '/console/calls/new', label: 'console.logCall', icon: 'phone-o', roles: ['HOTLINE_AGENT'] },
  { to: '/console/cases', label: 'console.cases', icon: 'orders-o', roles: ['HOTLINE_AGENT', 'HANDLER', 'SUPERVISOR'] },
  { to: '/console/complaints-queue', label: 'console.handlerQueue', icon: 'todo-list-o', roles: ['HANDLER'] },
  { to: '/console/queue', label: 'console.workQueue', icon: 'records-o', roles: ['CLERK', 'APPROVER', 'SUPERVISOR'] },
  { to: '/console/site-checks', label: 'console.siteChecks', icon: 'location-o', roles: ['INSPECTOR'] },
  { to: '/console/supervision', label: 'console.supervision', icon: 'warning-o', roles: ['SUPERVISOR'] },
  { to: '/console/post-verifications', label: 'console.postVerifications', icon: 'passed', roles: ['INSPECTOR', 'CLERK', 'SUPERVISOR'] },
  { to: '/console/credit-repairs', label: 'console.creditRepairs', icon: 'shield-o', roles: ['CLERK', 'SUPERVISOR', 'ADMIN'] },
  { to: '/inspect', label: 'inspection.scan.menu', icon: 'scan', roles: ['INSPECTOR'] },
  { to: '/console/inspection/plans', label: 'inspection.plan.title', icon: 'calendar-o', roles: ['SUPERVISOR'] },
  { to: '/console/inspection/visits', label: 'inspection.visits.title', icon: 'todo-list-o', roles: ['SUPERVISOR', 'APPROVER', 'ADMIN'] },
  { to: '/console/inspection/warnings', label: 'inspection.warnings.title', icon: 'warn-o', roles: ['SUPERVISOR'] },
  { to: '/console/inspection/rectifications', label: 'inspection.rectifications.title', icon: 'underway-o', roles: ['SUPERVISOR', 'APPROVER', 'ADMIN', 'INSPECTOR'] },
  { to: '/console/inspection/statistics', label: 'inspection.statistics.title', icon: 'bar-chart-o', roles: ['SUPERVISOR', 'ADMIN'] },
  { to: '/console/statistics', label: 'console.statistics', icon: 'chart-trending-o', roles: ['CLERK', 'APPROVER', 'SUPERVISOR', 'ADMIN'] },
  { to: '/console/admin/calendar', label: 'admin.calendar.title', icon: 'calendar-o', roles: ['ADMIN'] },
  { to: '/console/admin/jurisdictions', label: 'admin.jurisdiction.title', icon: 'cluster-o', roles: ['ADMIN'] },
  { to: '/console/admin/e-cigarette-plan', label: 'admin.ecigPlan.title', icon: 'guide-o', roles: ['ADMIN'] },
  { to: '/console/admin/sensitive-places', label: 'admin.places.title', icon: 'hotel-o', roles: ['ADMIN', 'CLERK', 'SUPERVISOR'] },
  { to: '/console/admin/barred-applicants', label: 'admin.barred.title', icon: 'stop-circle-o', roles: ['ADMIN'] },
  { to: '/console/admin/commitment-templates', label: 'admin.templates.title', icon: 'description', roles: ['ADMIN'] },
  { to: '/console/admin/categories', label: 'admin.categories.title', icon: 'apps-o', roles: ['ADMIN'] },
  { to: '/console/admin/deadline-settings', label: 'admin.deadlines.title', icon: 'clock-o', roles: ['ADMIN', 'SUPERVISOR'] },
];

export function menuFor(roles: readonly string[]): MenuItem[] {
  return CONSOLE_MENU.filter((item) => item.roles.some((role) => roles.includes(role)));
}
