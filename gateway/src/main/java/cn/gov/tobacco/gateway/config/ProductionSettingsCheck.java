package cn.gov.tobacco.gateway.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile (k8s/overlays/prod), refuses to start while the identity
 * provider or a service is still reached on localhost, the OIDC client secret is the
 * local run's, or the session cookie is not Secure. Runs as a bean factory
 * post-processor, so before any bean connects anywhere.
 */
@Component
@Profile("prod")
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final Pattern LOCAL = Pattern.compile("localhost|127\\.0\\.0\\.1|\\[::1]", Pattern.CASE_INSENSITIVE);

	/** Endpoints: set and never local. Property → variable. */
	static final Map<String, String> URLS = Map.of("gateway.identity.issuer-uri", "IDENTITY_ISSUER", "LICENSING_URI",
			"LICENSING_URI", "COMPLAINTS_URI", "COMPLAINTS_URI");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems(this.environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
		}
	}

	/**
	 * What is wrong with the settings, one line per property; empty when
	 * production-ready.
	 */
	static List<String> problems(PropertyResolver env) {
		List<String> problems = new ArrayList<>();
		URLS.forEach((property, variable) -> {
			String value = env.getProperty(property, "").trim();
			if (value.isEmpty() || LOCAL.matcher(value).find()) {
				problems.add(property + " (" + variable + ") is unset or local: " + value);
			}
		});
		String secret = env.getProperty("gateway.identity.client-secret", "").trim();
		if (secret.isEmpty() || secret.equals("gateway-local-secret")) {
			problems.add("gateway.identity.client-secret (GATEWAY_CLIENT_SECRET) is unset or the local default");
		}
		if (!env.getProperty("server.reactive.session.cookie.secure", Boolean.class, false)) {
			problems.add("server.reactive.session.cookie.secure (SERVER_REACTIVE_SESSION_COOKIE_SECURE) is not true");
		}
		problems.sort(null);
		return problems;
	}

}
