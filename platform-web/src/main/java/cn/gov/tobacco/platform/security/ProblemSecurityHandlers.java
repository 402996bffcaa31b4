package cn.gov.tobacco.platform.security;

import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * 401 and 403 answers of Spring Security, rendered as problem details.
 */
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemResponses responses;

	public ProblemSecurityHandlers(ProblemResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		return this.responses.write(exchange, ex);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.responses.write(exchange, denied);
	}

}
