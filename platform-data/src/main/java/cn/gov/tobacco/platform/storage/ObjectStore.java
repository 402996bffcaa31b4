package cn.gov.tobacco.platform.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.function.SingletonSupplier;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * One bucket of an S3 server. The MinIO client blocks, so every call runs on the
 * bounded-elastic scheduler. A body is read in parts of 5 MiB into two pooled buffers:
 * one is sent to S3 ({@link PartWriter}) while the next is read from the client.
 * {@link UploadPermits} bound the uploads doing so at once, and with them the buffers.
 */
public class ObjectStore {

	private static final Logger log = LoggerFactory.getLogger(ObjectStore.class);

	/** S3's smallest part but the last. */
	static final int PART_SIZE = 5 * 1024 * 1024;

	private static final int SNIFF_BYTES = 8 * 1024;

	private static final Set<String> BUCKET_EXISTS = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");

	/** Made on first use: the client library's classes take a second or more to load. */
	private final SingletonSupplier<MinioClient> client;

	private final String bucket;

	/** Read on first use: Tika's type table takes a second or more to parse. */
	private final SingletonSupplier<MimeTypes> mimeTypes = SingletonSupplier.of(MimeTypes::getDefaultMimeTypes);

	private final UploadPermits permits;

	private final PartWriter parts;

	/**
	 * Part buffers of finished uploads, for the next ones: at most two per permit are in
	 * use. Softly held, so the collector takes back the ones no upload has needed for a
	 * while; a buffer an upload failed with is not kept (a part's request may still read
	 * it).
	 */
	private final Queue<SoftReference<byte[]>> buffers = new ConcurrentLinkedQueue<>();

	private volatile boolean bucketReady;

	/**
	 * A store whose uploads share the service's permits (see
	 * {@link StorageAutoConfiguration}).
	 */
	public ObjectStore(ObjectStorageProperties properties, UploadPermits permits) {
		this.permits = permits;
		this.client = SingletonSupplier.of(properties::client);
		this.bucket = properties.bucket();
		this.parts = new PartWriter(SingletonSupplier.of(properties::asyncClient), properties.bucket(),
				properties.connectTimeout(), properties.ioTimeout());
	}

	/**
	 * Streams the content into a new object under a random key. Refuses a type not
	 * accepted (415) before storing anything, and a body over its type's limit (413) as
	 * soon as it passes it: reading stops at the cap + 1 byte, so no more of the body is
	 * read from the client; a refused, failed or cancelled upload leaves no object
	 * behind. It waits its turn first ({@link UploadPermits}), unread; 503 if that takes
	 * longer than the permits' wait.
	 */
	public Mono<StoredObject> put(Flux<DataBuffer> content, UploadRules rules) {
		return this.permits.shared().flatMap((permit) -> {
			Upload upload = new Upload(permit);
			// A cancelled upload's run ends empty: nobody is left to tell.
			return Mono.fromCallable(() -> upload.run(() -> store(content, rules, upload)))
				.subscribeOn(Schedulers.boundedElastic())
				.doOnCancel(upload::cancel);
		}).onErrorMap(ObjectStore::translate);
	}

	/**
	 * Runs {@code work} holding an upload permit that the {@link #put}s inside it share,
	 * so they wait for nothing there: for work that must not wait inside a transaction
	 * (an idempotent upload's record is written in one). Waiting takes no database
	 * connection and reads no request body.
	 */
	public <T> Mono<T> reserving(Mono<T> work) {
		return this.permits.hold(work);
	}

