package cn.gov.tobacco.licensing.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The bureau's time ({@code licensing.zone}) over the service's one clock
 * (platform-data's {@code ClockAutoConfiguration}: UTC instants, replaced by tests to
 * move time).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	BureauClock businessTime(Clock clock, ZoneProperties properties) {
		return new BureauClock(clock, properties.zone());
	}

}
