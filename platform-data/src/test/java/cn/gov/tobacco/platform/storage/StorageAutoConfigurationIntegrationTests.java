package cn.gov.tobacco.platform.storage;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each store's bucket is made once the service is ready, in the background: the start
 * neither waits for the S3 server nor fails when it is down.
 */
class StorageAutoConfigurationIntegrationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StorageAutoConfiguration.class));

	@Test
	void aMissingBucketIsMadeOnceTheServiceIsReady() {
		String bucket = "platform-data-ready-" + UUID.randomUUID().toString().substring(0, 8);
		this.runner.withBean(ObjectStore.class, () -> store(ObjectStoreIntegrationTests.ENDPOINT, bucket))
			.run((context) -> {
				assertThat(bucketExists(bucket)).isFalse();
				ready(context.getSourceApplicationContext());
				await().atMost(Duration.ofSeconds(30)).until(() -> bucketExists(bucket));
			});
	}

	@Test
	void anS3ServerThatIsDownNeitherHoldsUpNorFailsTheStart() {
		// nothing listens on port 9 (discard) on loopback: connections are refused
		this.runner.withBean(ObjectStore.class, () -> store("http://127.0.0.1:9", "any")).run((context) -> {
			long started = System.nanoTime();
			ready(context.getSourceApplicationContext());
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
			assertThat(context).hasNotFailed();
		});
	}

	private static ObjectStore store(String endpoint, String bucket) {
		return new ObjectStore(
				new ObjectStorageProperties(endpoint, "us-east-1", "local-access-key", "local-secret-key", bucket),
				new UploadPermits(1, Duration.ofSeconds(5)));
	}

	private static void ready(ConfigurableApplicationContext context) {
		context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
	}

	private static boolean bucketExists(String bucket) throws Exception {
		var connection = (java.net.HttpURLConnection) java.net.URI
			.create(ObjectStoreIntegrationTests.ENDPOINT + "/" + bucket)
			.toURL()
			.openConnection();
		connection.setRequestMethod("HEAD");
		try {
			return connection.getResponseCode() == 200;
		}
		finally {
			connection.disconnect();
		}
	}

}
