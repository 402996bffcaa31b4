package cn.gov.tobacco.complaints.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.config.ProductionSettings;

/**
 * In the {@code prod} profile (k8s/overlays/prod), refuses to start while the 12345
 * exchange, an endpoint or a key still has its local default from application.yml (the
 * dev keys would encrypt complainants' identities with a key published in the
 * repository), or the 12345 pull is off. Runs as a bean factory post-processor, so before
 * any bean connects anywhere.
 */
@Component
@Profile("prod")
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	/** Endpoints reached outside the cluster: HTTPS, never local. Property → variable. */
	static final Map<String, String> PUBLIC_URLS = Map.of("complaints.hotline12345.base-url", "HOTLINE_12345_URL");

	/** Endpoints inside the cluster: set and never local. */
	static final Map<String, String> INTERNAL_URLS = Map.of("spring.r2dbc.url", "SPRING_R2DBC_URL", "spring.flyway.url",
			"SPRING_FLYWAY_URL", "spring.security.oauth2.resourceserver.jwt.issuer-uri", "IDENTITY_ISSUER",
			"spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
			"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI",
			"spring.security.oauth2.client.provider.identity.token-uri", "COMPLAINTS_TOKEN_URI",
			"complaints.licensing.base-url", "COMPLAINTS_LICENSING_URL", "complaints.evidence.endpoint", "S3_ENDPOINT");

	/**
	 * Credentials and keys: set, and not the local run's value from application.yml.
	 * Property → [variable, local value].
	 */
	static final Map<String, List<String>> CREDENTIALS = Map.of("complaints.hotline12345.token",
			List.of("HOTLINE_12345_TOKEN", "local-12345-token"),
			"spring.security.oauth2.client.registration.licensing.client-secret",
			List.of("COMPLAINTS_CLIENT_SECRET", "complaints-local-secret"), "complaints.reporter.key",
			List.of("COMPLAINTS_REPORTER_KEY", "bG9jYWwtZGV2LW9ubHktcmVwb3J0ZXIta2V5LTMyYiE="),
			"complaints.reporter.phone-index-key",
			List.of("COMPLAINTS_PHONE_INDEX_KEY", "bG9jYWwtZGV2LW9ubHktcGhvbmUtaW5kZXgta2V5LWhtYWMtc2hhMjU2IQ=="),
			"complaints.evidence.access-key", List.of("S3_ACCESS_KEY", "local-access-key"),
			"complaints.evidence.secret-key", List.of("S3_SECRET_KEY", "local-secret-key"), "spring.r2dbc.password",
			List.of("SPRING_R2DBC_PASSWORD", ""));

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		ProductionSettings.refuseToStartWith(problems(this.environment));
	}

	/**
	 * What is wrong with the settings, one line per property; empty when
	 * production-ready.
	 */
	static List<String> problems(PropertyResolver env) {
		List<String> problems = new ProductionSettings(PUBLIC_URLS, INTERNAL_URLS, CREDENTIALS).problems(env);
		String interval = env.getProperty("complaints.hotline12345.pull-interval", "0s").trim();
		Duration pull = interval.isEmpty() ? Duration.ZERO : DurationStyle.detectAndParse(interval);
		if (pull.isZero() || pull.isNegative()) {
			problems.add("complaints.hotline12345.pull-interval (HOTLINE_12345_PULL_INTERVAL) is off: "
					+ "handed-over cases would never arrive");
		}
		problems.sort(null);
		return problems;
	}

}
