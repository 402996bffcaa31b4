package cn.gov.tobacco.complaints.handovers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 12345 exchange.
 *
 * @param baseUrl the exchange API's base URL
 * @param token the bearer token the exchange issued to the bureau
 * @param pullInterval how often to pull; the scheduled pull is off when {@code 0s}
 * @param timeout the timeout of one call
 */
@ConfigurationProperties("complaints.hotline12345")
public record Hotline12345Properties(String baseUrl, String token, Duration pullInterval, Duration timeout) {

}
