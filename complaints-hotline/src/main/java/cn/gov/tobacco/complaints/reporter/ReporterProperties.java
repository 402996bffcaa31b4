package cn.gov.tobacco.complaints.reporter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporter data protection.
 *
 * @param key the AES-256 key, Base64, from the environment in production
 * @param retention how long after closing a case its reporter data is kept before it is
 * anonymised
 * @param phoneIndexKey the HMAC key (Base64, at least 32 bytes) of the phone blind index,
 * from the environment in production
 */
@ConfigurationProperties("complaints.reporter")
public record ReporterProperties(String key, Duration retention, String phoneIndexKey) {

}