	private StoredObject store(Flux<DataBuffer> content, UploadRules rules, Upload upload) throws Exception {
		String key = UUID.randomUUID().toString();
		try (InputStream raw = DataBufferUtils.subscriberInputStream(content, 4)) {
			upload.reading(raw);
			BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
			String type = sniff(in);
			if (!rules.acceptedTypes().contains(type)) {
				throw new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, Text.of(
						"文件内容不是允许的类型（" + String.join("、", rules.acceptedTypes()) + "）：检测为 " + type,
						"The file's bytes are not an accepted type " + rules.acceptedTypes() + ": detected " + type));
			}
			long cap = rules.maxBytes(type);
			LimitedDigestInputStream counted = new LimitedDigestInputStream(in, cap, upload::cancelled);
			ensureBucket();
			try {
				write(key, type, counted, upload);
				upload.checkNotCancelled();
			}
			catch (Exception ex) {
				removeQuietly(key);
				throw ex;
			}
			return new StoredObject(key, type, counted.count(), counted.sha256());
		}
	}

	/**
	 * Writes the body as the object: as one PUT if it fits in one part, else as a
	 * multipart upload whose next part is read while the last is sent. A failed multipart
	 * upload is aborted once no part of it is in flight any more, so S3 keeps none of its
	 * parts. A body that ends because its upload was cancelled is not stored.
	 */
	private void write(String key, String type, InputStream in, Upload upload) throws Exception {
		byte[] current = takeBuffer();
		byte[] next = null;
		boolean reusable = false;
		String uploadId = null;
		CompletableFuture<String> sending = null;
		try {
			int length = in.readNBytes(current, 0, PART_SIZE);
			if (length < PART_SIZE) {
				upload.checkNotCancelled();
				this.parts.putWhole(key, type, current, length);
				reusable = true;
				return;
			}
			uploadId = this.parts.start(key, type);
			next = takeBuffer();
			List<String> etags = new ArrayList<>();
			while (length > 0) {
				sending = this.parts.part(key, uploadId, etags.size() + 1, current, length);
				int following = in.readNBytes(next, 0, PART_SIZE);
				etags.add(PartWriter.await(sending));
				sending = null;
				byte[] sent = current;
				current = next;
				next = sent;
				length = following;
			}
			upload.checkNotCancelled();
			this.parts.complete(key, uploadId, etags);
			reusable = true;
		}
		catch (Exception ex) {
			if (sending != null) {
				settle(sending);
			}
			if (uploadId != null) {
				abortQuietly(key, uploadId);
			}
			throw ex;
		}
		finally {
			if (reusable) {
				this.buffers.offer(new SoftReference<>(current));
				if (next != null) {
					this.buffers.offer(new SoftReference<>(next));
				}
			}
		}
	}

	/**
	 * Waits for a part still being sent (bounded by the store's I/O timeout), so an abort
	 * cannot reach S3 before it.
	 */
	private static void settle(CompletableFuture<String> part) {
		try {
			PartWriter.await(part);
		}
		catch (Exception ex) {
			// the part failed (or the wait was interrupted, and the part cancelled)
		}
	}

	/** How this store writes to S3; {@link MultipartStore} shares its client. */
	PartWriter parts() {
		return this.parts;
	}

	private byte[] takeBuffer() {
		for (SoftReference<byte[]> kept = this.buffers.poll(); kept != null; kept = this.buffers.poll()) {
			byte[] buffer = kept.get();
			if (buffer != null) {
				return buffer;
			}
		}
		return new byte[PART_SIZE];
	}

	private void abortQuietly(String key, String uploadId) {
		try {
			this.parts.abort(key, uploadId);
		}
		catch (Exception ex) {
			log.warn("Could not abort the multipart upload of {} (the sweep of pending uploads will): {}", key,
					ex.toString());
		}
	}

	/**
	 * Checks an object written by other means (a multipart upload's assembled parts) as
	 * {@link #put} checks a body: type from its first bytes (415), its type's cap (413),
	 * and its SHA-256, reading it once from the store. A refused object is removed.
	 */
	public Mono<StoredObject> inspect(String key, UploadRules rules) {
		return Mono.fromCallable(() -> {
			try (InputStream raw = this.client.get()
				.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build())) {
				BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
				String type = sniff(in);
				if (!rules.acceptedTypes().contains(type)) {
					throw new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
							Text.of("文件内容不是允许的类型（" + String.join("、", rules.acceptedTypes()) + "）：检测为 " + type,
									"The file's bytes are not an accepted type " + rules.acceptedTypes() + ": detected "
											+ type));
				}
				LimitedDigestInputStream counted = new LimitedDigestInputStream(in, rules.maxBytes(type));
				counted.transferTo(OutputStream.nullOutputStream());
				return new StoredObject(key, type, counted.count(), counted.sha256());
			}
		})
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ObjectStore::translate)
			.onErrorResume((ex) -> remove(key).then(Mono.error(ex)));
	}

	/**
	 * Creates the bucket if it is missing (before a multipart upload starts, and once the
	 * service is ready), and reads the type table, off the event loop.
	 */
	Mono<Void> ready() {
		return Mono.<Void>fromCallable(() -> {
			this.mimeTypes.get();
			this.parts.warm();
			ensureBucket();
			return null;
		}).subscribeOn(Schedulers.boundedElastic()).onErrorMap(ObjectStore::translate);
	}

	/** The object's bytes, read on demand. */
	public Flux<DataBuffer> read(String key, DataBufferFactory buffers) {
		return DataBufferUtils.readInputStream(() -> {
			try {
				return this.client.get().getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build());
			}
			catch (MinioException ex) {
				throw new IOException(ex);
			}
		}, buffers, 64 * 1024).subscribeOn(Schedulers.boundedElastic()).onErrorMap(ObjectStore::translate);
	}

	/** Every object in the bucket, read page by page as the client iterates. */
	public Flux<StoredKey> list() {
		return Flux.defer(() -> Flux.fromIterable(
				this.client.get().listObjects(ListObjectsArgs.builder().bucket(this.bucket).recursive(true).build())))
			.map((result) -> {
				try {
					Item item = result.get();
					return new StoredKey(item.objectName(), item.lastModified().toInstant());
				}
				catch (MinioException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ObjectStore::translate);
	}

	public Mono<Void> remove(String key) {
		return Mono.<Void>fromRunnable(() -> removeQuietly(key)).subscribeOn(Schedulers.boundedElastic());
	}

	private String sniff(BufferedInputStream in) throws IOException {
		MediaType type = this.mimeTypes.get().detect(in, new Metadata());
		return type.getBaseType().toString();
	}

	private void ensureBucket() throws MinioException {
		if (this.bucketReady) {
			return;
		}
		if (!this.client.get().bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build())) {
			try {
				this.client.get().makeBucket(MakeBucketArgs.builder().bucket(this.bucket).build());
			}
			catch (ErrorResponseException ex) {
				// made meanwhile by a concurrent upload
				if (!BUCKET_EXISTS.contains(ex.errorResponse().code())) {
					throw ex;
				}
			}
		}
		this.bucketReady = true;
	}

	private void removeQuietly(String key) {
		try {
			this.client.get().removeObject(RemoveObjectArgs.builder().bucket(this.bucket).object(key).build());
		}
		catch (MinioException | RuntimeException ex) {
			log.warn("Could not remove object {} (the orphan clean-up will): {}", key, ex.toString());
		}
	}

	private static LimitedDigestInputStream.TooLargeException tooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof LimitedDigestInputStream.TooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	static Throwable translate(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof ApiException api) {
				// Also what the request body's stream failed with (a truncated form,
				// say).
				return api;
			}
		}
		LimitedDigestInputStream.TooLargeException tooLarge = tooLarge(ex);
		if (tooLarge != null) {
			long kb = tooLarge.limit() / 1024;
			return new ApiException(ProblemKind.PAYLOAD_TOO_LARGE,
					Text.of("文件超过此类型允许的大小（" + kb + " KB）",
							"The file exceeds the size allowed for its type (" + kb + " KB)"),
					java.util.List.of(), java.util.Map.of("maxBytes", tooLarge.limit()));
		}
		// with its stack: an S3 outage and a defect of the streaming (a buffer released
		// twice, say) look the same to the caller, not in the log
		log.warn("Object storage failed", ex);
		return new ApiException(ProblemKind.DEPENDENCY_UNAVAILABLE,
				Text.of("文件存储暂不可用，请稍后再试", "File storage is unavailable; please retry later"));
	}

}
