import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, defaultCenter, formatCoordinate, tileSource } from './mapTiles';

describe('map tiles', () => {
  it("default to OpenStreetMap's, which the gateway's Content-Security-Policy allows by default", () => {
    expect(tileSource({})).toEqual({ urls: [DEFAULT_TILE_URL], subdomains: 'abc', attribution: '© OpenStreetMap' });
    expect(new URL(DEFAULT_TILE_URL.replace(/[{}]/g, '')).origin).toBe('https://tile.openstreetmap.org');
  });

  it('take one or more layers from VITE_MAP_TILE_URL (天地图: base and labels, with its subdomains)', () => {
    const source = tileSource({
      VITE_MAP_TILE_URL: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=K  https://t{s}.tianditu.gov.cn/cva_w/wmts?tk=K',
      VITE_MAP_TILE_SUBDOMAINS: '01234567',
      VITE_MAP_TILE_ATTRIBUTION: '天地图',
    });
    expect(source.urls).toHaveLength(2);
    expect(source.subdomains).toBe('01234567');
    expect(source.attribution).toBe('天地图');
  });

  it('open on a configured centre, Hangzhou otherwise, and say coordinates to about a metre', () => {
    expect(defaultCenter({ VITE_MAP_CENTER: '29.87, 121.54' })).toEqual({ latitude: 29.87, longitude: 121.54 });
    expect(defaultCenter({ VITE_MAP_CENTER: 'nonsense' }).latitude).toBeCloseTo(30.27, 1);
    expect(formatCoordinate(30.2772)).toBe('30.27720');
  });
});
