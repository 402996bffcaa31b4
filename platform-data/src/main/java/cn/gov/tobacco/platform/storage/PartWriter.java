package cn.gov.tobacco.platform.storage;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.errors.MinioException;
import io.minio.messages.Part;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.timeout.WriteTimeoutHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

import org.springframework.util.function.SingletonSupplier;

/**
 * Writes an object's bytes, held in part buffers, to S3: a PUT to a presigned URL, of the
 * whole object or of one part of a multipart upload. The MinIO client's own PutObject and
 * UploadPart hash every byte once more (SHA-256 for the request's signature over plain
 * HTTP, CRC32C otherwise) and copy the part into a buffer of their own; a presigned
 * request's payload is unsigned, and the bytes go out from the caller's buffer in slices.
 * A part's request returns a future, so the next part can be read from the client while
 * this one is sent.
 */
final class PartWriter {

	/** Netty writes each slice through a direct buffer of the slice's size. */
	private static final int SLICE = 64 * 1024;

	/**
	 * Kept-alive connections are closed after this long unused: before an S3 server's own
	 * idle timeout (20 s and more) could close one as a part is sent on it.
	 */
	private static final Duration MAX_IDLE = Duration.ofSeconds(10);

	private final Supplier<MinioAsyncClient> client;

	private final String bucket;

	/**
	 * Made on first use, as the S3 clients are (a service's start does not wait for it).
	 */
	private final SingletonSupplier<HttpClient> http;

	PartWriter(Supplier<MinioAsyncClient> client, String bucket, Duration connectTimeout, Duration ioTimeout) {
		this.client = client;
		this.bucket = bucket;
		this.http = SingletonSupplier.of(() -> http(connectTimeout, ioTimeout));
	}

	private static HttpClient http(Duration connectTimeout, Duration ioTimeout) {
		long ioMillis = ioTimeout.toMillis();
		ConnectionProvider connections = ConnectionProvider.builder("object-store-parts")
			.maxConnections(64)
			.maxIdleTime(MAX_IDLE)
			.build();
		return HttpClient.create(connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
			// a store that stops reading fails the part as one that stops answering does
			.doOnConnected(
					(connection) -> connection.addHandlerLast(new WriteTimeoutHandler(ioMillis, TimeUnit.MILLISECONDS)))
			.responseTimeout(ioTimeout);
	}

	/** Makes the HTTP client now (off the event loop, once the service is ready). */
	void warm() {
		this.http.get();
	}

	/** Stores {@code length} bytes of {@code buffer} as the whole object. */
	void putWhole(String key, String contentType, byte[] buffer, int length) throws Exception {
		String url = presign(key, Map.of());
		await(send(url, contentType, buffer, length));
	}

	/** Starts a multipart upload; answers S3's upload id. */
	String start(String key, String contentType) throws Exception {
		return await(this.client.get()
			.createMultipartUpload(CreateMultipartUploadArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.headers(new Http.Headers(Map.of("Content-Type", contentType)))
				.build()))
			.result()
			.uploadId();
	}

	/**
	 * Sends part {@code number}: {@code length} bytes of {@code buffer}, which must not
	 * change until the future completes. The future answers the part's ETag.
	 */
	CompletableFuture<String> part(String key, String uploadId, int number, byte[] buffer, int length)
			throws MinioException {
		String url = presign(key, Map.of("uploadId", uploadId, "partNumber", Integer.toString(number)));
		return send(url, null, buffer, length);
	}

	/** Joins the parts, in order, into the object. */
	void complete(String key, String uploadId, List<String> etags) throws Exception {
		Part[] parts = new Part[etags.size()];
		for (int i = 0; i < parts.length; i++) {
			parts[i] = new Part(i + 1, etags.get(i));
		}
		await(this.client.get()
			.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.uploadId(uploadId)
				.parts(parts)
				.build()));
	}

	/** Discards the upload and whatever parts S3 holds of it. */
	void abort(String key, String uploadId) throws Exception {
		await(this.client.get()
			.abortMultipartUpload(
					AbortMultipartUploadArgs.builder().bucket(this.bucket).object(key).uploadId(uploadId).build()));
	}

	/** The bucket's asynchronous S3 client (also {@link MultipartStore}'s). */
	MinioAsyncClient client() {
		return this.client.get();
	}

	/**
	 * A presigned PUT of the object, or (with an upload id and part number) of a part.
	 */
	String presign(String key, Map<String, String> query) throws MinioException {
		return this.client.get()
			.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
				.method(Http.Method.PUT)
				.bucket(this.bucket)
				.object(key)
				.expiry(15, TimeUnit.MINUTES)
				.extraQueryParams(query)
				.build());
	}

	private CompletableFuture<String> send(String url, String contentType, byte[] buffer, int length) {
		int slices = (length + SLICE - 1) / SLICE;
		Flux<io.netty.buffer.ByteBuf> body = Flux.range(0, slices)
			.map((i) -> Unpooled.wrappedBuffer(buffer, i * SLICE, Math.min(SLICE, length - i * SLICE)));
		return this.http.get().headers((headers) -> {
			headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
			if (contentType != null) {
				headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
			}
		})
			.put()
			.uri(URI.create(url))
			.send(body)
			.responseSingle((response, content) -> content.asString().defaultIfEmpty("").flatMap((text) -> {
				int status = response.status().code();
				if (status / 100 != 2) {
					return Mono.error(new StoreAnsweredException(status, text));
				}
				String etag = response.responseHeaders().get(HttpHeaderNames.ETAG);
				return (etag != null) ? Mono.just(etag)
						: Mono.error(new StoreAnsweredException(status, "no ETag in the answer"));
			}))
			// a connection the server closed as it was taken: the same bytes once more on
			// a
			// new one (a PUT of a part, or of an object under a new key, may be repeated)
			.retryWhen(Retry.max(1).filter(PrematureCloseException.class::isInstance))
			.toFuture();
	}

	/** Waits for the call; its failure is thrown as it came. */
	static <T> T await(CompletableFuture<T> future) throws Exception {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof Exception e) {
				throw e;
			}
			throw ex;
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw ex;
		}
	}

	/** S3 answered a write with an error status (or without its ETag). */
	static final class StoreAnsweredException extends RuntimeException {

		StoreAnsweredException(int status, String body) {
			super("S3 answered " + status + ": " + ((body.length() > 300) ? body.substring(0, 300) : body));
		}

	}

}
