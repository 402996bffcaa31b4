package cn.gov.tobacco.platform.input;

import java.util.ArrayList;
import java.util.List;

import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Reads one multipart body as a stream of part events. Parts up to the in-memory limit
 * are kept in memory; the first part that grows past it is handed over as a live stream
 * and the form is complete at that moment, so that part must be the last one (a file
 * after its form fields, as browsers send a {@code FormData} built in that order). The
 * streamed part is read only as fast as its consumer asks: a consumer that stops at a
 * size cap stops the request body there, and nothing is ever written to disk.
 */
final class MultipartStream extends BaseSubscriber<PartEvent> {

	private final long inMemoryLimit;

	private final MultiValueMap<String, Part> parts = new LinkedMultiValueMap<>();

	private final List<DataBuffer> pending = new ArrayList<>();

	private MonoSink<MultiValueMap<String, Part>> result;

	private HttpHeaders current;

	private long pendingSize;

	private Sinks.Many<DataBuffer> stream;

	private boolean streamedPartEnded;

	MultipartStream(long inMemoryLimit) {
		this.inMemoryLimit = inMemoryLimit;
	}

	/** The form, complete when the body ends or when the streamed part begins. */
	Mono<MultiValueMap<String, Part>> read(Flux<PartEvent> events) {
		return Mono.create((sink) -> {
			this.result = sink;
			events.doOnDiscard(Object.class, DiscardedBuffers::release).subscribe(this);
		});
	}

	@Override
	protected void hookOnSubscribe(Subscription subscription) {
		request(1);
	}

	@Override
	protected void hookOnNext(PartEvent event) {
		if (this.stream != null) {
			onStreamedEvent(event);
			return;
		}
		if (this.current == null) {
			this.current = event.headers();
			if (!acceptable(this.current)) {
				DataBufferUtils.release(event.content());
				fail(ControlCharacters.rejected(String.valueOf(partName(this.current))));
				return;
			}
		}
		if (event instanceof FormPartEvent field) {
			DataBufferUtils.release(event.content());
			if (ControlCharacters.inText(field.value())) {
				fail(ControlCharacters.rejected(partName(this.current)));
				return;
			}
			this.parts.add(partName(this.current), StreamedParts.formField(this.current, field.value()));
			this.current = null;
			request(1);
			return;
		}
		this.pending.add(event.content());
		this.pendingSize += event.content().readableByteCount();
		if (event.isLast()) {
			this.parts.add(partName(this.current), StreamedParts.inMemory(this.current, drainPending()));
			this.current = null;
			request(1);
		}
		else if (this.pendingSize > this.inMemoryLimit) {
			startStreaming();
		}
		else {
			request(1);
		}
	}

	private void startStreaming() {
		this.stream = Sinks.many().unicast().onBackpressureBuffer();
		for (DataBuffer buffer : this.pending) {
			emit(buffer);
		}
		this.pending.clear();
		Flux<DataBuffer> content = this.stream.asFlux()
			.doOnRequest(this::request)
			.doOnCancel(this::cancel)
			.doOnDiscard(DataBuffer.class, DataBufferUtils::release);
		this.parts.add(partName(this.current), StreamedParts.of(this.current, content));
		this.result.success(this.parts);
	}

	private void onStreamedEvent(PartEvent event) {
		if (this.streamedPartEnded) {
			DataBufferUtils.release(event.content());
			this.stream.tryEmitError(new ApiException(ProblemKind.MALFORMED_REQUEST,
					Text.of("大文件须为表单的最后一部分", "A large file must be the last part of the form")));
			cancel();
			return;
		}
		emit(event.content());
		if (event.isLast()) {
			// Read on to the closing boundary; the stream completes with the body.
			this.streamedPartEnded = true;
			request(1);
		}
	}

	@Override
	protected void hookOnComplete() {
		if (this.stream != null) {
			this.stream.tryEmitComplete();
		}
		else if (this.current != null) {
			fail(incomplete());
		}
		else {
			this.result.success(this.parts);
		}
	}

	@Override
	protected void hookOnError(Throwable ex) {
		Throwable mapped = (ex instanceof DecodingException) ? incomplete() : ex;
		if (this.stream != null) {
			this.stream.tryEmitError(mapped);
		}
		else {
			this.result.error(mapped);
		}
	}

	@Override
	protected void hookFinally(reactor.core.publisher.SignalType type) {
		this.pending.forEach(DataBufferUtils::release);
		this.pending.clear();
		if (type == reactor.core.publisher.SignalType.CANCEL && this.stream != null) {
			// The request is over (or its consumer gave up): buffers the streamed part
			// holds for a consumer that never subscribed are released, not left to the
			// garbage collector (direct memory). A consumer still reading gets the error.
			this.stream.tryEmitError(incomplete());
			this.stream.asFlux().subscribe(DataBufferUtils::release, (ex) -> {
			});
		}
	}

	/** Hands a buffer to the streamed part, or releases it if nobody will read it. */
	private void emit(DataBuffer buffer) {
		if (this.stream.tryEmitNext(buffer).isFailure()) {
			DataBufferUtils.release(buffer);
		}
	}

	private void fail(Throwable ex) {
		cancel();
		hookOnError(ex);
	}

	private byte[] drainPending() {
		byte[] bytes = new byte[(int) this.pendingSize];
		int at = 0;
		for (DataBuffer buffer : this.pending) {
			int n = buffer.readableByteCount();
			buffer.read(bytes, at, n);
			at += n;
			DataBufferUtils.release(buffer);
		}
		this.pending.clear();
		this.pendingSize = 0;
		return bytes;
	}

	private static boolean acceptable(HttpHeaders headers) {
		String name = headers.getContentDisposition().getName();
		String filename = headers.getContentDisposition().getFilename();
		return (name == null || !ControlCharacters.inValue(name))
				&& (filename == null || !ControlCharacters.inValue(filename));
	}

	private static String partName(HttpHeaders headers) {
		String name = headers.getContentDisposition().getName();
		return (name != null) ? name : "";
	}

	static ApiException incomplete() {
		return new ApiException(ProblemKind.MALFORMED_REQUEST,
				Text.of("表单请求体不完整或格式错误", "The multipart body is incomplete or malformed"));
	}

}
