/**
 * Where the premises map takes its tiles from. `VITE_MAP_TILE_URL` holds one or more Leaflet
 * URL templates separated by spaces (drawn in that order: 天地图 needs its base layer and its
 * label layer, e.g. `https://t{s}.tianditu.gov.cn/vec_w/wmts?…&tk=KEY https://t{s}.tianditu.gov.cn/cva_w/wmts?…&tk=KEY`),
 * `VITE_MAP_TILE_SUBDOMAINS` the `{s}` values (天地图: 01234567), `VITE_MAP_TILE_ATTRIBUTION`
 * the credit line. The default is OpenStreetMap's, which the gateway's Content-Security-Policy
 * allows by default (GATEWAY_MAP_TILE_ORIGINS must list the same hosts).
 */
export interface TileSource {
  urls: string[];
  subdomains: string;
  attribution: string;
}

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_ATTRIBUTION = '© OpenStreetMap';

export function tileSource(env: Record<string, string | undefined> = import.meta.env): TileSource {
  const urls = (env.VITE_MAP_TILE_URL ?? '').split(/\s+/).filter(Boolean);
  const custom = urls.length > 0;
  return {
    urls: custom ? urls : [DEFAULT_TILE_URL],
    subdomains: env.VITE_MAP_TILE_SUBDOMAINS || 'abc',
    attribution: env.VITE_MAP_TILE_ATTRIBUTION ?? (custom ? '' : DEFAULT_ATTRIBUTION),
  };
}

/** A point on the map, WGS84 / CGCS2000 degrees. */
export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Where the map opens before anything is placed: Hangzhou, where the demo bureau sits (VITE_MAP_CENTER="lat,lng"). */
export function defaultCenter(env: Record<string, string | undefined> = import.meta.env): LatLng {
  const [lat, lng] = (env.VITE_MAP_CENTER ?? '').split(',').map((v) => Number(v.trim()));
  if (lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng) && env.VITE_MAP_CENTER) {
    return { latitude: lat, longitude: lng };
  }
  return { latitude: 30.2741, longitude: 120.1551 };
}

/** Degrees as shown to a person: 5 decimals (about a metre). */
export function formatCoordinate(value: number): string {
  return value.toFixed(5);
}
