package cn.gov.tobacco.complaints.reporter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporter data protection.
 *
 * @param key the AES-256 key, Base64, from the environment in production
 * @param retention how long after closing a case its reporter data is kept before it is
 * anonymised
 */
@ConfigurationProperties("complaints.reporter")
public record ReporterProperties(String key, Duration retention) {

}
