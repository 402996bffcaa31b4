package cn.gov.tobacco.platform.storage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.Http;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListMultipartUploadsResponse;
import io.minio.ListPartsArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Part;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * S3 multipart uploads of one bucket, for files sent in parts over a poor network. A part
 * streams from the request to S3's UploadPart as it arrives (a PUT to a presigned URL:
 * the MinIO client's own UploadPart takes a buffer), so no part is held in memory. The
 * other calls use the MinIO client's asynchronous API.
 */
public class MultipartStore {

	private final ObjectStore objects;

	/** The store's client and presigning, made on first use (see {@link ObjectStore}). */
	private final PartWriter parts;

	private final String bucket;

	private final WebClient http;

	public MultipartStore(ObjectStorageProperties properties, ObjectStore objects) {
		this.objects = objects;
		this.parts = objects.parts();
		this.bucket = properties.bucket();
		this.http = WebClient.builder()
			.clientConnector(
					new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofSeconds(60))))
			.build();
	}

	/** Makes the S3 client off the event loop (once the service is ready). */
	Mono<Void> warm() {
		return Mono.<Void>fromRunnable(this.parts::client).subscribeOn(Schedulers.boundedElastic());
	}

	/** Starts a multipart upload of a new object; answers S3's upload id. */
	public Mono<String> start(String key, String contentType) {
		return this.objects.ready()
			.then(call(() -> this.parts.client()
				.createMultipartUpload(CreateMultipartUploadArgs.builder()
					.bucket(this.bucket)
					.object(key)
					.headers(new Http.Headers(Map.of("Content-Type", contentType)))
					.build())))
			.map((response) -> response.result().uploadId());
	}

	/**
	 * Streams one part to S3. The body must have exactly {@code length} bytes; one that
	 * ends early (a dropped connection) fails the part, which S3 then does not keep.
	 * @return the part's ETag
	 */
	public Mono<String> putPart(String key, String uploadId, int number, long length, Flux<DataBuffer> body) {
		return Mono
			.fromCallable(
					() -> this.parts.presign(key, Map.of("uploadId", uploadId, "partNumber", Integer.toString(number))))
			.flatMap((url) -> this.http.put()
				.uri(URI.create(url))
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.contentLength(length)
				.body(BodyInserters.fromDataBuffers(exactly(length, body)))
				.retrieve()
				.toBodilessEntity())
			.map((response) -> {
				String etag = response.getHeaders().getETag();
				if (etag == null) {
					throw new IllegalStateException("S3 answered UploadPart without an ETag");
				}
				return etag;
			})
			.onErrorMap(MultipartStore::translate);
	}

	/** Joins the parts (number and ETag, in order) into the object. */
	public Mono<Void> complete(String key, String uploadId, List<PartTag> parts) {
		Part[] tags = parts.stream().map((p) -> new Part(p.number(), p.etag())).toArray(Part[]::new);
		return call(() -> this.parts.client()
			.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.uploadId(uploadId)
				.parts(tags)
				.build()))
			.then();
	}

	/** Discards the upload and its parts; one S3 no longer knows is gone already. */
	public Mono<Void> abort(String key, String uploadId) {
		return call(() -> this.parts.client()
			.abortMultipartUpload(
					AbortMultipartUploadArgs.builder().bucket(this.bucket).object(key).uploadId(uploadId).build()))
			.then()
			.onErrorResume(MultipartStore::noSuchUpload, (ex) -> Mono.empty());
	}

	/** Whether S3 still holds the upload (neither completed nor aborted). */
	public Mono<Boolean> isPending(String key, String uploadId) {
		return call(() -> this.parts.client()
			.listParts(ListPartsArgs.builder().bucket(this.bucket).object(key).uploadId(uploadId).maxParts(1).build()))
			.thenReturn(true)
			.onErrorResume(MultipartStore::noSuchUpload, (ex) -> Mono.just(false));
	}

	/** Every multipart upload of the bucket that is neither completed nor aborted. */
	public Flux<PendingUpload> pending() {
		return this.objects.ready().thenMany(page(null, null));
	}

	private Flux<PendingUpload> page(String keyMarker, String uploadIdMarker) {
		return call(() -> this.parts.client()
			.listMultipartUploads(ListMultipartUploadsArgs.builder()
				.bucket(this.bucket)
				.keyMarker(keyMarker)
				.uploadIdMarker(uploadIdMarker)
				.build()))
			.map(ListMultipartUploadsResponse::result)
			.flatMapMany((result) -> {
				Flux<PendingUpload> uploads = Flux.fromIterable(result.uploads())
					.map((u) -> new PendingUpload(u.objectName(), u.uploadId(),
							(u.initiated() != null) ? u.initiated().toInstant() : Instant.EPOCH));
				return result.isTruncated() ? uploads
					.concatWith(Flux.defer(() -> page(result.nextKeyMarker(), result.nextUploadIdMarker()))) : uploads;
			});
	}

	/** Whether S3 answered that the upload id is unknown (completed or aborted). */
	public static boolean noSuchUpload(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof ErrorResponseException error && error.errorResponse() != null
					&& "NoSuchUpload".equals(error.errorResponse().code())) {
				return true;
			}
		}
		return false;
	}

	private static <T> Mono<T> call(Supplier<CompletableFuture<T>> future) {
		return Mono.defer(() -> {
			try {
				return Mono.fromFuture(future.get());
			}
			catch (RuntimeException ex) {
				return Mono.error(ex);
			}
		}).onErrorMap(MultipartStore::translate);
	}

	private static Flux<DataBuffer> exactly(long length, Flux<DataBuffer> body) {
		AtomicLong seen = new AtomicLong();
		return body.doOnNext((buffer) -> {
			if (seen.addAndGet(buffer.readableByteCount()) > length) {
				throw new IncompleteBodyException("more than Content-Length");
			}
		})
			.concatWith(Mono.defer(() -> (seen.get() == length) ? Mono.empty()
					: Mono.error(new IncompleteBodyException(seen.get() + " of " + length + " bytes"))));
	}

	private static Throwable translate(Throwable ex) {
		if (ex instanceof ApiException || ex instanceof IncompleteBodyException || noSuchUpload(ex)) {
			return ex;
		}
		if (ex instanceof MinioException) {
			return ObjectStore.translate(ex);
		}
		return new ApiException(ProblemKind.DEPENDENCY_UNAVAILABLE,
				Text.of("文件存储暂不可用，请稍后再试", "File storage is unavailable; please retry later"));
	}

	/**
	 * A part's number and the ETag S3 gave it.
	 *
	 * @param number the part number (1…)
	 * @param etag S3's ETag
	 */
	public record PartTag(int number, String etag) {
	}

	/**
	 * A multipart upload S3 still holds.
	 *
	 * @param key the object key
	 * @param uploadId S3's upload id
	 * @param initiated when it was started
	 */
	public record PendingUpload(String key, String uploadId, Instant initiated) {
	}

	/** The part's body ended before (or ran past) its Content-Length. */
	public static final class IncompleteBodyException extends RuntimeException {

		IncompleteBodyException(String message) {
			super("Incomplete part body: " + message);
		}

	}

}
