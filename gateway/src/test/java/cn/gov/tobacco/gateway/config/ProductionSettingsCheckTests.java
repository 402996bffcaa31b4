package cn.gov.tobacco.gateway.config;

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
		sources.addLast(new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.get(0));
		return env;
	}

	private static MockEnvironment production() {
		return new MockEnvironment()
			.withProperty("gateway.identity.issuer-uri", "https://auth.tobacco.example.gov.cn/realms/tobacco")
			.withProperty("LICENSING_URI", "http://licensing-service:8081")
			.withProperty("COMPLAINTS_URI", "http://complaints-hotline:8082")
			.withProperty("gateway.identity.client-secret", "real-secret")
			.withProperty("server.reactive.session.cookie.secure", "true");
	}

	@Test
	void everyLocalDefaultOfApplicationYmlIsRefused() throws IOException {
		assertThat(ProductionSettingsCheck.problems(applicationYmlOnly())).containsExactly(
				"COMPLAINTS_URI (COMPLAINTS_URI) is unset or local: ",
				"LICENSING_URI (LICENSING_URI) is unset or local: ",
				"gateway.identity.client-secret (GATEWAY_CLIENT_SECRET) is unset or the local default",
				"gateway.identity.issuer-uri (IDENTITY_ISSUER) is unset or local: http://localhost:9000",
				"server.reactive.session.cookie.secure (SERVER_REACTIVE_SESSION_COOKIE_SECURE) is not true");
	}

	@Test
	void productionSettingsPass() {
		assertThat(ProductionSettingsCheck.problems(production())).isEmpty();
	}

	@Test
	void theCheckStopsTheStartBeforeAnyBeanIsCreated() throws IOException {
		ProductionSettingsCheck check = new ProductionSettingsCheck();
		check.setEnvironment(applicationYmlOnly());
		assertThatIllegalStateException()
			.isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
			.withMessageContaining("GATEWAY_CLIENT_SECRET");
		check.setEnvironment(production());
		assertThatNoException().isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()));
	}

}
