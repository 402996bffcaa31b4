package cn.gov.tobacco.gateway.security;

import java.net.URI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * Two filter chains with one set of rules. The gateway authorizes almost nothing itself:
 * anonymous requests pass to the services, which decide what is public; only
 * {@code /api/me} needs a signed-in caller.
 * <ul>
 * <li>{@link #apiWithoutSession}: API calls that carry no session cookie (public reads,
 * apps and services with a bearer token, most of the traffic). Nothing there can be a
 * browser's signed-in session, so the chain has no session, sign-in, sign-out, CSRF or
 * request-cache filters to pass through; a bearer token is checked as in the other
 * chain.</li>
 * <li>{@link #gatewaySecurity}: everything else (the pages, sign-in and sign-out, and API
 * calls of a signed-in browser).</li>
 * </ul>
 * Both answer with the same problem details and browser headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain apiWithoutSession(ServerHttpSecurity http, ObjectProvider<WebSessionIdResolver> sessionIds,
			ProblemResponses responses, IdentityProperties identity, BrowserProperties browser) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(responses);
		WebSessionIdResolver sessionCookie = sessionIds.getIfAvailable(CookieWebSessionIdResolver::new);
		ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
		http.securityMatcher((exchange) -> sessionCookie.resolveSessionIds(exchange).isEmpty() ? api.matches(exchange)
				: ServerWebExchangeMatcher.MatchResult.notMatch())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable);
		return commonRules(http, problems, identity, browser).build();
	}

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
			ObjectProvider<WebSessionIdResolver> sessionIds, ProblemResponses responses, IdentityProperties identity,
			BrowserProperties browser, ServerProperties server) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(responses);
		CookieServerCsrfTokenRepository csrfTokens = csrfTokenRepository(server);
		WebSessionIdResolver sessionCookie = sessionIds.getIfAvailable(CookieWebSessionIdResolver::new);
		http
			// no session lookup for anonymous and bearer requests
			.securityContextRepository(new SessionCookieSecurityContextRepository(sessionCookie))
			// PKCE comes from the registration's requireProofKey
			.oauth2Login(
					(login) -> login.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
						.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login=failed")))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				// the frontend sends the cookie's value as is in X-XSRF-TOKEN
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(new SessionCookieCsrfMatcher(sessionCookie))
				.accessDeniedHandler(problems))
			.addFilterAfter(new CsrfCookieWebFilter(sessionCookie), SecurityWebFiltersOrder.CSRF)
			.logout((logout) -> logout
				.requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout"))
				// drop the session and its tokens from Redis, not only the login
				.logoutHandler((handlers) -> handlers.add(new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(oidcLogout(registrations, identity)));
		return commonRules(http, problems, identity, browser).build();
	}

	/**
	 * What both chains share: who may call what, bearer tokens checked locally, 401/403
	 * as problem details, the browser headers, no request cache, no basic or form login.
	 */
	private static ServerHttpSecurity commonRules(ServerHttpSecurity http, ProblemSecurityHandlers problems,
			IdentityProperties identity, BrowserProperties browser) {
		return http
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/api/me").authenticated().anyExchange().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers
				.contentSecurityPolicy(
						(csp) -> csp.policyDirectives(BrowserPolicies.contentSecurityPolicy(identity, browser)))
				.permissionsPolicy((permissions) -> permissions.policy(BrowserPolicies.PERMISSIONS_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable);
	}

	/**
	 * {@code XSRF-TOKEN}, readable by the frontend's scripts, Secure when the session
	 * cookie is configured Secure (behind a TLS-terminating proxy the request looks like
	 * plain HTTP).
	 */
	private static CookieServerCsrfTokenRepository csrfTokenRepository(ServerProperties server) {
		boolean secure = Boolean.TRUE.equals(server.getReactive().getSession().getCookie().getSecure());
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> {
			cookie.sameSite("Lax");
			if (secure) {
				cookie.secure(true);
			}
		});
		return repository;
	}

	private static OidcClientInitiatedServerLogoutSuccessHandler oidcLogout(
			ReactiveClientRegistrationRepository registrations, IdentityProperties identity) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		handler.setPostLogoutRedirectUri(identity.postLogoutRedirectUri());
		// signed in with a bearer token or not at all: nothing to end at the issuer
		handler.setLogoutSuccessUrl(URI.create("/"));
		return handler;
	}

}
