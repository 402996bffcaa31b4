/**
 * The statistics page's dates are the bureau's calendar days (Asia/Shanghai), whatever the
 * browser's zone: between 00:00 and 08:00 Beijing time `toISOString()` would still give
 * yesterday, and the page would show no case received today.
 */
export const BUREAU_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Beijing at an instant, as YYYY-MM-DD. */
export function bureauDay(at: Date): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A YYYY-MM-DD day moved by whole days (calendar arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The default range: the last eight weeks up to and including today in Beijing. */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  const to = bureauDay(now);
  return { from: addDays(to, -55), to };
}
