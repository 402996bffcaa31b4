package cn.gov.tobacco.gateway.security;

import java.net.URI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * One filter chain for browsers and API clients. The gateway authorizes almost nothing
 * itself: anonymous requests pass to the services, which decide what is public; only
 * {@code /api/me} needs a signed-in caller.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
			ObjectProvider<WebSessionIdResolver> sessionIds, ProblemResponses responses, IdentityProperties identity,
			BrowserProperties browser, ServerProperties server) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(responses);
		CookieServerCsrfTokenRepository csrfTokens = csrfTokenRepository(server);
		WebSessionIdResolver sessionCookie = sessionIds.getIfAvailable(CookieWebSessionIdResolver::new);
		return http
			// no session lookup for anonymous and bearer requests
			.securityContextRepository(new SessionCookieSecurityContextRepository(sessionCookie))
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/api/me").authenticated().anyExchange().permitAll())
			// PKCE comes from the registration's requireProofKey
			.oauth2Login(
					(login) -> login.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
						.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login=failed")))
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
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
				.logoutSuccessHandler(oidcLogout(registrations, identity)))
			.headers((headers) -> headers
				.contentSecurityPolicy(
						(csp) -> csp.policyDirectives(BrowserPolicies.contentSecurityPolicy(identity, browser)))
				.permissionsPolicy((permissions) -> permissions.policy(BrowserPolicies.PERMISSIONS_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
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
