package cn.gov.tobacco.gateway.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The frontend routes in the browser ({@code /verify/ZJ123}, {@code /applications/42}): a
 * GET that accepts HTML, outside the reserved prefixes and not naming a file, is answered
 * with {@code /index.html}. Files ({@code /assets/app.js}: a last segment whose extension
 * has a media type) are served as they are, so a route parameter with a dot
 * ({@code /console/credit-profiles/retailer.xihu}) is still a route; API paths never see
 * HTML. A missing frontend directory gives a 404 problem.
 */
@Component
class SpaFallbackWebFilter implements WebFilter {

	private static final String INDEX = "/index.html";

	private final FrontendProperties frontend;

	SpaFallbackWebFilter(FrontendProperties frontend) {
		this.frontend = frontend;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isFrontendRoute(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request((request) -> request.path(INDEX)).build());
	}

	boolean isFrontendRoute(ServerHttpRequest request) {
		if (!this.frontend.spaFallback() || request.getMethod() != HttpMethod.GET) {
			return false;
		}
		String path = request.getPath().pathWithinApplication().value();
		String lastSegment = path.substring(path.lastIndexOf('/') + 1);
		return !isFileName(lastSegment) && !isReserved(path, this.frontend.reservedPrefixes())
				&& acceptsHtml(request.getHeaders().getAccept());
	}

	private static boolean isFileName(String segment) {
		return segment.contains(".") && MediaTypeFactory.getMediaType(segment).isPresent();
	}

	private static boolean isReserved(String path, List<String> prefixes) {
		return prefixes.stream().anyMatch(path::startsWith);
	}

	private static boolean acceptsHtml(List<MediaType> accepted) {
		return accepted.stream().anyMatch((type) -> type.getType().equals("text") && type.getSubtype().equals("html"));
	}

}
