package cn.gov.tobacco.platform.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The current caller, from the reactive security context.
 */
public final class Callers {

	private Callers() {
	}

	/** The caller, or empty for an anonymous request. */
	public static Mono<Caller> current() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter((auth) -> auth.getPrincipal() instanceof Jwt)
			.map((auth) -> CallerJwtConverter.caller((Jwt) auth.getPrincipal()));
	}

	/** The caller, or a 401 problem for an anonymous request. */
	public static Mono<Caller> required() {
		return current().switchIfEmpty(
				Mono.error(() -> new ApiException(ProblemKind.UNAUTHORIZED, Text.of("请先登录", "Sign in first"))));
	}

}
