package cn.gov.tobacco.gateway.user;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import cn.gov.tobacco.gateway.api.SessionApi;
import cn.gov.tobacco.gateway.api.model.CurrentUserDto;
import cn.gov.tobacco.gateway.api.model.SessionStateDto;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/me}. Security lets only signed-in callers in. For a browser session the
 * claims come from the access token the services will see (refreshed if it expired, so a
 * session the issuer no longer honours answers 401), over the ID token's; for an API
 * client from its bearer token.
 */
@RestController
class CurrentUserController implements SessionApi {

	private static final Logger log = LoggerFactory.getLogger(CurrentUserController.class);

	private final ReactiveOAuth2AuthorizedClientManager authorizedClients;

	private final ReactiveJwtDecoder jwtDecoder;

	CurrentUserController(ReactiveOAuth2AuthorizedClientManager authorizedClients, ReactiveJwtDecoder jwtDecoder) {
		this.authorizedClients = authorizedClients;
		this.jwtDecoder = jwtDecoder;
	}

	@Override
	public Mono<ResponseEntity<CurrentUserDto>> currentUser(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.cast(Authentication.class)
			.flatMap((authentication) -> claims(authentication, exchange))
			.map((claims) -> ResponseEntity.ok(CurrentUser.fromClaims(claims).toDto()));
	}

	/**
	 * {@code GET /api/session}: the same user as {@link #currentUser}, or signed out,
	 * always 200 (a signed-out page then logs no failed request).
	 */
	@Override
	public Mono<ResponseEntity<SessionStateDto>> currentSession(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.cast(Authentication.class)
			.flatMap((authentication) -> claims(authentication, exchange))
			.map((claims) -> new SessionStateDto().signedIn(true).user(CurrentUser.fromClaims(claims).toDto()))
			.onErrorResume(OAuth2AuthorizationException.class, (ex) -> {
				log.debug("Session no longer honoured by the issuer: {}", ex.getMessage());
				return Mono.empty();
			})
			.defaultIfEmpty(new SessionStateDto().signedIn(false))
			.map((state) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state));
	}

	private Mono<Map<String, Object>> claims(Authentication authentication, ServerWebExchange exchange) {
		if (authentication instanceof JwtAuthenticationToken bearer) {
			return Mono.just(bearer.getToken().getClaims());
		}
		if (authentication instanceof OAuth2AuthenticationToken login) {
			return sessionClaims(login, exchange);
		}
		return Mono.just(Map.of("sub", authentication.getName()));
	}

	private Mono<Map<String, Object>> sessionClaims(OAuth2AuthenticationToken login, ServerWebExchange exchange) {
		Map<String, Object> claims = new HashMap<>();
		if (login.getPrincipal() instanceof OidcUser oidc) {
			claims.putAll(oidc.getClaims());
		}
		else {
			claims.putAll(login.getPrincipal().getAttributes());
		}
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
			.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
			.principal(login)
			.attribute(ServerWebExchange.class.getName(), exchange)
			.build();
		return this.authorizedClients.authorize(request)
			.map(OAuth2AuthorizedClient::getAccessToken)
			.flatMap((token) -> this.jwtDecoder.decode(token.getTokenValue()))
			.map(Jwt::getClaims)
			.onErrorResume(JwtException.class, (ex) -> {
				log.debug("Session access token is not a JWT the gateway can read: {}", ex.getMessage());
				return Mono.just(Map.of());
			})
			.map((tokenClaims) -> {
				claims.putAll(tokenClaims);
				return claims;
			})
			.defaultIfEmpty(claims);
	}

}
