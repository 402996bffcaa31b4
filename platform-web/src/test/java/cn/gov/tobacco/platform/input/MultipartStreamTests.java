package cn.gov.tobacco.platform.input;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.http.codec.multipart.PartEventHttpMessageReader;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed part never leaves a request buffer to the garbage collector: a buffer held
 * for a consumer that never reads it is released when the request ends.
 */
class MultipartStreamTests {

	private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(new UnpooledByteBufAllocator(true));

	@Test
	void aStreamedPartNobodyReadsIsReleasedWhenTheRequestEnds() {
		DataBuffer large = this.buffers.wrap(new byte[100]);
		ByteBuf nativeBuffer = ((NettyDataBuffer) large).getNativeBuffer();
		Flux<PartEvent> events = FilePartEvent
			.create("file", "evidence.jpg", MediaType.IMAGE_JPEG, Flux.just(large).concatWith(Flux.never()))
			.cast(PartEvent.class);
		MultipartStream stream = new MultipartStream(10);

		var parts = stream.read(events).block(Duration.ofSeconds(5));
		assertThat(parts).containsKey("file");
		assertThat(nativeBuffer.refCnt()).isEqualTo(1);

		// the handler answered without reading the file (a refusal, say); the filter ends
		stream.dispose();

		assertThat(nativeBuffer.refCnt()).isZero();
	}

	@Test
	void aPartWhoseReaderStopsEarlyLeavesNoRequestBufferBehind() {
		// A form field, then a 64 KiB file sent as 64 chunks, then a closing boundary.
		// The
		// handler reads one buffer of the file and stops (a size cap, a refused type).
		// The
		// parser has by then split chunks into tokens queued inside Spring's reader;
		// every
		// one of them must be released when the request ends.
		List<ByteBuf> sent = new ArrayList<>();
		List<DataBuffer> body = new ArrayList<>();
		body.add(chunk(sent,
				"--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPHOTO\r\n"
						+ "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
						+ "Content-Type: image/jpeg\r\n\r\n"));
		for (int i = 0; i < 64; i++) {
			body.add(chunk(sent, "x".repeat(1024)));
		}
		body.add(chunk(sent, "\r\n--b--\r\n"));
		MockServerHttpRequest request = MockServerHttpRequest.post("/upload")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.body(Flux.fromIterable(body));
		PartEventHttpMessageReader reader = new PartEventHttpMessageReader();
		MultipartStream stream = new MultipartStream(2048);

		var parts = stream.read(reader.read(ResolvableType.forClass(PartEvent.class), request, Map.of()))
			.block(Duration.ofSeconds(5));
		assertThat(parts).containsKeys("kind", "file");
		// one buffer asked for, one read, then the reader gives up
		StepVerifier.create(parts.getFirst("file").content(), 1)
			.consumeNextWith(org.springframework.core.io.buffer.DataBufferUtils::release)
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		stream.dispose();

		assertThat(sent).allSatisfy((buffer) -> assertThat(buffer.refCnt()).isZero());
	}

	@Test
	void aTokenTheParsersOwnSinkDropsIsReleasedOnceNotTwice() throws Throwable {
		// Spring releases what the parser's sink (FluxCreate) drops; the sink's context
		// carries our hook as well, which must leave those tokens alone. Each buffer here
		// holds one extra reference: released once it keeps it, released twice it would
		// not.
		Class<?> tokenType = Class.forName("org.springframework.http.codec.multipart.MultipartParser$BodyToken");
		var newToken = java.lang.invoke.MethodHandles.publicLookup()
			.findConstructor(tokenType,
					java.lang.invoke.MethodType.methodType(void.class, DataBuffer.class, boolean.class));
		var tokenBuffer = java.lang.invoke.MethodHandles.publicLookup()
			.findVirtual(tokenType, "buffer", java.lang.invoke.MethodType.methodType(DataBuffer.class));
		List<ByteBuf> sent = new ArrayList<>();
		List<Object> tokens = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			DataBuffer buffer = chunk(sent, "x".repeat(16));
			((NettyDataBuffer) buffer).getNativeBuffer().retain();
			tokens.add(newToken.invoke(buffer, false));
		}
		Flux<Object> parser = Flux.create((sink) -> tokens.forEach(sink::next)).doOnDiscard(tokenType, (token) -> {
			try {
				org.springframework.core.io.buffer.DataBufferUtils.release((DataBuffer) tokenBuffer.invoke(token));
			}
			catch (Throwable ex) {
				throw new IllegalStateException(ex);
			}
		});

		StepVerifier.create(parser.doOnDiscard(Object.class, DiscardedBuffers::release), 1)
			.expectNextCount(1)
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		assertThat(sent.subList(1, sent.size())).allSatisfy((buffer) -> assertThat(buffer.refCnt()).isOne());
	}

	private DataBuffer chunk(List<ByteBuf> sent, String text) {
		DataBuffer buffer = this.buffers.wrap(text.getBytes(StandardCharsets.US_ASCII));
		sent.add(((NettyDataBuffer) buffer).getNativeBuffer());
		return buffer;
	}

}
