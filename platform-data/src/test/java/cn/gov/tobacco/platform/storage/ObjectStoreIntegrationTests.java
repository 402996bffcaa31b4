package cn.gov.tobacco.platform.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link ObjectStore#put} against the machine's S3 server ({@code S3_ENDPOINT}, else
 * localhost:9090), a bucket of its own: uploads larger than a part (so the S3 client
 * holds a part buffer) are streamed no more than the permits allow at once, the others
 * are not even read while they wait, and a failed, refused or cancelled upload leaves no
 * object and gives its permit back.
 */
class ObjectStoreIntegrationTests {

	static final String ENDPOINT = System.getenv().getOrDefault("S3_ENDPOINT", "http://localhost:9090");

	static final int SIZE = 6 * 1024 * 1024;

	static final int CHUNK = 64 * 1024;

	static final UploadRules PDF = new UploadRules(Set.of("application/pdf"), 32L * 1024 * 1024);

	final String bucket = "platform-data-test-" + UUID.randomUUID().toString().substring(0, 8);

	final List<ObjectStore> stores = new CopyOnWriteArrayList<>();

	@AfterEach
	void removeWhatWasStored() {
		for (ObjectStore store : this.stores) {
			store.list().flatMap((key) -> store.remove(key.key())).blockLast(Duration.ofSeconds(30));
		}
	}

	@Test
	void concurrentUploadsStreamNoMoreThanTheLimitAtOnceAndAreAllStored() {
		UploadPermits permits = new UploadPermits(2, Duration.ofMinutes(2));
		ObjectStore store = store(permits);
		AtomicInteger reading = new AtomicInteger();
		AtomicInteger mostReading = new AtomicInteger();
		AtomicInteger mostInUse = new AtomicInteger();
		List<byte[]> files = IntStream.range(0, 6).mapToObj(ObjectStoreIntegrationTests::pdf).toList();
		List<StoredObject> stored = Flux.fromIterable(files)
			.flatMap((file) -> store.put(body(file).doOnSubscribe((s) -> {
				mostReading.accumulateAndGet(reading.incrementAndGet(), Math::max);
				mostInUse.accumulateAndGet(permits.inUse(), Math::max);
			}).doOnTerminate(reading::decrementAndGet), PDF), 6)
			.collectList()
			.block(Duration.ofMinutes(2));
		assertThat(stored).hasSize(6);
		assertThat(stored).extracting(StoredObject::sha256)
			.containsExactlyInAnyOrderElementsOf(files.stream().map(ObjectStoreIntegrationTests::sha256).toList());
		assertThat(stored).allSatisfy((object) -> assertThat(object.size()).isEqualTo(SIZE));
		assertThat(mostReading.get()).isBetween(1, 2);
		assertThat(mostInUse.get()).isLessThanOrEqualTo(2);
		assertThat(permits.inUse()).isZero();
		assertThat(keys(store)).containsExactlyInAnyOrderElementsOf(stored.stream().map(StoredObject::key).toList());
	}

	@Test
	void bodiesOfEverySizeAreStoredByteForByte() {
		// one PUT below a part; one part exactly; whole parts and a last short one
		ObjectStore store = store(new UploadPermits(2, Duration.ofMinutes(2)));
		for (int size : new int[] { 1000, ObjectStore.PART_SIZE, 2 * ObjectStore.PART_SIZE + 12_345 }) {
			byte[] file = pdf(size, size);
			StoredObject stored = store.put(body(file), PDF).block(Duration.ofMinutes(1));
			assertThat(stored.size()).isEqualTo(size);
			assertThat(stored.contentType()).isEqualTo("application/pdf");
			assertThat(stored.sha256()).isEqualTo(sha256(file));
			byte[] read = DataBufferUtils.join(store.read(stored.key(), DefaultDataBufferFactory.sharedInstance))
				.map((buffer) -> {
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.read(bytes);
					return bytes;
				})
				.block(Duration.ofMinutes(1));
			assertThat(read).as("the stored bytes of a %d-byte body", size).isEqualTo(file);
		}
		assertThat(pending(store)).isEmpty();
	}

