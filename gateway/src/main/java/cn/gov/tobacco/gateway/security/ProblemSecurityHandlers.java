package cn.gov.tobacco.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.gateway.errors.EdgeProblems;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * 401 and 403 answers of Spring Security as problems. Never a redirect to a login page:
 * the web frontend starts a login itself at {@code /oauth2/authorization/identity}.
 */
final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemResponses responses;

	ProblemSecurityHandlers(ProblemResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException) {
			// a bearer token was sent and refused (RFC 6750 section 3)
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		return this.responses.write(exchange, EdgeProblems.of(ProblemKind.UNAUTHORIZED));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.responses.write(exchange,
				EdgeProblems.of((denied instanceof CsrfException) ? ProblemKind.CSRF : ProblemKind.FORBIDDEN));
	}

}
