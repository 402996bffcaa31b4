import type { components as L } from './generated/licensing';
import type { components as C } from './generated/complaints';
import { call, complaintsApi, licensingApi } from './clients';
import { newIdempotencyKey } from './http';

export { calendarDayKindValues, sensitivePlaceKindValues } from './generated/licensing';

export type CalendarYear = L['schemas']['CalendarYear'];
export type CalendarDay = L['schemas']['CalendarDay'];
export type CalendarDayUpdate = L['schemas']['CalendarDayUpdate'];
export type CalendarDayKind = CalendarDay['kind'];
export type JurisdictionSettings = L['schemas']['JurisdictionSettings'];
export type SensitivePlace = L['schemas']['SensitivePlace'];
export type SensitivePlaceKind = SensitivePlace['kind'];
export type BarredApplicant = L['schemas']['BarredApplicant'];
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

export function createSensitivePlace(place: SensitivePlace, idempotencyKey = newIdempotencyKey()): Promise<SensitivePlace> {
  return call(
    licensingApi.POST('/api/licensing/admin/sensitive-places', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: place,
    }),
  );
}

export function createBarredApplicant(barred: BarredApplicant, idempotencyKey = newIdempotencyKey()): Promise<BarredApplicant> {
  return call(
    licensingApi.POST('/api/licensing/admin/barred-applicants', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: barred,
    }),
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
