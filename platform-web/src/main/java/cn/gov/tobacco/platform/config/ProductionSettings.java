package cn.gov.tobacco.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.env.PropertyResolver;

/**
 * The settings a service must not run in production with, as each service's
 * {@code ProductionSettingsCheck} lists them: endpoints reached outside the cluster
 * (HTTPS, never local), endpoints inside it (set, never local), and credentials (set, and
 * not the local run's value from application.yml).
 *
 * @param publicUrls property → environment variable
 * @param internalUrls property → environment variable
 * @param credentials property → [environment variable, local value]
 */
public record ProductionSettings(Map<String, String> publicUrls, Map<String, String> internalUrls,
		Map<String, List<String>> credentials) {

	private static final Pattern LOCAL = Pattern.compile("localhost|127\\.0\\.0\\.1|\\[::1]", Pattern.CASE_INSENSITIVE);

	/** What is wrong with the settings, one line per property (a list to add to). */
	public List<String> problems(PropertyResolver env) {
		List<String> problems = new ArrayList<>();
		this.publicUrls.forEach((property, variable) -> {
			String value = env.getProperty(property, "").trim();
			if (value.isEmpty() || LOCAL.matcher(value).find()) {
				problems.add(property + " (" + variable + ") is unset or local: " + value);
			}
			else if (!value.startsWith("https://")) {
				problems.add(property + " (" + variable + ") is not HTTPS: " + value);
			}
		});
		this.internalUrls.forEach((property, variable) -> {
			String value = env.getProperty(property, "").trim();
			if (value.isEmpty() || LOCAL.matcher(value).find()) {
				problems.add(property + " (" + variable + ") is unset or local: " + value);
			}
		});
		this.credentials.forEach((property, variableAndLocal) -> {
			String value = env.getProperty(property, "").trim();
			if (value.isEmpty() || value.equals(variableAndLocal.get(1))) {
				problems.add(property + " (" + variableAndLocal.get(0) + ") is unset or the local default");
			}
		});
		return problems;
	}

	/** Stops the start-up when there is any problem. */
	public static void refuseToStartWith(List<String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
		}
	}

}
