package cn.gov.tobacco.licensing.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bureau's time zone.
 *
 * @param zone the zone of days, deadlines, application numbers, statistics days and the
 * daily jobs ({@code licensing.zone}, default Asia/Shanghai)
 */
@ConfigurationProperties("licensing")
public record ZoneProperties(@DefaultValue(ZoneProperties.DEFAULT_ZONE) ZoneId zone) {

	/** The default zone. */
	public static final String DEFAULT_ZONE = "Asia/Shanghai";

	/**
	 * The zone of the daily jobs: {@code @Scheduled(cron = ..., zone = SCHEDULED_ZONE)}.
	 */
	public static final String SCHEDULED_ZONE = "${licensing.zone:" + DEFAULT_ZONE + "}";

	public ZoneProperties {
		if (zone == null) {
			zone = ZoneId.of(DEFAULT_ZONE);
		}
	}

}
