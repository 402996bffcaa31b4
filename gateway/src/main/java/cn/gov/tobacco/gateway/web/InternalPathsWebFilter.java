package cn.gov.tobacco.gateway.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.gov.tobacco.gateway.errors.EdgeProblems;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * Service-to-service endpoints ({@code /api/<service>/internal/**}, for example
 * licensing's credit events from the complaints service) are called inside the cluster,
 * never through the edge: the gateway answers them 404 before security or routing,
 * whoever asks. The services still require the SERVICE role; this keeps the door shut
 * twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InternalPathsWebFilter implements WebFilter {

	private static final Pattern INTERNAL = Pattern.compile("^/api/[^/]+/internal(/.*)?$", Pattern.CASE_INSENSITIVE);

	private final ProblemResponses problems;

	InternalPathsWebFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (isInternal(exchange.getRequest().getPath().pathWithinApplication())) {
			return this.problems.write(exchange, EdgeProblems.of(ProblemKind.NOT_FOUND));
		}
		return chain.filter(exchange);
	}

	/**
	 * Matches on the decoded segments with {@code .} and {@code ..} resolved, as the
	 * service's own routing would see them ({@code /api/licensing/%69nternal/x}
	 * included).
	 * @param path the request path
	 * @return whether it names an internal endpoint
	 */
	static boolean isInternal(PathContainer path) {
		Deque<String> segments = new ArrayDeque<>();
		for (PathContainer.Element element : path.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				String value = segment.valueToMatch();
				if (value.equals("..")) {
					segments.pollLast();
				}
				else if (!value.isEmpty() && !value.equals(".")) {
					segments.addLast(value);
				}
			}
		}
		return INTERNAL.matcher("/" + String.join("/", segments)).matches();
	}

}
