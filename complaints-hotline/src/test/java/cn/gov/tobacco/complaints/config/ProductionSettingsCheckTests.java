package cn.gov.tobacco.complaints.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTests {

	/** application.yml alone, as a pod without any variable would see it. */
	private static StandardEnvironment applicationYmlOnly() throws IOException {
		StandardEnvironment env = new StandardEnvironment();
		MutablePropertySources sources = env.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		// the first document is the default profile's
		sources.addLast(new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.get(0));
		return env;
	}

	private static MockEnvironment production() {
		return new MockEnvironment()
			.withProperty("complaints.hotline12345.base-url", "https://hotline-12345.example.gov.cn")
			.withProperty("complaints.hotline12345.pull-interval", "1m")
			.withProperty("spring.r2dbc.url", "r2dbc:postgresql://tobacco-pg-rw:5432/complaints")
			.withProperty("spring.flyway.url", "jdbc:postgresql://tobacco-pg-rw:5432/complaints")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri",
					"https://auth.tobacco.example.gov.cn/realms/tobacco")
			.withProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
					"http://keycloak-service:8080/realms/tobacco/protocol/openid-connect/certs")
			.withProperty("spring.security.oauth2.client.provider.identity.token-uri",
					"http://keycloak-service:8080/realms/tobacco/protocol/openid-connect/token")
			.withProperty("complaints.licensing.base-url", "http://licensing-service:8081")
			.withProperty("complaints.evidence.endpoint", "http://seaweedfs-s3:8333")
			.withProperty("complaints.hotline12345.token", "real-token")
			.withProperty("spring.security.oauth2.client.registration.licensing.client-secret", "real-secret")
			.withProperty("complaints.reporter.key", "cmVhbC1yZXBvcnRlci1rZXktMzItYnl0ZXMtbG9uZyE=")
			.withProperty("complaints.reporter.phone-index-key", "cmVhbC1waG9uZS1pbmRleC1rZXktMzItYnl0ZXMtbG9uZyE=")
			.withProperty("complaints.evidence.access-key", "real-access")
			.withProperty("complaints.evidence.secret-key", "real-secret")
			.withProperty("spring.r2dbc.password", "real-password");
	}

	@Test
	void everyLocalDefaultOfApplicationYmlIsRefused() throws IOException {
		assertThat(ProductionSettingsCheck.problems(applicationYmlOnly()))
			.anyMatch(p -> p.startsWith("complaints.hotline12345.base-url (HOTLINE_12345_URL) is unset or local"))
			.anyMatch(p -> p
				.startsWith("complaints.hotline12345.token (HOTLINE_12345_TOKEN) is unset or the local default"))
			.anyMatch(p -> p.startsWith("complaints.hotline12345.pull-interval (HOTLINE_12345_PULL_INTERVAL) is off"))
			.anyMatch(p -> p.startsWith("complaints.reporter.key (COMPLAINTS_REPORTER_KEY)"))
			.anyMatch(p -> p.startsWith("complaints.reporter.phone-index-key (COMPLAINTS_PHONE_INDEX_KEY)"))
			.anyMatch(p -> p.startsWith(
					"spring.security.oauth2.client.registration.licensing.client-secret (COMPLAINTS_CLIENT_SECRET)"))
			.hasSize(ProductionSettingsCheck.PUBLIC_URLS.size() + ProductionSettingsCheck.INTERNAL_URLS.size()
					+ ProductionSettingsCheck.CREDENTIALS.size() + 1);
	}

	@Test
	void productionSettingsPass() {
		assertThat(ProductionSettingsCheck.problems(production())).isEmpty();
	}

	@Test
	void aPlainHttpExchangeOrAnOffPullIsRefused() {
		assertThat(ProductionSettingsCheck.problems(
				production().withProperty("complaints.hotline12345.base-url", "http://hotline-12345.example.gov.cn")))
			.containsExactly(
					"complaints.hotline12345.base-url (HOTLINE_12345_URL) is not HTTPS: http://hotline-12345.example.gov.cn");
		assertThat(ProductionSettingsCheck
			.problems(production().withProperty("complaints.hotline12345.pull-interval", "0s"))).singleElement()
			.asString()
			.startsWith("complaints.hotline12345.pull-interval");
	}

	@Test
	void theCheckStopsTheStartBeforeAnyBeanIsCreated() throws IOException {
		ProductionSettingsCheck check = new ProductionSettingsCheck();
		check.setEnvironment(applicationYmlOnly());
		assertThatIllegalStateException()
			.isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
			.withMessageStartingWith("Refusing to start in the prod profile: ")
			.withMessageContaining("COMPLAINTS_REPORTER_KEY");
		check.setEnvironment(production());
		assertThatNoException().isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()));
	}

}
