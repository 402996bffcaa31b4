package cn.gov.tobacco.complaints.reporter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporter data protection.
 *
 * @param key the AES-256 key, Base64, from the environment in production
 */
@ConfigurationProperties("complaints.reporter")
public record ReporterProperties(String key) {

}
