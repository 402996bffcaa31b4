package cn.gov.tobacco.complaints.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The bureau's clock ({@code complaints.zone}) over the service's one clock
 * (platform-data's {@code ClockAutoConfiguration}: UTC instants, replaced by tests to
 * move time).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	BureauClock bureauClock(Clock clock, TimeProperties properties) {
		return new BureauClock(clock, properties.zone());
	}

}
