package cn.gov.tobacco.licensing.notices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS gateway.
 *
 * @param baseUrl where it is
 * @param apiKey sent as {@code X-Api-Key} (from the environment)
 * @param timeout per request
 * @param retries immediate retries with backoff within one attempt
 * @param maxAttempts attempts (by the job) before a notice counts as FAILED
 * @param retryAfter wait between the job's attempts
 */
@ConfigurationProperties("licensing.sms")
record SmsProperties(String baseUrl, String apiKey, Duration timeout, int retries, int maxAttempts,
		Duration retryAfter) {

}
