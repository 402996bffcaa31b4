package cn.gov.tobacco.complaints.callhistory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The caller-history rate limit.
 *
 * @param maxLookups lookups one user may make in a window (default 30)
 * @param window the sliding window (default 1 hour)
 */
@ConfigurationProperties("complaints.caller-history")
public record CallerHistoryProperties(Integer maxLookups, Duration window) {

	public CallerHistoryProperties {
		maxLookups = (maxLookups != null) ? maxLookups : 30;
		window = (window != null) ? window : Duration.ofHours(1);
		if (maxLookups < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException(
					"complaints.caller-history needs max-lookups >= 1 and a positive window");
		}
	}

}
