package cn.gov.tobacco.licensing.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's one clock (UTC instants; platform-data's record keeping takes it too) and
 * the bureau's time over it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** The service's one clock (UTC); tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BusinessTime businessTime(Clock clock, ZoneProperties properties) {
		return new BusinessTime(clock, properties.zone());
	}

}
