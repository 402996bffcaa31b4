package cn.gov.tobacco.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * How long a browser keeps the frontend's files. Vite names every file under
 * {@code /assets/} by its content's hash, so those never change: a year, immutable.
 * Everything else of the frontend ({@code index.html}, the SPA routes, the favicon) is
 * revalidated on every use ({@code no-cache}, answered 304 when unchanged), so a new
 * release is seen at once. Runs before Spring Security, whose {@code no-store} default
 * then leaves the header alone; API answers (reserved prefixes) keep their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FrontendCacheWebFilter implements WebFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String REVALIDATE = "no-cache";

	private final FrontendProperties frontend;

	FrontendCacheWebFilter(FrontendProperties frontend) {
		this.frontend = frontend;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpMethod method = exchange.getRequest().getMethod();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if ((method != HttpMethod.GET && method != HttpMethod.HEAD)
				|| this.frontend.reservedPrefixes().stream().anyMatch(path::startsWith)) {
			return chain.filter(exchange);
		}
		String policy = path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
		ServerHttpResponse response = exchange.getResponse();
		response.beforeCommit(() -> {
			HttpStatusCode status = response.getStatusCode();
			if (status == null || status.is2xxSuccessful() || status.value() == 304) {
				HttpHeaders headers = response.getHeaders();
				headers.setCacheControl(policy);
				headers.remove(HttpHeaders.PRAGMA);
				headers.remove(HttpHeaders.EXPIRES);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
