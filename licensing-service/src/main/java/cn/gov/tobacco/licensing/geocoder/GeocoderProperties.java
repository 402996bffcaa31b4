package cn.gov.tobacco.licensing.geocoder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The geocoder.
 *
 * @param baseUrl where it is
 * @param apiKey sent as {@code X-Api-Key} when set (天地图 and most providers need one)
 * @param timeout per request
 * @param retries immediate retries with backoff on a server error or timeout
 */
@ConfigurationProperties("licensing.geocoder")
public record GeocoderProperties(String baseUrl, String apiKey, Duration timeout, int retries) {

}
