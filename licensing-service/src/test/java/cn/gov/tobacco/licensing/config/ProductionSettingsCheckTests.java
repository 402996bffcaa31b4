package cn.gov.tobacco.licensing.config;

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
			.withProperty("licensing.public-base-url", "https://platform.tobacco.example.gov.cn")
			.withProperty("licensing.sms.base-url", "https://sms-gateway.example.gov.cn")
			.withProperty("licensing.registry.base-url", "https://business-registry.example.gov.cn")
			.withProperty("licensing.e-cigarette-platform.base-url", "https://ecig-platform.example.gov.cn")
			.withProperty("spring.r2dbc.url", "r2dbc:postgresql://tobacco-pg-rw:5432/licensing")
			.withProperty("spring.flyway.url", "jdbc:postgresql://tobacco-pg-rw:5432/licensing")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri",
					"https://auth.tobacco.example.gov.cn/realms/tobacco")
			.withProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
					"http://keycloak-service:8080/realms/tobacco/protocol/openid-connect/certs")
			.withProperty("licensing.storage.endpoint", "http://seaweedfs-s3:8333")
			.withProperty("licensing.sms.api-key", "a-real-key")
			.withProperty("licensing.storage.access-key", "AKIA-real")
			.withProperty("licensing.storage.secret-key", "real-secret")
			.withProperty("spring.r2dbc.password", "real-password");
	}

	@Test
	void everyLocalDefaultOfApplicationYmlIsRefused() throws IOException {
		assertThat(ProductionSettingsCheck.problems(applicationYmlOnly()))
			.anyMatch(p -> p.startsWith(
					"licensing.public-base-url (LICENSING_PUBLIC_BASE_URL) is unset or local: http://localhost:8080"))
			.anyMatch(p -> p.startsWith("licensing.sms.base-url (SMS_GATEWAY_URL)"))
			.anyMatch(p -> p.startsWith("licensing.registry.base-url (BUSINESS_REGISTRY_URL)"))
			.anyMatch(p -> p.startsWith("licensing.e-cigarette-platform.base-url (ECIG_PLATFORM_URL)"))
			.anyMatch(p -> p.startsWith("licensing.sms.api-key (SMS_GATEWAY_API_KEY) is unset or the local default"))
			.anyMatch(p -> p.startsWith("licensing.storage.access-key"))
			.anyMatch(p -> p.startsWith("licensing.storage.secret-key"))
			.anyMatch(p -> p.startsWith("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
			.hasSize(ProductionSettingsCheck.PUBLIC_URLS.size() + ProductionSettingsCheck.INTERNAL_URLS.size()
					+ ProductionSettingsCheck.CREDENTIALS.size());
	}

	@Test
	void productionSettingsPass() {
		assertThat(ProductionSettingsCheck.problems(production())).isEmpty();
	}

	@Test
	void aPlainHttpOrLocalPublicUrlIsRefused() {
		assertThat(ProductionSettingsCheck
			.problems(production().withProperty("licensing.public-base-url", "http://platform.tobacco.example.gov.cn")))
			.containsExactly(
					"licensing.public-base-url (LICENSING_PUBLIC_BASE_URL) is not HTTPS: http://platform.tobacco.example.gov.cn");
		assertThat(ProductionSettingsCheck
			.problems(production().withProperty("licensing.sms.base-url", "https://127.0.0.1:9301")))
			.containsExactly("licensing.sms.base-url (SMS_GATEWAY_URL) is unset or local: https://127.0.0.1:9301");
	}

	@Test
	void theCheckStopsTheStartBeforeAnyBeanIsCreated() throws IOException {
		ProductionSettingsCheck check = new ProductionSettingsCheck();
		check.setEnvironment(applicationYmlOnly());
		assertThatIllegalStateException()
			.isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
			.withMessageStartingWith("Refusing to start in the prod profile: ")
			.withMessageContaining("LICENSING_PUBLIC_BASE_URL");
		check.setEnvironment(production());
		assertThatNoException().isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()));
	}

}
