package cn.gov.tobacco.gateway.config;

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
 * In the {@code prod} profile (k8s/overlays/prod), refuses to start while the identity
 * provider or a service is still reached on localhost, the OIDC client secret is the
 * local run's, or the session cookie is not Secure. Runs as a bean factory
 * post-processor, so before any bean connects anywhere.
 */
@Component
@Profile("prod")
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	/** Endpoints: set and never local. Property → variable. */
	static final Map<String, String> URLS = Map.of("gateway.identity.issuer-uri", "IDENTITY_ISSUER", "LICENSING_URI",
			"LICENSING_URI", "COMPLAINTS_URI", "COMPLAINTS_URI");

	/**
	 * The OIDC client secret: set, and not the local run's. Property → [variable, local
	 * value].
	 */
	static final Map<String, List<String>> CREDENTIALS = Map.of("gateway.identity.client-secret",
			List.of("GATEWAY_CLIENT_SECRET", "gateway-local-secret"));

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
		List<String> problems = new ProductionSettings(Map.of(), URLS, CREDENTIALS).problems(env);
		if (!env.getProperty("server.reactive.session.cookie.secure", Boolean.class, false)) {
			problems.add("server.reactive.session.cookie.secure (SERVER_REACTIVE_SESSION_COOKIE_SECURE) is not true");
		}
		problems.sort(null);
		return problems;
	}

}
