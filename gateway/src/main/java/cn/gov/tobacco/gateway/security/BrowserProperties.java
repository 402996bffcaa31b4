package cn.gov.tobacco.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the frontend's pages may load from elsewhere.
 *
 * @param mapTileOrigins the origins of the premises map's tiles (the frontend's
 * {@code VITE_MAP_TILE_URL}), allowed as image sources: OpenStreetMap by default, 天地图
 * ({@code https://t0.tianditu.gov.cn …}) or the bureau's own tile server in production
 */
@ConfigurationProperties("gateway.browser")
record BrowserProperties(List<String> mapTileOrigins) {

	BrowserProperties {
		mapTileOrigins = (mapTileOrigins != null) ? List.copyOf(mapTileOrigins)
				: List.of("https://tile.openstreetmap.org");
		for (String origin : mapTileOrigins) {
			if (!origin.matches("https://[A-Za-z0-9.*-]+(:[0-9]+)?")) {
				throw new IllegalArgumentException(
						"gateway.browser.map-tile-origins: not an https origin (scheme://host[:port]): " + origin);
			}
		}
	}

}
