package cn.gov.tobacco.licensing.config;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.config.ProductionSettings;

/**
 * In the {@code prod} profile (k8s/overlays/prod), refuses to start while a third party,
 * the public URL or a credential still has its local default from application.yml: a
 * certificate printed with a QR code to {@code http://localhost:8080/verify/...} cannot
 * be recalled. Runs as a bean factory post-processor, so before any bean connects
 * anywhere.
 */
@Component
@Profile("prod")
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	/**
	 * Endpoints reached outside the cluster or printed for citizens: HTTPS, never local.
	 * Property → variable.
	 */
	static final Map<String, String> PUBLIC_URLS = Map.of("licensing.public-base-url", "LICENSING_PUBLIC_BASE_URL",
			"licensing.sms.base-url", "SMS_GATEWAY_URL", "licensing.registry.base-url", "BUSINESS_REGISTRY_URL",
			"licensing.e-cigarette-platform.base-url", "ECIG_PLATFORM_URL");

	/** Endpoints inside the cluster: set and never local. */
	static final Map<String, String> INTERNAL_URLS = Map.of("spring.r2dbc.url", "SPRING_R2DBC_URL", "spring.flyway.url",
			"SPRING_FLYWAY_URL", "spring.security.oauth2.resourceserver.jwt.issuer-uri", "IDENTITY_ISSUER",
			"spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
			"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", "licensing.storage.endpoint", "S3_ENDPOINT");

	/**
	 * Credentials: set, and not the local run's value from application.yml. Property →
	 * [variable, local value].
	 */
	static final Map<String, List<String>> CREDENTIALS = Map.of("licensing.sms.api-key",
			List.of("SMS_GATEWAY_API_KEY", "local"), "licensing.storage.access-key",
			List.of("S3_ACCESS_KEY", "local-access-key"), "licensing.storage.secret-key",
			List.of("S3_SECRET_KEY", "local-secret-key"), "spring.r2dbc.password",
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
		problems.sort(null);
		return problems;
	}

}
