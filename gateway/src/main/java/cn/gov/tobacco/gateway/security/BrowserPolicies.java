package cn.gov.tobacco.gateway.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Content-Security-Policy and Permissions-Policy of every response (they matter on
 * the frontend's pages). Scripts only from the gateway's own origin as files, never
 * inline or eval'd (the built Vue app is one module script plus chunks); styles allow
 * inline attributes because Vant and ECharts set element styles; images, frames and media
 * also from {@code blob:} (document previews) and {@code data:}; forms may post only here
 * and to the identity provider's logout (the logout form is redirected there); no page
 * may frame the platform. Images also from the map's tile servers. No device feature but
 * the clipboard (copying a tracking code), the location (placing the shop on the map; the
 * inspector's position on a visit) and the camera (码上查烟: the inspector scans a license's
 * QR code), each on the platform's own pages only, is used, so all others are switched
 * off.
 */
final class BrowserPolicies {

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(self), clipboard-read=(), "
			+ "clipboard-write=(self), display-capture=(), geolocation=(self), gyroscope=(), hid=(), magnetometer=(), "
			+ "microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
			+ "usb=(), xr-spatial-tracking=()";

	private BrowserPolicies() {
	}

	static String contentSecurityPolicy(IdentityProperties identity, BrowserProperties browser) {
		Set<String> formTargets = new LinkedHashSet<>();
		formTargets.add("'self'");
		formTargets.add(origin(identity.endSessionUri()));
		formTargets.add(origin(identity.authorizationUri()));
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
				String.join(" ", "img-src 'self' data: blob:", String.join(" ", browser.mapTileOrigins())).strip(),
				"font-src 'self' data:", "connect-src 'self'", "media-src 'self' blob:", "frame-src 'self' blob:",
				"worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'",
				"form-action " + String.join(" ", formTargets), "frame-ancestors 'none'");
	}

	private static String origin(URI uri) {
		int port = uri.getPort();
		return uri.getScheme() + "://" + uri.getHost() + ((port != -1) ? ":" + port : "");
	}

}
