package cn.gov.tobacco.platform.correlation;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdWebFilterTests {

	private final CorrelationIdWebFilter filter = new CorrelationIdWebFilter();

	@Test
	void wellFormedIncomingIdIsForwardedReturnedAndInTheReactorContext() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/licensing/x").header(CorrelationId.HEADER, "caller-id-0001"));
		AtomicReference<ServerWebExchange> downstream = new AtomicReference<>();
		AtomicReference<String> inContext = new AtomicReference<>();

		StepVerifier.create(this.filter.filter(exchange, (next) -> {
			downstream.set(next);
			return Mono.deferContextual((context) -> {
				inContext.set(context.get(CorrelationId.KEY));
				return next.getResponse().setComplete();
			});
		})).verifyComplete();

		assertThat(downstream.get().getRequest().getHeaders().get(CorrelationId.HEADER))
			.containsExactly("caller-id-0001");
		assertThat(CorrelationId.of(downstream.get())).isEqualTo("caller-id-0001");
		assertThat(exchange.getResponse().getHeaders().get(CorrelationId.HEADER)).containsExactly("caller-id-0001");
		assertThat(inContext.get()).isEqualTo("caller-id-0001");
	}

	@Test
	void malformedIncomingIdIsReplacedEverywhere() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").header(CorrelationId.HEADER, "bad id"));
		AtomicReference<ServerWebExchange> downstream = new AtomicReference<>();

		StepVerifier.create(this.filter.filter(exchange, (next) -> {
			downstream.set(next);
			return next.getResponse().setComplete();
		})).verifyComplete();

		String id = downstream.get().getRequest().getHeaders().getFirst(CorrelationId.HEADER);
		assertThat(id).isNotEqualTo("bad id").matches("[A-Za-z0-9._-]{8,64}");
		assertThat(exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER)).isEqualTo(id);
	}

	@Test
	void responseHeadersClearedByAHandlerGetTheIdBackOnCommit() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		StepVerifier.create(this.filter.filter(exchange, (next) -> {
			next.getResponse().getHeaders().clear();
			return next.getResponse().setComplete();
		})).verifyComplete();

		assertThat(exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER)).isNotBlank();
	}

}
