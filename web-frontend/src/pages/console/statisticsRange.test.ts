import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, bureauDay, defaultRange } from './statisticsRange';

describe('statistics range', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends today in Beijing at 01:00 Beijing time, when UTC is still yesterday', () => {
    vi.useFakeTimers();
    // 2026-12-07 01:00 in Beijing is 2026-12-06 17:00 UTC
    vi.setSystemTime(new Date('2026-12-06T17:00:00Z'));
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-12-06');
    expect(defaultRange()).toEqual({ from: '2026-10-13', to: '2026-12-07' });
  });

  it('ends the same day in the afternoon and crosses months and leap days by calendar', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-06T07:59:59Z'));
    expect(defaultRange().to).toBe('2026-12-06');
    expect(bureauDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
