package cn.gov.tobacco.platform.input;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.PartEvent;

/**
 * Releases the request buffers that Spring's multipart reader drops when a request ends
 * early. {@code PartEventHttpMessageReader} splits the parser's tokens into one window
 * per part ({@code windowUntil}, {@code concatMap}); tokens still queued in a window when
 * the handler stops reading are discarded there, and Spring releases only what the
 * parser's own sink ({@code FluxCreate}) discards. Without this hook a client could hold
 * back a large upload's tail and drain the server's direct memory, one refused upload at
 * a time.
 *
 * <p>
 * Tokens the parser's sink discards are left to Spring's hook, which the sink's context
 * also carries: releasing them here too would release a shared slice twice.
 */
final class DiscardedBuffers {

	private static final Class<?> BODY_TOKEN = bodyTokenClass();

	private static final MethodHandle BODY_TOKEN_BUFFER = bodyTokenBuffer();

	private static final Set<String> HOOK_FRAMES = Set.of(DiscardedBuffers.class.getName(),
			"java.util.function.Consumer", "reactor.core.publisher.Operators",
			"reactor.core.publisher.Operators$DiscardHook", "reactor.core.publisher.Hooks");

	private static final StackWalker WALKER = StackWalker.getInstance();

	private DiscardedBuffers() {
	}

	/** The discard hook: releases what the element holds, once. */
	static void release(Object element) {
		if (element instanceof PartEvent event) {
			DataBufferUtils.release(event.content());
		}
		else if (BODY_TOKEN != null && BODY_TOKEN.isInstance(element) && !discardedByParserSink()) {
			DataBufferUtils.release(buffer(element));
		}
	}

	private static boolean discardedByParserSink() {
		return WALKER.walk((frames) -> frames.map(StackWalker.StackFrame::getClassName)
			.filter((name) -> !HOOK_FRAMES.contains(name))
			.findFirst()
			.map((name) -> name.startsWith("reactor.core.publisher.FluxCreate"))
			.orElse(false));
	}

	private static DataBuffer buffer(Object token) {
		try {
			return (DataBuffer) BODY_TOKEN_BUFFER.invoke(token);
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Class<?> bodyTokenClass() {
		try {
			return Class.forName("org.springframework.http.codec.multipart.MultipartParser$BodyToken");
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static MethodHandle bodyTokenBuffer() {
		if (BODY_TOKEN == null) {
			return null;
		}
		try {
			return MethodHandles.publicLookup()
				.findVirtual(BODY_TOKEN, "buffer", MethodType.methodType(DataBuffer.class));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Spring's multipart body token has no buffer()", ex);
		}
	}

}