	@Test
	void aBodyThatFailsHalfWayLeavesNoObjectAndGivesItsPermitBack() {
		UploadPermits permits = new UploadPermits(1, Duration.ofMinutes(1));
		ObjectStore store = store(permits);
		Flux<DataBuffer> broken = body(pdf(1)).concatWith(Flux.error(new IllegalStateException("connection reset")));
		StepVerifier.create(store.put(broken, PDF))
			.expectErrorSatisfies(
					(ex) -> assertThat(((ApiException) ex).kind()).isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE))
			.verify(Duration.ofMinutes(1));
		assertThat(permits.inUse()).isZero();
		assertThat(keys(store)).isEmpty();
		// its first part was sent: the multipart upload is aborted, not left pending
		assertThat(pending(store)).isEmpty();
	}

	@Test
	void anS3ServerThatStopsAnsweringFailsTheUploadWithinItsTimeout() throws Exception {
		// A server that takes connections and reads every byte but never answers: the
		// upload fails after the store's I/O timeout (a second here), not after the
		// client library's minutes, and gives its permit back.
		try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50,
				java.net.InetAddress.getLoopbackAddress())) {
			daemon(() -> swallow(silent));
			UploadPermits permits = new UploadPermits(1, Duration.ofMinutes(1));
			ObjectStore store = new ObjectStore(new ObjectStorageProperties("http://127.0.0.1:" + silent.getLocalPort(),
					"us-east-1", "local-access-key", "local-secret-key", this.bucket, Duration.ofSeconds(1),
					Duration.ofSeconds(1)), permits);
			long started = System.nanoTime();
			StepVerifier.create(store.put(body(pdf(4)), PDF))
				.expectErrorSatisfies(
						(ex) -> assertThat(((ApiException) ex).kind()).isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE))
				.verify(Duration.ofSeconds(30));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
			await().atMost(Duration.ofSeconds(5)).until(() -> permits.inUse() == 0);
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "silent-s3");
		thread.setDaemon(true);
		thread.start();
	}

	private static void swallow(java.net.ServerSocket server) {
		while (!server.isClosed()) {
			try {
				java.net.Socket socket = server.accept();
				daemon(() -> {
					try (socket) {
						socket.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
					}
					catch (java.io.IOException ex) {
						// the client gave up: what the test waits for
					}
				});
			}
			catch (java.io.IOException ex) {
				return;
			}
		}
	}

	@Test
	void aBodyOverItsCapIsRefusedLeavingNoObjectAndGivesItsPermitBack() {
		UploadPermits permits = new UploadPermits(1, Duration.ofMinutes(1));
		ObjectStore store = store(permits);
		StepVerifier.create(store.put(body(pdf(2)), new UploadRules(Set.of("application/pdf"), 5L * 1024 * 1024 + 1)))
			.expectErrorSatisfies(
					(ex) -> assertThat(((ApiException) ex).kind()).isEqualTo(ProblemKind.PAYLOAD_TOO_LARGE))
			.verify(Duration.ofMinutes(1));
		assertThat(permits.inUse()).isZero();
		assertThat(keys(store)).isEmpty();
	}

	@Test
	void aCancelledUploadLeavesNoObjectAndTheOneWaitingUnreadGoesOn() {
		UploadPermits permits = new UploadPermits(1, Duration.ofMinutes(2));
		ObjectStore store = store(permits);
		// The client sends more than a part, then stalls until it goes away.
		AtomicLong sent = new AtomicLong();
		Flux<DataBuffer> stalled = body(pdf(3)).doOnNext((b) -> sent.addAndGet(b.readableByteCount()))
			.concatWith(Flux.never());
		Disposable first = store.put(stalled, PDF).subscribe();
		await().atMost(Duration.ofSeconds(30)).until(() -> sent.get() == SIZE);
		AtomicBoolean secondRead = new AtomicBoolean();
		byte[] file = pdf(4);
		Mono<StoredObject> second = store.put(body(file).doOnSubscribe((s) -> secondRead.set(true)), PDF).cache();
		Disposable waiting = second.subscribe();
		await().atMost(Duration.ofSeconds(5)).until(() -> permits.waiting() == 1);
		assertThat(secondRead).isFalse();
		first.dispose();
		StoredObject stored = second.block(Duration.ofMinutes(1));
		assertThat(stored.sha256()).isEqualTo(sha256(file));
		assertThat(secondRead).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> permits.inUse() == 0);
		assertThat(keys(store)).containsExactly(stored.key());
		waiting.dispose();
	}

	private ObjectStore store(UploadPermits permits) {
		ObjectStore store = new ObjectStore(
				new ObjectStorageProperties(ENDPOINT, "us-east-1", "local-access-key", "local-secret-key", this.bucket),
				permits);
		this.stores.add(store);
		return store;
	}

	private List<MultipartStore.PendingUpload> pending(ObjectStore store) {
		return new MultipartStore(
				new ObjectStorageProperties(ENDPOINT, "us-east-1", "local-access-key", "local-secret-key", this.bucket),
				store)
			.pending()
			.collectList()
			.block(Duration.ofSeconds(30));
	}

	private static List<String> keys(ObjectStore store) {
		return store.list().map(StoredKey::key).collectList().block(Duration.ofSeconds(30));
	}

	/** A PDF's first bytes (its type is read from them), then random bytes. */
	private static byte[] pdf(int seed) {
		return pdf(seed, SIZE);
	}

	private static byte[] pdf(int seed, int size) {
		byte[] file = new byte[size];
		new Random(seed).nextBytes(file);
		byte[] header = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(header, 0, file, 0, header.length);
		return file;
	}

	private static Flux<DataBuffer> body(byte[] file) {
		return Flux.range(0, (file.length + CHUNK - 1) / CHUNK)
			.map((i) -> DefaultDataBufferFactory.sharedInstance
				.wrap(Arrays.copyOfRange(file, i * CHUNK, Math.min(file.length, (i + 1) * CHUNK))));
	}

	private static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
