package cn.gov.tobacco.platform.input;

import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;

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

}
