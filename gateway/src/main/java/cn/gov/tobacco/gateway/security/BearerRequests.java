package cn.gov.tobacco.gateway.security;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Whether a request authenticates with a bearer token: exactly one {@code Authorization}
 * header, of the form RFC 6750 defines. Such a request is authenticated by the resource
 * server from that token alone, or refused with 401 (a bad signature, an expired or ID
 * token): it never falls back to the session, so it needs no CSRF token. Anything else
 * ({@code Basic}, an empty value, two headers) is not a bearer request.
 */
final class BearerRequests {

	private static final Pattern BEARER = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	private BearerRequests() {
	}

	static boolean isBearer(ServerHttpRequest request) {
		List<String> values = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
		return values != null && values.size() == 1 && BEARER.matcher(values.get(0)).matches();
	}

}
