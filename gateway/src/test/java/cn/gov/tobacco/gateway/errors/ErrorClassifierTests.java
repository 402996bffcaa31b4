package cn.gov.tobacco.gateway.errors;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.tobacco.platform.problem.Problem;
import cn.gov.tobacco.platform.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorClassifierTests {

	@Test
	void noRouteIsNotFound() {
		assertThat(kindOf(new ResponseStatusException(HttpStatus.NOT_FOUND))).isEqualTo(ProblemKind.NOT_FOUND);
	}

	@Test
	void refusedBackendConnectionIsBadGateway() {
		Exception refused = new IllegalStateException("wrapped", new ConnectException("Connection refused"));
		assertThat(kindOf(refused)).isEqualTo(ProblemKind.BAD_GATEWAY);
	}

	@Test
	void slowBackendIsGatewayTimeout() {
		assertThat(kindOf(new ConnectTimeoutException("connection timed out"))).isEqualTo(ProblemKind.GATEWAY_TIMEOUT);
		assertThat(kindOf(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer",
				new TimeoutException())))
			.isEqualTo(ProblemKind.GATEWAY_TIMEOUT);
	}

	@Test
	void redisDownIsDependencyUnavailable() {
		assertThat(kindOf(new RedisConnectionFailureException("Unable to connect to Redis")))
			.isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE);
		assertThat(kindOf(new QueryTimeoutException("Redis command timed out")))
			.isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE);
	}

	@Test
	void aLostRedisConnectionIsSignInUnavailableNotAnInternalError() {
		// what Lettuce answers once a connection that was up is gone, or a command hangs
		for (Throwable lost : new Throwable[] {
				new io.lettuce.core.RedisException("Currently not connected. Commands are rejected."),
				new io.lettuce.core.RedisCommandTimeoutException("Command timed out after 500 millisecond(s)"),
				new IllegalStateException("wrapped", new io.lettuce.core.RedisException("gone")) }) {
			Problem problem = ErrorClassifier.classify(lost);
			assertThat(problem.kind()).isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE);
			assertThat(problem.detail()).isEqualTo(ErrorClassifier.SIGN_IN_UNAVAILABLE);
		}
	}

	@Test
	void securityFailuresMapToAuthKinds() {
		assertThat(kindOf(new CsrfException("Invalid CSRF Token"))).isEqualTo(ProblemKind.CSRF);
		assertThat(kindOf(new BadCredentialsException("bad"))).isEqualTo(ProblemKind.UNAUTHORIZED);
		assertThat(kindOf(new ClientAuthorizationRequiredException("identity"))).isEqualTo(ProblemKind.UNAUTHORIZED);
		assertThat(kindOf(new AuthenticationServiceException("JWKS unreachable")))
			.isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE);
	}

	@Test
	void anythingElseIsInternalWithAGenericDetail() {
		Problem problem = ErrorClassifier.classify(new NullPointerException("secret internals"));
		assertThat(problem.kind()).isEqualTo(ProblemKind.INTERNAL);
		assertThat(problem.detail().zh() + problem.detail().en()).doesNotContain("secret internals")
			.doesNotContain("NullPointerException");
	}

	private static ProblemKind kindOf(Throwable ex) {
		return ErrorClassifier.classify(ex).kind();
	}

}
