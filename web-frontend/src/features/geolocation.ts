import type { GeoLocation } from '@/api/supervision';

/** Why the phone gave no location: refused by the person, or not available (no fix, timeout, no API). */
export class LocationUnavailable extends Error {
  constructor(readonly denied: boolean) {
    super(denied ? 'location denied' : 'location unavailable');
  }
}

/**
 * Where the phone is now (browser geolocation, high accuracy), rounded to 6 decimals (≈ 0.1 m)
 * with the accuracy in metres the phone reports (capped at the contract's 100 km).
 */
export function currentLocation(timeoutMs = 15_000): Promise<GeoLocation> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      reject(new LocationUnavailable(false));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          latitude: Math.round(position.coords.latitude * 1e6) / 1e6,
          longitude: Math.round(position.coords.longitude * 1e6) / 1e6,
          accuracy: Math.min(Math.round(position.coords.accuracy ?? 0), 100_000),
        }),
      (failure) => reject(new LocationUnavailable(failure.code === 1)),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
