package cn.gov.tobacco.platform.storage;

import java.time.Duration;

import io.minio.MinioAsyncClient;
import io.minio.MinioClient;

/**
 * Where a service keeps its objects, and how long a call to the store may take.
 *
 * @param endpoint the S3 endpoint URL
 * @param region the region (set, so the client never asks the server for it)
 * @param accessKey the access key
 * @param secretKey the secret key
 * @param bucket the service's bucket
 * @param connectTimeout how long connecting to the store may take
 * @param ioTimeout how long one read or write on a connection may stall: a store that
 * stops answering fails the call after this, instead of holding an upload (and its permit
 * and request) for the client library's default of five minutes or more
 */
public record ObjectStorageProperties(String endpoint, String region, String accessKey, String secretKey, String bucket,
		Duration connectTimeout, Duration ioTimeout) {

	/** Five seconds to connect. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** Half a minute without a byte moving. */
	public static final Duration DEFAULT_IO_TIMEOUT = Duration.ofSeconds(30);

	public ObjectStorageProperties {
		// The clients are made on first use: a malformed endpoint still fails the start.
		if (endpoint == null || !endpoint.matches("https?://[^/\\s]+(/.*)?")) {
			throw new IllegalArgumentException("The S3 endpoint is not an http(s) URL: " + endpoint);
		}
		connectTimeout = (connectTimeout != null) ? connectTimeout : DEFAULT_CONNECT_TIMEOUT;
		ioTimeout = (ioTimeout != null) ? ioTimeout : DEFAULT_IO_TIMEOUT;
	}

	/** With the default timeouts. */
	public ObjectStorageProperties(String endpoint, String region, String accessKey, String secretKey, String bucket) {
		this(endpoint, region, accessKey, secretKey, bucket, null, null);
	}

	/** A blocking client with these settings and timeouts. */
	public MinioClient client() {
		MinioClient client = MinioClient.builder()
			.endpoint(this.endpoint)
			.region(this.region)
			.credentials(this.accessKey, this.secretKey)
			.build();
		client.setTimeout(this.connectTimeout.toMillis(), this.ioTimeout.toMillis(), this.ioTimeout.toMillis());
		return client;
	}

	/** An asynchronous client with these settings and timeouts. */
	public MinioAsyncClient asyncClient() {
		MinioAsyncClient client = MinioAsyncClient.builder()
			.endpoint(this.endpoint)
			.region(this.region)
			.credentials(this.accessKey, this.secretKey)
			.build();
		client.setTimeout(this.connectTimeout.toMillis(), this.ioTimeout.toMillis(), this.ioTimeout.toMillis());
		return client;
	}

}
