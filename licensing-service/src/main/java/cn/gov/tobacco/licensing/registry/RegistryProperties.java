package cn.gov.tobacco.licensing.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The business registry.
 *
 * @param baseUrl where it is
 * @param timeout per request
 * @param retries immediate retries with backoff within one attempt
 * @param retryAfter wait before the job tries a pending check again
 */
@ConfigurationProperties("licensing.registry")
public record RegistryProperties(String baseUrl, Duration timeout, int retries, Duration retryAfter) {

}
