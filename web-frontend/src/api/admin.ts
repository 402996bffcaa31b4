import type { components as L, operations } from './generated/licensing';
import type { components as C } from './generated/complaints';
import { call, complaintsApi, licensingApi } from './clients';
import { withRetry } from './retry';
import { newIdempotencyKey } from './http';

export { barStateValues, calendarDayKindValues, sensitivePlaceKindValues } from './generated/licensing';

export type CalendarYear = L['schemas']['CalendarYear'];
export type CalendarDay = L['schemas']['CalendarDay'];
export type CalendarDayUpdate = L['schemas']['CalendarDayUpdate'];
export type CalendarDayKind = CalendarDay['kind'];
export type JurisdictionSettings = L['schemas']['JurisdictionSettings'];
export type ECigarettePlan = L['schemas']['ECigarettePlan'];
export type SensitivePlace = L['schemas']['SensitivePlace'];
export type SensitivePlaceKind = L['schemas']['SensitivePlaceKind'];
export type SensitivePlacePage = L['schemas']['SensitivePlacePage'];
export type SensitivePlaceQuery = NonNullable<operations['listSensitivePlaces']['parameters']['query']>;
export type BarredApplicant = L['schemas']['BarredApplicant'];
export type BarredApplicantPage = L['schemas']['BarredApplicantPage'];
export type BarState = L['schemas']['BarState'];
export type BarQuery = NonNullable<operations['listBarredApplicants']['parameters']['query']>;
export type Category = C['schemas']['Category'];
export type CategoryChange = C['schemas']['CategoryChange'];
export type DeadlineSetting = C['schemas']['DeadlineSetting'];
export type NewDeadlineSetting = C['schemas']['NewDeadlineSetting'];

/** Holidays and make-up working days of a year (public); `published` false: Monday–Friday assumed. */
export function getCalendarYear(year: number): Promise<CalendarYear> {
  return call(licensingApi.GET('/api/licensing/public/calendar/{year}', { params: { path: { year } } }));
}

export function putCalendarDay(date: string, update: CalendarDayUpdate): Promise<CalendarDay> {
  return call(licensingApi.PUT('/api/licensing/admin/calendar/{date}', { params: { path: { date } }, body: update }));
}

/** Makes a day ordinary again. */
export async function deleteCalendarDay(date: string): Promise<void> {
  await call(licensingApi.DELETE('/api/licensing/admin/calendar/{date}', { params: { path: { date } } }));
}

/** The settings that apply to a jurisdiction: its own row or the nearest ancestor's (`code` says which). */
export function getJurisdictionSettings(code: string): Promise<JurisdictionSettings> {
  return call(licensingApi.GET('/api/licensing/admin/jurisdictions/{code}/settings', { params: { path: { code } } }));
}

export function putJurisdictionSettings(code: string, settings: JurisdictionSettings): Promise<JurisdictionSettings> {
  return call(
    licensingApi.PUT('/api/licensing/admin/jurisdictions/{code}/settings', { params: { path: { code } }, body: settings }),
  );
}

/** The e-cigarette layout plan in force for a jurisdiction: its own newest version or the nearest ancestor's (`code` says which). */
export function getECigarettePlan(code: string): Promise<ECigarettePlan> {
  return call(licensingApi.GET('/api/licensing/admin/jurisdictions/{code}/e-cigarette-plan', { params: { path: { code } } }));
}

/** Puts a new version of the jurisdiction's own plan in force (ADMIN); the earlier versions stay in the history. */
export function putECigarettePlan(code: string, plan: ECigarettePlan): Promise<ECigarettePlan> {
  return call(
    licensingApi.PUT('/api/licensing/admin/jurisdictions/{code}/e-cigarette-plan', { params: { path: { code } }, body: plan }),
  );
}

/** Every version of the jurisdiction's own plan, newest first (empty when it has none of its own). */
export function getECigarettePlanHistory(code: string): Promise<ECigarettePlan[]> {
  return call(
    licensingApi.GET('/api/licensing/admin/jurisdictions/{code}/e-cigarette-plan/history', { params: { path: { code } } }),
  );
}

export function createSensitivePlace(place: SensitivePlace, idempotencyKey = newIdempotencyKey()): Promise<SensitivePlace> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/admin/sensitive-places', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: place,
        signal,
      }),
    ),
  );
}

/** Schools and kindergartens of the caller's subtree, newest first; removed ones only with `includeRemoved`. */
export function listSensitivePlaces(query: SensitivePlaceQuery = {}): Promise<SensitivePlacePage> {
  return call(licensingApi.GET('/api/licensing/admin/sensitive-places', { params: { query } }));
}

/** ADMIN: removes a place (kept for the record, no longer measured); 409 when already removed. */
export function removeSensitivePlace(placeId: string, reason: string): Promise<SensitivePlace> {
  return call(
    licensingApi.DELETE('/api/licensing/admin/sensitive-places/{placeId}', { params: { path: { placeId }, query: { reason } } }),
  );
}

/** ADMIN: every bar (entered or written by a decision), newest first, with its state today. */
export function listBarredApplicants(query: BarQuery = {}): Promise<BarredApplicantPage> {
  return call(licensingApi.GET('/api/licensing/admin/barred-applicants', { params: { query } }));
}

/** ADMIN: lifts a bar before its end; 409 when already lifted or ended. */
export function liftBar(barId: string, reason: string): Promise<BarredApplicant> {
  return call(
    licensingApi.POST('/api/licensing/admin/barred-applicants/{barId}/lifting', { params: { path: { barId } }, body: { reason } }),
  );
}

export function createBarredApplicant(barred: BarredApplicant, idempotencyKey = newIdempotencyKey()): Promise<BarredApplicant> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/admin/barred-applicants', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: barred,
        signal,
      }),
    ),
  );
}

/** Every category, active or not, parents before children. */
export function listAllCategories(): Promise<Category[]> {
  return call(complaintsApi.GET('/api/complaints/categories'));
}

export function putCategory(code: string, change: CategoryChange): Promise<Category> {
  return call(complaintsApi.PUT('/api/complaints/categories/{code}', { params: { path: { code } }, body: change }));
}

/** Every deadline setting ever made, newest first. */
export function listDeadlineSettings(): Promise<DeadlineSetting[]> {
  return call(complaintsApi.GET('/api/complaints/deadline-settings'));
}

export function addDeadlineSetting(setting: NewDeadlineSetting): Promise<DeadlineSetting> {
  return call(complaintsApi.POST('/api/complaints/deadline-settings', { body: setting }));
}
