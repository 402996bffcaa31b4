package cn.gov.tobacco.licensing.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.ThirdParties;
import cn.gov.tobacco.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 12: an upload streams, it is never held in memory. The packaged service
 * runs as a child process with a heap of 64 MB against the test database, S3 server and a
 * stand-in issuer, and takes a 20 MiB scan of the OTHER type (the largest cap of any
 * document type, {@code licensing.documents.max-size}, accepted up to the byte). The
 * stored object is read back byte for byte, and the process did not die of an
 * {@link OutOfMemoryError}.
 * <p>
 * Measured on the build machine: with 32 MB the service runs out of heap while starting;
 * with 48 MB it starts and answers, but runs out during this upload (the S3 client
 * buffers parts of 5 MiB); 56 MB passes, and 64 MB leaves a margin. Holding the whole 20
 * MiB file as well would not fit: 48 MB is already too little with the part buffers.
 * {@code SMALL_HEAP_XMX} sets another heap to measure again.
 */
class SmallHeapUploadIntegrationTests {

	/** The child's heap (see above). */
	static final String HEAP = System.getenv().getOrDefault("SMALL_HEAP_XMX", "64m");

	/** OTHER's cap (20MB in application.yml, binary megabytes): accepted exactly. */
	static final long SIZE = 20L * 1024 * 1024;

	static final TestIssuer issuer = TestIssuer.start();

	/**
	 * Reads the answers and writes the request bodies (nulls left out, as the service's
	 * own mapper does).
	 */
	static final JsonMapper json = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static Process service;

	static Path log;

	static int port;

