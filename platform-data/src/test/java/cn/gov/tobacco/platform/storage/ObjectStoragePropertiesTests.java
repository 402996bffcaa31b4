package cn.gov.tobacco.platform.storage;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The S3 clients are made on first use, so the settings are checked when they are bound:
 * a malformed endpoint still fails the start, and unset timeouts take their defaults.
 */
class ObjectStoragePropertiesTests {

	@Test
	void aMalformedEndpointFailsWhenTheSettingsAreMade() {
		for (String endpoint : new String[] { null, "", "localhost:9090", "ftp://s3.example", "http://",
				"http://host name" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> settings(endpoint))
				.withMessageContaining("S3 endpoint");
		}
	}

	@Test
	void anHttpOrHttpsEndpointIsTakenWithTheDefaultTimeouts() {
		ObjectStorageProperties local = settings("http://localhost:9090");
		assertThat(local.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(local.ioTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings("https://s3.cn-east-1.example.gov.cn/").endpoint()).startsWith("https://");
	}

	private static ObjectStorageProperties settings(String endpoint) {
		return new ObjectStorageProperties(endpoint, "us-east-1", "access", "secret", "bucket");
	}

}
