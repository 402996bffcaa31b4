package cn.gov.tobacco.gateway.errors;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.tobacco.platform.problem.Problem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Decides which problem an exception is. Looks at the cause chain because the gateway's
 * HTTP client and Lettuce wrap what actually happened. Never uses exception messages.
 */
final class ErrorClassifier {

	/** The words a signed-in browser sees while the session store is down. */
	static final Text SIGN_IN_UNAVAILABLE = Text.of("登录服务暂时不可用，请稍后再试",
			"Sign-in is temporarily unavailable; please retry shortly");

	private ErrorClassifier() {
	}

	static Problem classify(Throwable ex) {
		if (ex instanceof CsrfException) {
			return EdgeProblems.of(ProblemKind.CSRF);
		}
		if (isRedisFailure(ex)) {
			// only a request with a browser session (or starting a sign-in) reads Redis:
			// its
			// sign-in is what is unavailable; checked first, as security and web
			// exceptions
			// wrap it
			return Problem.of(ProblemKind.DEPENDENCY_UNAVAILABLE, SIGN_IN_UNAVAILABLE);
		}
		if (ex instanceof ResponseStatusException status) {
			return EdgeProblems.of(EdgeProblems.forStatus(status.getStatusCode().value()));
		}
		if (ex instanceof AuthenticationServiceException) {
			// the identity provider (JWKS) could not be asked
			return EdgeProblems.of(ProblemKind.DEPENDENCY_UNAVAILABLE);
		}
		if (ex instanceof AuthenticationException || ex instanceof OAuth2AuthorizationException) {
			// includes a refresh token the identity provider no longer accepts
			return EdgeProblems.of(ProblemKind.UNAUTHORIZED);
		}
		if (ex instanceof AccessDeniedException) {
			return EdgeProblems.of(ProblemKind.FORBIDDEN);
		}
		if (causedBy(ex, ConnectTimeoutException.class) || causedBy(ex, ReadTimeoutException.class)
				|| causedBy(ex, TimeoutException.class)) {
			return EdgeProblems.of(ProblemKind.GATEWAY_TIMEOUT);
		}
		if (causedBy(ex, ConnectException.class) || causedBy(ex, PrematureCloseException.class)
				|| causedBy(ex, IOException.class)) {
			return EdgeProblems.of(ProblemKind.BAD_GATEWAY);
		}
		return EdgeProblems.of(ProblemKind.INTERNAL);
	}

	static boolean isRedisFailure(Throwable ex) {
		// Lettuce's own exceptions reach us untranslated when a connection that was up is
		// lost ("Currently not connected. Commands are rejected.") or a command times out
		return causedBy(ex, RedisConnectionFailureException.class) || causedBy(ex, RedisSystemException.class)
				|| causedBy(ex, io.lettuce.core.RedisException.class) || causedBy(ex, QueryTimeoutException.class)
				|| causedBy(ex, DataAccessResourceFailureException.class);
	}

	static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

}