	@BeforeAll
	static void startTheServiceWithASmallHeap(@TempDir Path temp) throws Exception {
		Path jar = packagedJar();
		port = freePort();
		// Kept in target/ for a look after a failure.
		log = Paths.get("target", "small-heap-licensing-service.log").toAbsolutePath();
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError",
				"-Djava.io.tmpdir=" + temp, "-jar", jar.toString());
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("LICENSING_PORT", Integer.toString(port));
		env.put("LICENSING_BIND_ADDRESS", "127.0.0.1");
		// The test database, bucket and S3 server (as application-test.yml and the
		// environment give them to the in-process tests).
		env.put("LICENSING_DB_URL",
				setting("LICENSING_TEST_DB_URL", "r2dbc:postgresql://localhost:5432/tobacco_test?schema=licensing"));
		env.put("LICENSING_FLYWAY_URL",
				setting("LICENSING_TEST_FLYWAY_URL", "jdbc:postgresql://localhost:5432/tobacco_test"));
		env.put("LICENSING_S3_BUCKET", setting("LICENSING_TEST_S3_BUCKET", "licensing-documents-test"));
		// S3_ENDPOINT, if set, is inherited. The stand-in issuer signs the tokens.
		env.put("IDENTITY_ISSUER", issuer.issuer().toString());
		// Third parties and event subscribers: the WireMock the other tests use, so this
		// replica's jobs send nothing anywhere else.
		String thirdParties = "http://localhost:" + ThirdParties.server().port();
		env.put("SMS_GATEWAY_URL", thirdParties);
		env.put("BUSINESS_REGISTRY_URL", thirdParties);
		env.put("COMPLAINTS_EVENTS_URL", thirdParties + "/events/complaints");
		env.put("SUPERVISION_EVENTS_URL", thirdParties + "/events/supervision");
		env.put("CREDIT_PLATFORM_EVENTS_URL", thirdParties + "/events/credit-platform");
		env.put("OPS_ALERTS_EVENTS_URL", thirdParties + "/events/ops-alerts");
		service = builder.start();
		awaitReady();
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (service != null) {
			service.destroy();
			if (!service.waitFor(30, TimeUnit.SECONDS)) {
				service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		issuer.close();
	}

	@Test
	void aTwentyMebibyteScanIsStoredByteIdenticalByAServiceWithASmallHeap() throws Exception {
		String token = issuer.accessToken("retailer.smallheap." + UUID.randomUUID().toString().substring(0, 8),
				List.of("RETAILER"));
		HttpResponse<String> created = client.send(HttpRequest.newBuilder(uri("/api/licensing/applications"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(json.writeValueAsString(Fixtures.draft("330106", Fixtures.creditCode()))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String applicationId = json.readTree(created.body()).get("id").asString();

		// A PDF of exactly 20 MiB: its header, random bytes, its trailer; generated while
		// it is sent, and hashed on the way.
		MessageDigest sent = sha256();
		String boundary = "smallheap" + UUID.randomUUID().toString().replace("-", "");
		// raw: the multipart body is written by hand so that the 20 MiB file streams
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\nOTHER\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> uploaded = client.send(HttpRequest
			.newBuilder(uri("/api/licensing/applications/" + applicationId + "/documents"))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(3))
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
							new DigestInputStream(new GeneratedPdf(SIZE, 12), sent), new ByteArrayInputStream(tail))))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String sentSha256 = HexFormat.of().formatHex(sent.digest());
		JsonNode document = json.readTree(uploaded.body());
		assertThat(document.get("size").asLong()).isEqualTo(SIZE);
		assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(document.get("sha256").asString()).isEqualTo(sentSha256);

		// Read back through the service: the same bytes.
		HttpResponse<InputStream> download = client
			.send(HttpRequest.newBuilder(uri("/api/licensing/documents/" + document.get("id").asString() + "/content"))
				.header("Authorization", "Bearer " + token)
				.timeout(Duration.ofMinutes(3))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(download.statusCode()).isEqualTo(200);
		MessageDigest received = sha256();
		long length;
		try (InputStream body = new DigestInputStream(download.body(), received)) {
			length = body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		assertThat(length).isEqualTo(SIZE);
		assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sentSha256);

		// The service is still up, and never ran out of heap.
		assertThat(service.isAlive()).as("the service process is alive").isTrue();
		assertThat(client
			.send(HttpRequest.newBuilder(uri("/actuator/health/liveness")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError").doesNotContain("Java heap space");
	}

	/**
	 * Issue 16 point 2: the parts of a resumable upload stream to S3 as well. The four
	 * parts of a 20 MiB PDF are sent at once; held in memory they would need 20 MiB of
	 * the 64 MB heap besides the service itself.
	 */
	@Test
	void theFourPartsOfATwentyMebibyteUploadSentAtOnceStreamThroughASmallHeap() throws Exception {
		String token = issuer.accessToken("retailer.smallheap." + UUID.randomUUID().toString().substring(0, 8),
				List.of("RETAILER"));
		String applicationId = json
			.readTree(send(token, "POST", "/api/licensing/applications",
					Fixtures.draft("330106", Fixtures.creditCode()), 201))
			.get("id")
			.asString();
		byte[] file;
		try (InputStream pdf = new GeneratedPdf(SIZE, 16)) {
			file = pdf.readAllBytes();
		}
		String base = "/api/licensing/applications/" + applicationId + "/uploads";
		JsonNode session = json
			.readTree(send(token, "POST", base, Fixtures.uploadStart("OTHER", "plan.pdf", SIZE), 201));
		int parts = session.get("partCount").asInt();
		long partSize = session.get("partSize").asLong();
		assertThat(parts).isEqualTo(4);
		List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sending = new java.util.ArrayList<>();
		for (int n = 1; n <= parts; n++) {
			int from = (int) ((n - 1) * partSize);
			int to = (int) Math.min(SIZE, n * partSize);
			sending.add(client
				.sendAsync(HttpRequest.newBuilder(uri(base + "/" + session.get("id").asString() + "/parts/" + n))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/octet-stream")
					.timeout(Duration.ofMinutes(3))
					.PUT(HttpRequest.BodyPublishers.ofByteArray(file, from, to - from))
					.build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (java.util.concurrent.CompletableFuture<HttpResponse<String>> part : sending) {
			assertThat(part.get().statusCode()).as(part.get().body()).isEqualTo(204);
		}
		JsonNode document = json
			.readTree(send(token, "POST", base + "/" + session.get("id").asString() + "/completion", null, 201));
		assertThat(document.get("size").asLong()).isEqualTo(SIZE);
		assertThat(document.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(sha256().digest(file)));

		assertThat(service.isAlive()).as("the service process is alive").isTrue();
		assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError").doesNotContain("Java heap space");
	}

	/** Sends a generated request type as JSON (none when {@code null}). */
	private static String send(String token, String method, String path, Object body, int status) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofMinutes(3))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))
							: HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response.body();
	}

	private static void awaitReady() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!service.isAlive()) {
				throw new IllegalStateException("The service exited (" + service.exitValue() + "):\n" + lastLines());
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The service did not become ready within 3 minutes:\n" + lastLines());
	}

	private static String lastLines() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** The jar {@code mvn package} built (failsafe runs after it). */
	private static Path packagedJar() throws IOException {
		Path target = Paths.get("target");
		try (Stream<Path> files = Files.list(target)) {
			return files
				.filter((p) -> p.getFileName().toString().matches("licensing-service-[^/]*\\.jar")
						&& !p.getFileName().toString().endsWith("-sources.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No packaged licensing-service jar in " + target.toAbsolutePath() + ": run mvn verify"));
		}
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code size} bytes of a PDF: {@code %PDF-1.4}, seeded random bytes, {@code %%EOF};
	 * made as they are read.
	 */
	static final class GeneratedPdf extends InputStream {

		private static final byte[] HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

		private static final byte[] TRAILER = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

		private final long size;

		private final Random random;

		private long position;

		GeneratedPdf(long size, long seed) {
			this.size = size;
			this.random = new Random(seed);
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(length, this.size - this.position);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = byteAt(this.position + i);
			}
			this.position += n;
			return n;
		}

		private byte byteAt(long at) {
			if (at < HEADER.length) {
				return HEADER[(int) at];
			}
			long fromEnd = this.size - at;
			if (fromEnd <= TRAILER.length) {
				return TRAILER[TRAILER.length - (int) fromEnd];
			}
			return (byte) this.random.nextInt(256);
		}

	}

}
