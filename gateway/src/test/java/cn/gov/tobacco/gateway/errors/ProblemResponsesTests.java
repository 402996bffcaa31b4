package cn.gov.tobacco.gateway.errors;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import cn.gov.tobacco.platform.correlation.CorrelationId;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.ProblemResponses;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ProblemResponses responses = new ProblemResponses(this.json);

	@Test
	void problemIsRenderedInChineseByDefault() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/api/me"));

		StepVerifier.create(this.responses.write(exchange, EdgeProblems.of(ProblemKind.UNAUTHORIZED))).verifyComplete();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode body = body(exchange);
		assertThat(body.get("type").asString()).isEqualTo("/problems/unauthorized");
		assertThat(body.get("title").asString()).isEqualTo("需要登录");
		assertThat(body.get("status").asInt()).isEqualTo(401);
		assertThat(body.get("detail").asString()).isEqualTo("请先登录或提供有效的访问令牌");
		assertThat(body.get("instance").asString()).isEqualTo("/api/me");
		assertThat(body.get("correlationId").asString()).isEqualTo("corr-id-123");
		assertThat(exchange.getResponse().getHeaders().getFirst("Content-Language")).isEqualTo("zh-CN");
	}

	@Test
	void englishCallersGetEnglishTexts() {
		MockServerWebExchange exchange = exchange(
				MockServerHttpRequest.post("/api/licensing/x").header("Accept-Language", "en-GB,en;q=0.9"));

		StepVerifier.create(this.responses.write(exchange, EdgeProblems.of(ProblemKind.CSRF))).verifyComplete();

		JsonNode body = body(exchange);
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(body.get("type").asString()).isEqualTo("/problems/csrf");
		assertThat(body.get("title").asString()).isEqualTo("CSRF check failed");
		assertThat(body.get("detail").asString()).contains("X-XSRF-TOKEN");
		assertThat(exchange.getResponse().getHeaders().getFirst("Content-Language")).isEqualTo("en");
	}

	@Test
	void chineseIsPreferredWhenTheCallerListsItFirst() {
		MockServerWebExchange exchange = exchange(
				MockServerHttpRequest.get("/x").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));

		StepVerifier.create(this.responses.write(exchange, EdgeProblems.of(ProblemKind.NOT_FOUND))).verifyComplete();

		assertThat(body(exchange).get("title").asString()).isEqualTo("资源不存在");
	}

	@Test
	void everyKindHasAStableTypeAndBothLanguages() {
		for (ProblemKind kind : ProblemKind.values()) {
			assertThat(kind.type().toString()).matches("/problems/[a-z-]+");
			assertThat(kind.title().zh()).isNotBlank().isNotEqualTo(kind.title().en());
			assertThat(EdgeProblems.detail(kind).en()).isNotBlank();
		}
	}

	@Test
	void bareStatusesMapToKinds() {
		assertThat(EdgeProblems.forStatus(413)).isEqualTo(ProblemKind.PAYLOAD_TOO_LARGE);
		assertThat(EdgeProblems.forStatus(429)).isEqualTo(ProblemKind.RATE_LIMITED);
		assertThat(EdgeProblems.forStatus(502)).isEqualTo(ProblemKind.BAD_GATEWAY);
		assertThat(EdgeProblems.forStatus(503)).isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE);
		assertThat(EdgeProblems.forStatus(504)).isEqualTo(ProblemKind.GATEWAY_TIMEOUT);
		assertThat(EdgeProblems.forStatus(418)).isEqualTo(ProblemKind.MALFORMED_REQUEST);
		assertThat(EdgeProblems.forStatus(507)).isEqualTo(ProblemKind.INTERNAL);
	}

	@Test
	void committedResponsesAreLeftAlone() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/x"));
		exchange.getResponse().setStatusCode(HttpStatus.OK);
		StepVerifier.create(exchange.getResponse().setComplete()).verifyComplete();

		StepVerifier.create(this.responses.write(exchange, EdgeProblems.of(ProblemKind.INTERNAL))).verifyComplete();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		exchange.getAttributes().put(CorrelationId.KEY, "corr-id-123");
		return exchange;
	}

	private JsonNode body(MockServerWebExchange exchange) {
		return this.json.readTree(exchange.getResponse().getBodyAsString().block());
	}

}
