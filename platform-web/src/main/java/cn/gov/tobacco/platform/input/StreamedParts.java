package cn.gov.tobacco.platform.input;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;

/**
 * The parts {@link MultipartStream} hands to controllers: small ones held in memory, the
 * large last one as the live request stream (readable once).
 */
final class StreamedParts {

	private StreamedParts() {
	}

	static Part of(HttpHeaders headers, Flux<DataBuffer> content) {
		String filename = headers.getContentDisposition().getFilename();
		return (filename != null) ? new File(headers, filename, content) : new Plain(headers, content);
	}

	static Part inMemory(HttpHeaders headers, byte[] bytes) {
		return of(headers, Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes))));
	}

	static Part formField(HttpHeaders headers, String value) {
		return new Field(headers, value);
	}

	private static String nameOf(HttpHeaders headers) {
		return headers.getContentDisposition().getName();
	}

	private record Plain(HttpHeaders headers, Flux<DataBuffer> content) implements Part {

		@Override
		public String name() {
			return nameOf(this.headers);
		}

	}

	private record File(HttpHeaders headers, String filename, Flux<DataBuffer> content) implements FilePart {

		@Override
		public String name() {
			return nameOf(this.headers);
		}

		@Override
		public Mono<Void> transferTo(Path dest) {
			return DataBufferUtils.write(this.content, dest);
		}

	}

	private record Field(HttpHeaders headers, String value) implements FormFieldPart {

		@Override
		public String name() {
			return nameOf(this.headers);
		}

		@Override
		public Flux<DataBuffer> content() {
			return Flux.defer(() -> Flux
				.just(DefaultDataBufferFactory.sharedInstance.wrap(this.value.getBytes(StandardCharsets.UTF_8))));
		}

	}

}
