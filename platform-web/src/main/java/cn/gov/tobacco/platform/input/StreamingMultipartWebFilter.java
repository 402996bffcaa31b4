package cn.gov.tobacco.platform.input;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.http.codec.multipart.PartEventHttpMessageReader;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives controllers the parts of a {@code multipart/form-data} request read as a stream
 * ({@link MultipartStream}) instead of Spring's default reader, which writes every part
 * above the in-memory size to a temporary file before the controller runs (so a size cap
 * could only be checked after the whole file was on disk). {@code @RequestPart}
 * parameters of the generated interfaces work unchanged.
 */
public class StreamingMultipartWebFilter implements WebFilter, Ordered {

	private static final ResolvableType PART_EVENT = ResolvableType.forClass(PartEvent.class);

	private final PartEventHttpMessageReader reader;

	private final long inMemoryLimit;

	/**
	 * @param inMemoryLimit the largest part (and form field) kept in memory
	 * @param maxHeadersSize the largest header block of a part
	 * @param maxParts the most parts a form may have
	 */
	public StreamingMultipartWebFilter(int inMemoryLimit, int maxHeadersSize, int maxParts) {
		this.reader = new PartEventHttpMessageReader();
		this.reader.setMaxInMemorySize(inMemoryLimit);
		this.reader.setMaxHeadersSize(maxHeadersSize);
		this.reader.setMaxParts(maxParts);
		this.inMemoryLimit = inMemoryLimit;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		MediaType type = exchange.getRequest().getHeaders().getContentType();
		if (type == null || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
			return chain.filter(exchange);
		}
		MultipartStream stream = new MultipartStream(this.inMemoryLimit);
		Mono<MultiValueMap<String, Part>> parts = Mono
			.defer(() -> stream.read(this.reader.read(PART_EVENT, exchange.getRequest(), Map.of())))
			.cache();
		ServerWebExchange streaming = new ServerWebExchangeDecorator(exchange) {

			@Override
			public Mono<MultiValueMap<String, Part>> getMultipartData() {
				return parts;
			}

		};
		return chain.filter(streaming).doFinally((signal) -> stream.dispose());
	}

	@Override
	public int getOrder() {
		return InputGuardWebFilter.ORDER + 1;
	}

}
