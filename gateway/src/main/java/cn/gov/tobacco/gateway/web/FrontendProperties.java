package cn.gov.tobacco.gateway.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the web frontend is served.
 *
 * @param spaFallback whether HTML navigations to unknown paths get {@code index.html}
 * @param reservedPrefixes path prefixes the frontend never owns (APIs, login, actuator)
 */
@ConfigurationProperties("gateway.frontend")
record FrontendProperties(@DefaultValue("true") boolean spaFallback, List<String> reservedPrefixes) {

	FrontendProperties {
		reservedPrefixes = (reservedPrefixes != null) ? List.copyOf(reservedPrefixes)
				: List.of("/api/", "/actuator", "/oauth2/", "/login", "/logout");
	}

}
