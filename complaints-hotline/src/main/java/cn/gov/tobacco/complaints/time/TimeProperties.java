package cn.gov.tobacco.complaints.time;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's time zone.
 *
 * @param zone the zone of case numbers, deadlines, statistics days and credit-event days
 * ({@code complaints.zone}; {@code application.yml} sets Asia/Shanghai)
 */
@ConfigurationProperties("complaints")
public record TimeProperties(ZoneId zone) {

	public TimeProperties {
		if (zone == null) {
			throw new IllegalArgumentException("complaints.zone is required (the bureau's time zone)");
		}
	}

}
